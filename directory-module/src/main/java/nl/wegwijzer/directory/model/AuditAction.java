package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * The audit trail's "what": what an administrator changed about a user, or what an editor did to an
 * item of the guide or an organisation's profile.
 */
public enum AuditAction implements Coded {
  USER_CREATED,
  USER_ENABLED,
  USER_DISABLED,
  ROLE_ASSIGNED,
  ROLE_REVOKED,
  REGIONS_CHANGED,
  DRAFT_SAVED,
  SUBMITTED,
  APPROVED,
  REJECTED,
  PUBLISHED,
  SCHEDULED,
  UNPUBLISHED,
  ARCHIVED,
  RESTORED,
  PROFILE_VERIFIED,
  COORDINATION_CHANGED,
  MUNICIPALITY_MOVED,
  POSTCODES_IMPORTED
}
