package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/** What an administrator changed about a user; the audit trail's "what". */
public enum AuditAction implements Coded {
  USER_CREATED,
  USER_ENABLED,
  USER_DISABLED,
  ROLE_ASSIGNED,
  ROLE_REVOKED,
  REGIONS_CHANGED
}
