-- The regional network (issue 23 §7): the partners the coordinators of a region work with, shared by
-- all of that region's coordinators. An organisation is one of the directory's or a free name; the
-- name is kept either way, so that a partner stays readable when a directory profile is archived.
-- Contact persons are professionals' personal data: region-bound (the service shows them to the
-- region's coordinators only), every read and change in the access log, removable (a hard delete).
create table casework.partner (
    id                bigserial    primary key,
    region_id         bigint       not null references directory.region (id),
    organisation_id   bigint       references directory.organisation (id) on delete set null,
    organisation_name varchar(200) not null check (length(organisation_name) between 1 and 200),
    contact_name      varchar(200),
    role              varchar(200),
    phone             varchar(40),
    email             varchar(254),
    last_contact      date,
    agreements        varchar(2000),
    recorded_by       varchar(255) not null,
    recorded_at       timestamptz  not null default now(),
    changed_by        varchar(255),
    changed_at        timestamptz,
    version           bigint       not null default 0
);
-- A region's list, by organisation name; the search filters within one region's few hundred rows.
create index partner_region_name_idx on casework.partner (region_id, lower(organisation_name), id);

-- Reading or changing a partner is logged like a signal or a case.
alter table casework.access_log drop constraint if exists access_log_subject_type_check;
alter table casework.access_log add constraint access_log_subject_type_check
    check (subject_type in ('SIGNAL', 'CASE', 'PARTNER'));
