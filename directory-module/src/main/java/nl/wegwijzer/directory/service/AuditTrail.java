package nl.wegwijzer.directory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import nl.wegwijzer.directory.model.AuditAction;
import nl.wegwijzer.directory.model.AuditEntry;
import nl.wegwijzer.directory.repository.AuditFilter;
import nl.wegwijzer.directory.repository.AuditRepository;
import nl.wegwijzer.directory.support.Coded;
import nl.wegwijzer.directory.support.InvalidInputException;
import nl.wegwijzer.directory.support.Page;
import nl.wegwijzer.directory.support.PageRequest;

/**
 * The administrators' audit trail: who changed what about which user, and when. The user management
 * writes a line for every change it makes; administrators read and filter the trail.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

  /** The period filter's days are Dutch days. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private final AuditRepository entries;

  protected AuditTrail() {
    this(null);
  }

  @Inject
  public AuditTrail(AuditRepository entries) {
    this.entries = entries;
  }

  /** Writes a line; in the caller's transaction when there is one. */
  public AuditEntryView record(String actor, AuditAction action, String subject, String details) {
    return AuditEntryView.of(entries.add(new AuditEntry(actor, action, subject, details)));
  }

  /** A page of the lines that match, newest first. Wrong filters are an InvalidInputException. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
    return entries.search(filterOf(query), page).map(AuditEntryView::of);
  }

  static AuditFilter filterOf(AuditQuery query) {
    AuditAction action =
        blank(query.action()) ? null : Coded.parse(AuditAction.class, "action", query.action());
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      throw new InvalidInputException("to", "the end of the period lies before its start");
    }
    return new AuditFilter(
        blank(query.actor()) ? null : query.actor().strip(),
        blank(query.subject()) ? null : query.subject().strip(),
        action,
        startOf(query.from()),
        startOf(query.to() == null ? null : query.to().plusDays(1)));
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZONE).toOffsetDateTime();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
