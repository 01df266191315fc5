-- The register of knowledge transfer (issue 23 §7): trainings, presentations and advice a region's
-- coordinators gave to professionals. No personal data: an audience type, an organisation's name, a
-- number of participants, a topic and the forms of exploitation covered. Counted in the region's
-- report and in the editors' national overview beside the bottlenecks.
create table casework.knowledge_activity (
    id            bigserial    primary key,
    region_id     bigint       not null references directory.region (id),
    kind          varchar(20)  not null check (kind in ('TRAINING', 'PRESENTATION', 'ADVICE')),
    given_on      date         not null,
    audience      varchar(30)  not null check (audience in ('POLICE', 'BORDER_POLICE', 'LABOUR_INSPECTORATE',
                                                           'MUNICIPALITY', 'CARE', 'SHELTER', 'HEALTH',
                                                           'EDUCATION', 'LEGAL', 'MIGRANT_ORGANISATION',
                                                           'OTHER')),
    organisation  varchar(200),
    participants  integer      not null check (participants between 1 and 10000),
    topic         varchar(300) not null check (length(topic) between 1 and 300),
    recorded_by   varchar(255) not null,
    recorded_at   timestamptz  not null default now(),
    changed_by    varchar(255),
    changed_at    timestamptz,
    version       bigint       not null default 0
);
create index knowledge_activity_region_given_idx
    on casework.knowledge_activity (region_id, given_on desc, id desc);
create index knowledge_activity_given_idx on casework.knowledge_activity (given_on, region_id);

create table casework.knowledge_activity_form (
    activity_id bigint      not null references casework.knowledge_activity (id) on delete cascade,
    form        varchar(20) not null,
    primary key (activity_id, form)
);
