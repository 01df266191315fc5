-- Bottlenecks ("knelpunten") that coordinators run into, by category and region, without personal
-- data: the input for improving the referral mechanism. Editors see them only as counts.
-- Independent of the other casework tables, so it can run first on a database that has none of them;
-- Flyway creates the schema before the first migration, the statement below is for a hand-run script.
create schema if not exists casework;

create table if not exists casework.bottleneck (
    id          bigserial primary key,
    category    varchar(40)   not null check (category in ('NO_SHELTER_PLACE', 'SLOW_RESIDENCE_PROCEDURE',
                                                           'NO_CARE_IN_REGION', 'NO_INTERPRETER',
                                                           'CARE_WAITING_LIST', 'PARTNER_COOPERATION',
                                                           'OTHER')),
    region_id   bigint        not null references directory.region (id),
    care_need   varchar(30),
    observed_on date          not null,
    description varchar(500)  not null check (length(description) between 1 and 500),
    recorded_by varchar(255)  not null,
    recorded_at timestamptz   not null default now(),
    changed_by  varchar(255),
    changed_at  timestamptz,
    version     bigint        not null default 0
);
-- A coordinator's list: their regions, latest observation first.
create index if not exists bottleneck_region_observed_idx
    on casework.bottleneck (region_id, observed_on desc, id desc);
-- The editors' overview: counts in a period.
create index if not exists bottleneck_observed_idx
    on casework.bottleneck (observed_on, category, region_id);
