package nl.wegwijzer.directory.service;

import java.time.OffsetDateTime;
import nl.wegwijzer.directory.model.AuditEntry;

/** A line of the audit trail as administrators read it; {@code action} is the action's code. */
public record AuditEntryView(
    OffsetDateTime at, String actor, String action, String subject, String details) {

  public static AuditEntryView of(AuditEntry entry) {
    return new AuditEntryView(
        entry.at(), entry.actor(), entry.action().code(), entry.subject(), entry.details());
  }
}
