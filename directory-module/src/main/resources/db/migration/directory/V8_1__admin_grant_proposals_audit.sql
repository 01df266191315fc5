-- The administrators' four-eyes rule for privileged grants (web.grant_proposal): proposals and
-- their outcome, and a region taken away (one line per region; REGIONS_CHANGED stays for the lines
-- written before), go into the same audit trail.
alter table admin_audit drop constraint admin_audit_action_check;
alter table admin_audit add constraint admin_audit_action_check
    check (action in ('USER_CREATED', 'USER_ENABLED', 'USER_DISABLED', 'ROLE_ASSIGNED', 'ROLE_REVOKED',
                      'REGIONS_CHANGED', 'REGION_REVOKED',
                      'GRANT_PROPOSED', 'GRANT_APPROVED', 'GRANT_REFUSED', 'GRANT_WITHDRAWN',
                      'DRAFT_SAVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'SCHEDULED',
                      'UNPUBLISHED', 'ARCHIVED', 'RESTORED', 'PROFILE_VERIFIED',
                      'COORDINATION_CHANGED', 'MUNICIPALITY_MOVED', 'POSTCODES_IMPORTED'));
