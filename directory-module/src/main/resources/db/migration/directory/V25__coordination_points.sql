-- Who coordinates where, as dated data (issue 21, section 2). A coordination point is one
-- coordinator's desk: the regions it serves, the ages it covers (everyone, or below / from a split
-- age that each region sets, e.g. 18 or 23) and its contact details, each in a version with a
-- validity period. One point may serve several regions; the national point (CoordinationPoint with
-- national = true) answers where a region has none. Editors change points through the editorial
-- workflow (content kind COORDINATION_POINT): a change published for a date is a new version from
-- that date, and the version before it ends the day before.
--
-- The rows of the old model (one coordination per region, one contact or two split by age, and the
-- national row) become one point per contact. The old model kept no dates: what it said is known to
-- hold on the day of this migration, so that is where the migrated versions start.
create table coordination_point (
    id       bigserial    primary key,
    slug     varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title    varchar(200) not null,
    national boolean      not null default false,
    state    varchar(10)  not null default 'PUBLISHED' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    version  bigint       not null default 0
);
create unique index coordination_point_single_national_idx on coordination_point (national) where national;

create table coordination_period (
    id           bigserial    primary key,
    point_id     bigint       not null references coordination_point (id) on delete cascade,
    valid_from   date         not null,
    valid_until  date,
    covers       varchar(20)  not null check (covers in ('ALL', 'BELOW_SPLIT', 'FROM_SPLIT')),
    split_age    integer      check (split_age between 1 and 30),
    organisation varchar(200) not null,
    contact_name varchar(200),
    phone        varchar(40)  not null,
    email        varchar(200),
    website      varchar(300),
    check (valid_until is null or valid_until >= valid_from),
    check ((covers = 'ALL') = (split_age is null)),
    unique (point_id, valid_from)
);

create table coordination_period_region (
    period_id bigint not null references coordination_period (id) on delete cascade,
    region_id bigint not null references region (id),
    primary key (period_id, region_id)
);
create index coordination_period_region_region_idx on coordination_period_region (region_id);

-- The slug of a migrated point: the region's code, with the age band where the region split by age.
create temporary table migrated_point as
select c.id as coordination_id,
       cc.applies_to,
       c.region_id,
       c.split_age,
       c.national,
       case when c.national then 'landelijk'
            else r.code || case cc.applies_to when 'BELOW_SPLIT' then '-jongeren'
                                              when 'FROM_SPLIT' then '-volwassenen'
                                              else '' end
       end as slug,
       case when c.national then 'Landelijke coördinatie'
            else r.name || case cc.applies_to when 'BELOW_SPLIT' then ' – jonger dan ' || c.split_age
                                              when 'FROM_SPLIT' then ' – vanaf ' || c.split_age
                                              else '' end
       end as title
from coordination c
join coordination_contact cc on cc.coordination_id = c.id
left join region r on r.id = c.region_id;

insert into coordination_point (slug, title, national)
select slug, title, national from migrated_point;

insert into coordination_period (point_id, valid_from, covers, split_age, organisation, phone, email, website)
select p.id, current_date, m.applies_to, case when m.applies_to = 'ALL' then null else m.split_age end,
       cc.organisation, cc.phone, cc.email, cc.website
from migrated_point m
join coordination_point p on p.slug = m.slug
join coordination_contact cc on cc.coordination_id = m.coordination_id and cc.applies_to = m.applies_to;

insert into coordination_period_region (period_id, region_id)
select v.id, m.region_id
from migrated_point m
join coordination_point p on p.slug = m.slug
join coordination_period v on v.point_id = p.id
where m.region_id is not null;

drop table migrated_point;
drop table coordination_contact;
drop table coordination;
