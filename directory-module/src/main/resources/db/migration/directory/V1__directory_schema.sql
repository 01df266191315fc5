-- The directory: regions, municipalities, postcode areas, care coordination and organisations.
-- Organisations follow the shape of Open Referral HSDS 3 where it fits:
-- organization -> organisation, service -> care_service, location, phone, schedule -> location_hours,
-- service_area -> care_service_region / care_service_municipality, language -> organisation_language.

create table region (
    id      bigserial primary key,
    code    varchar(40)  not null unique,
    name    varchar(120) not null,
    version bigint       not null default 0
);

create table municipality (
    id        bigserial primary key,
    cbs_code  varchar(6)   not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
    name      varchar(120) not null,
    province  varchar(40)  not null,
    region_id bigint       not null references region (id),
    version   bigint       not null default 0
);
create index municipality_region_idx on municipality (region_id);
create index municipality_name_lower_idx on municipality (lower(name) varchar_pattern_ops);

-- One row per 4-digit postcode; where a PC4 area spans more than one municipality,
-- the import keeps the municipality that the source table assigns it to.
create table postcode_area (
    pc4             char(4) primary key check (pc4 ~ '^[1-9][0-9]{3}$'),
    municipality_id bigint  not null references municipality (id)
);
create index postcode_area_municipality_idx on postcode_area (municipality_id);

-- Care coordination per region; the row without region is the national fallback.
create table coordination (
    id        bigserial primary key,
    region_id bigint unique references region (id),
    national  boolean not null default false,
    split_age integer check (split_age between 1 and 30),
    version   bigint  not null default 0,
    check (national = (region_id is null))
);
create unique index coordination_single_national_idx on coordination (national) where national;

create table coordination_contact (
    coordination_id bigint       not null references coordination (id) on delete cascade,
    applies_to      varchar(20)  not null check (applies_to in ('ALL', 'BELOW_SPLIT', 'FROM_SPLIT')),
    organisation    varchar(200) not null,
    phone           varchar(40)  not null,
    email           varchar(200),
    website         varchar(300),
    primary key (coordination_id, applies_to)
);

create table organisation (
    id               bigserial primary key,
    slug             varchar(120)  not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             varchar(200)  not null,
    description      text          not null,
    website          varchar(300),
    email            varchar(200),
    demo             boolean       not null default false,
    last_verified_on date,
    search_document  text          not null default '',
    search_vector    tsvector generated always as (
                         setweight(to_tsvector('dutch', coalesce(name, '')), 'A') ||
                         setweight(to_tsvector('dutch', coalesce(search_document, '')), 'B')) stored,
    version          bigint        not null default 0
);
create index organisation_search_idx on organisation using gin (search_vector);
create index organisation_name_idx on organisation (lower(name), id);

create table organisation_language (
    organisation_id bigint     not null references organisation (id) on delete cascade,
    language        varchar(3) not null,
    primary key (organisation_id, language)
);
create index organisation_language_idx on organisation_language (language, organisation_id);

create table organisation_phone (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    position        integer     not null,
    number          varchar(40) not null,
    label           varchar(80) not null,
    available_24x7  boolean     not null default false,
    primary key (organisation_id, position)
);

create table location (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id) on delete cascade,
    position        integer      not null,
    name            varchar(200) not null,
    street          varchar(200),
    postcode        varchar(10),
    city            varchar(120),
    municipality_id bigint references municipality (id),
    confidential    boolean      not null default false
);
create index location_organisation_idx on location (organisation_id);

create table location_hours (
    location_id bigint      not null references location (id) on delete cascade,
    day_of_week varchar(10) not null,
    opens       time        not null,
    closes      time        not null,
    check (closes > opens)
);
create index location_hours_location_idx on location_hours (location_id);

create table care_service (
    id              bigserial primary key,
    organisation_id bigint       not null references organisation (id) on delete cascade,
    position        integer      not null,
    name            varchar(200) not null,
    description     text         not null,
    care_need       varchar(30)  not null,
    access_route    varchar(30)  not null,
    area_scope      varchar(20)  not null check (area_scope in ('NATIONAL', 'REGIONS', 'MUNICIPALITIES'))
);
create index care_service_organisation_idx on care_service (organisation_id);
create index care_service_need_idx on care_service (care_need, organisation_id);
create index care_service_national_idx on care_service (organisation_id) where area_scope = 'NATIONAL';

create table care_service_age_group (
    care_service_id bigint      not null references care_service (id) on delete cascade,
    age_group       varchar(10) not null,
    primary key (care_service_id, age_group)
);
create table care_service_gender (
    care_service_id bigint      not null references care_service (id) on delete cascade,
    gender          varchar(10) not null,
    primary key (care_service_id, gender)
);
create table care_service_nationality (
    care_service_id   bigint      not null references care_service (id) on delete cascade,
    nationality_group varchar(10) not null,
    primary key (care_service_id, nationality_group)
);
create table care_service_form (
    care_service_id bigint      not null references care_service (id) on delete cascade,
    form            varchar(10) not null,
    primary key (care_service_id, form)
);
create index care_service_form_idx on care_service_form (form, care_service_id);
create table care_service_region (
    care_service_id bigint not null references care_service (id) on delete cascade,
    region_id       bigint not null references region (id),
    primary key (care_service_id, region_id)
);
create index care_service_region_idx on care_service_region (region_id, care_service_id);
create table care_service_municipality (
    care_service_id bigint not null references care_service (id) on delete cascade,
    municipality_id bigint not null references municipality (id),
    primary key (care_service_id, municipality_id)
);
create index care_service_municipality_idx on care_service_municipality (municipality_id, care_service_id);
