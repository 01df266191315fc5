package nl.wegwijzer.directory.model;

import nl.wegwijzer.directory.support.Coded;

/**
 * The audit trail's "what": what an administrator changed about a user, or what an editor did to an
 * item of the guide or an organisation's profile.
 *
 * <p>A privileged grant (the role admin or coordinator, a region) is proposed by one administrator
 * and approved, refused or withdrawn later: {@code GRANT_*}. Taking something away is at once:
 * {@code USER_DISABLED}, {@code ROLE_REVOKED}, {@code REGION_REVOKED}. {@code REGIONS_CHANGED} is
 * no longer written; it stays for the lines written before regions needed a second administrator.
 */
public enum AuditAction implements Coded {
  USER_CREATED,
  USER_ENABLED,
  USER_DISABLED,
  ROLE_ASSIGNED,
  ROLE_REVOKED,
  REGIONS_CHANGED,
  REGION_REVOKED,
  GRANT_PROPOSED,
  GRANT_APPROVED,
  GRANT_REFUSED,
  GRANT_WITHDRAWN,
  USER_UPDATED,
  USER_UNLOCKED,
  PASSWORD_RESET,
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
