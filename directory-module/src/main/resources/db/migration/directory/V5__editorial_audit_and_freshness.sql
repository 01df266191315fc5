-- The editors' actions go into the same audit trail as the administrators' (who, what, which item,
-- when), so that administrators read one trail. The subject is then the item ("step
-- herkennen-en-melden") instead of a user.
alter table admin_audit drop constraint admin_audit_action_check;
alter table admin_audit add constraint admin_audit_action_check
    check (action in ('USER_CREATED', 'USER_ENABLED', 'USER_DISABLED', 'ROLE_ASSIGNED', 'ROLE_REVOKED',
                      'REGIONS_CHANGED',
                      'DRAFT_SAVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'SCHEDULED',
                      'UNPUBLISHED', 'ARCHIVED', 'RESTORED', 'PROFILE_VERIFIED'));

-- The editors' worklist of profiles not verified for a year, never verified first.
create index organisation_last_verified_idx on organisation (last_verified_on nulls first, name);
