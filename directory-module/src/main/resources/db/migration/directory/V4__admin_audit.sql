-- The administrators' audit trail: every change made through /beheer to a user in Keycloak (who did
-- what, for whom, when). It lives in the directory's schema because the directory is the one module
-- every other module may use, and it owns the coordinators and their regions that most of these
-- changes are about. Rows are only ever added.
create table admin_audit (
    id      bigserial primary key,
    at      timestamptz  not null default now(),
    actor   varchar(255) not null,
    action  varchar(40)  not null check (action in ('USER_CREATED', 'USER_ENABLED', 'USER_DISABLED',
                                                    'ROLE_ASSIGNED', 'ROLE_REVOKED', 'REGIONS_CHANGED')),
    subject varchar(255) not null,
    details varchar(1000)
);
create index admin_audit_at_idx on admin_audit (at desc, id desc);
create index admin_audit_actor_idx on admin_audit (lower(actor), at desc);
create index admin_audit_subject_idx on admin_audit (lower(subject), at desc);
