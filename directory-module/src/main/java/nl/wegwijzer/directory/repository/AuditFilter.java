package nl.wegwijzer.directory.repository;

import java.time.OffsetDateTime;
import nl.wegwijzer.directory.model.AuditAction;

/**
 * Which lines of the audit trail to list; every part is optional (null). Actor and subject match
 * case-insensitively on a part of the user name; the period includes {@code from} and excludes
 * {@code until}.
 */
public record AuditFilter(
    String actor, String subject, AuditAction action, OffsetDateTime from, OffsetDateTime until) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
