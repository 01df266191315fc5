package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.repository.OrganisationRepository;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * Whether the organisations' profiles are still right: editors check a profile with the
 * organisation and mark it verified; profiles not verified for a year are their worklist.
 */
@ApplicationScoped
@Transactional
public class ProfileFreshness {

  /** How long a verification counts. */
  public static final int MONTHS_VALID = 12;

  private final OrganisationRepository organisations;
  private final AuditTrail audit;

  protected ProfileFreshness() {
    this(null, null);
  }

  @Inject
  public ProfileFreshness(OrganisationRepository organisations, AuditTrail audit) {
    this.organisations = organisations;
    this.audit = audit;
  }

  /** A profile on the worklist; {@code lastVerifiedOn} is null when it was never verified. */
  public record StaleProfile(String slug, String name, LocalDate lastVerifiedOn) {
    static StaleProfile of(Organisation organisation) {
      return new StaleProfile(
          organisation.slug(), organisation.name(), organisation.lastVerifiedOn());
    }
  }

  /** The profiles not verified in the twelve months before {@code today}, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<StaleProfile> stale(LocalDate today, PageRequest page) {
    return organisations
        .notVerifiedSince(today.minusMonths(MONTHS_VALID), page)
        .map(StaleProfile::of);
  }

  /** Records that an editor checked the profile with the organisation today. */
  public void markVerified(String slug, String editor, LocalDate today) {
    Organisation organisation = organisations.getBySlug(slug);
    organisation.markVerified(today);
    audit.record(editor, AuditAction.PROFILE_VERIFIED, "organisation " + slug, today.toString());
  }
}
