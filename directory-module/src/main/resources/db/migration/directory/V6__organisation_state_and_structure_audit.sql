-- An organisation's profile goes through the editors' workflow like the guide's items: only a
-- PUBLISHED profile is in the public directory, profile, API, search and sitemap; an ARCHIVED one
-- is kept for the history but is off the site. Existing profiles are published.
alter table organisation add column state varchar(10) not null default 'PUBLISHED'
    check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED'));
create index organisation_published_idx on organisation (id) where state = 'PUBLISHED';

-- The editors' changes to the structural data (coordinators, a municipality's region, the postcode
-- table) go into the same audit trail.
alter table admin_audit drop constraint admin_audit_action_check;
alter table admin_audit add constraint admin_audit_action_check
    check (action in ('USER_CREATED', 'USER_ENABLED', 'USER_DISABLED', 'ROLE_ASSIGNED', 'ROLE_REVOKED',
                      'REGIONS_CHANGED',
                      'DRAFT_SAVED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'SCHEDULED',
                      'UNPUBLISHED', 'ARCHIVED', 'RESTORED', 'PROFILE_VERIFIED',
                      'COORDINATION_CHANGED', 'MUNICIPALITY_MOVED', 'POSTCODES_IMPORTED'));
