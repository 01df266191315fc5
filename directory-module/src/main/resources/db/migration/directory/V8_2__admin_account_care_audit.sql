-- The administrators' account care on /beheer: a user's name or e-mail address changed, a lock by
-- Keycloak's brute-force detection ended, a temporary password set (never the password itself).
alter table admin_audit drop constraint admin_audit_action_check;
alter table admin_audit add constraint admin_audit_action_check
    check (action in ('USER_CREATED', 'USER_ENABLED', 'USER_DISABLED', 'ROLE_ASSIGNED', 'ROLE_REVOKED',
                      'REGIONS_CHANGED', 'REGION_REVOKED',
                      'GRANT_PROPOSED', 'GRANT_APPROVED', 'GRANT_REFUSED', 'GRANT_WITHDRAWN',
                      'USER_UPDATED', 'USER_UNLOCKED', 'PASSWORD_RESET',
                      'DRAFT_SAVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'SCHEDULED',
                      'UNPUBLISHED', 'ARCHIVED', 'RESTORED', 'PROFILE_VERIFIED',
                      'COORDINATION_CHANGED', 'MUNICIPALITY_MOVED', 'POSTCODES_IMPORTED'));
