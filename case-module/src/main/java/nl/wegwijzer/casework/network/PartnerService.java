package nl.wegwijzer.casework.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.wegwijzer.casework.model.AccessAction;
import nl.wegwijzer.casework.model.SubjectType;
import nl.wegwijzer.casework.service.AccessLog;
import nl.wegwijzer.casework.service.Actor;
import nl.wegwijzer.casework.service.ActorRegions;
import nl.wegwijzer.directory.model.Organisation;
import nl.wegwijzer.directory.model.Region;
import nl.wegwijzer.directory.service.OrganisationService;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.NotFoundException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The regional network: the coordinators of a region record, search, correct and remove the
 * region's partners together. A partner of another region does not exist for them (NotFound, so
 * that its existence does not leak). Contact persons are professionals' personal data: every list,
 * read and change is written to the access log, and removal deletes the row.
 */
@ApplicationScoped
@Transactional
public class PartnerService {

  /** Days are Dutch ones. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** How many partners a case page offers when referring. */
  public static final int OFFERED = 50;

  private final PartnerRepository partners;
  private final ActorRegions regions;
  private final OrganisationService organisations;
  private final AccessLog accessLog;

  protected PartnerService() {
    this(null, null, null, null);
  }

  @Inject
  public PartnerService(
      PartnerRepository partners,
      ActorRegions regions,
      OrganisationService organisations,
      AccessLog accessLog) {
    this.partners = partners;
    this.regions = regions;
    this.organisations = organisations;
    this.accessLog = accessLog;
  }

  public PartnerView add(Actor actor, PartnerEntry entry) {
    Region region = regions.own(actor, entry.region());
    Partner partner = partners.add(new Partner(region, details(entry), actor.username()));
    log(actor, AccessAction.CREATE, partner, "network-add");
    return PartnerView.of(partner);
  }

  public PartnerView read(Actor actor, long id) {
    Partner partner = own(actor, id);
    log(actor, AccessAction.READ, partner, "network-view");
    return PartnerView.of(partner);
  }

  /**
   * The partners of one of the actor's regions whose organisation, contact person or role contains
   * the text, by organisation name, paged in SQL; every partner listed is logged.
   */
  public Page<PartnerView> search(
      Actor actor, String regionCode, String text, PageRequest page, String purpose) {
    String code = regions.own(actor, regionCode).code();
    Page<Partner> found = partners.inRegion(code, text, page);
    accessLog.recordListing(
        actor,
        SubjectType.PARTNER,
        found.items().stream().map(p -> String.valueOf(p.id())).toList(),
        purpose);
    return found.map(PartnerView::of);
  }

  /**
   * The region's partners offered beside a referral of one of its cases (the first {@link
   * #OFFERED}).
   */
  public List<PartnerView> offeredForReferral(Actor actor, String regionCode) {
    return search(actor, regionCode, null, PageRequest.first(OFFERED), "network-referral").items();
  }

  /** Corrects a partner; its region stays (a partner belongs to the region that recorded it). */
  public PartnerView correct(Actor actor, long id, long version, PartnerEntry entry) {
    Partner partner = own(actor, id);
    partner.requireVersion(version);
    partner.correct(details(entry), actor.username());
    partners.flush();
    log(actor, AccessAction.UPDATE, partner, "network-correct");
    return PartnerView.of(partner);
  }

  /** Deletes the partner and its contact person; the access log keeps who removed which id. */
  public void remove(Actor actor, long id, long version) {
    Partner partner = own(actor, id);
    partner.requireVersion(version);
    log(actor, AccessAction.UPDATE, partner, "network-remove");
    partners.remove(partner);
  }

  private void log(Actor actor, AccessAction action, Partner partner, String purpose) {
    accessLog.record(actor, action, SubjectType.PARTNER, String.valueOf(partner.id()), purpose);
  }

  private Partner own(Actor actor, long id) {
    Partner partner = partners.getById(id);
    if (!actor.covers(partner.region())) {
      throw new NotFoundException("partner", String.valueOf(id));
    }
    return partner;
  }

  private Partner.PartnerDetails details(PartnerEntry entry) {
    Organisation organisation = null;
    if (entry.directorySlug() != null && !entry.directorySlug().isBlank()) {
      String slug = entry.directorySlug().strip();
      organisation =
          organisations
              .find(slug)
              .orElseThrow(
                  () -> new InvalidInputException("directorySlug", "is not in the directory"));
    }
    if (entry.lastContact() != null && entry.lastContact().isAfter(LocalDate.now(ZONE))) {
      throw new InvalidInputException("lastContact", "lies in the future");
    }
    return new Partner.PartnerDetails(organisation, entry);
  }
}
