-- A dump of the casework schema showed birth year, gender, nationality, municipality, sector,
-- period and residence status in clear beside each other (issue 23 §8): in a small municipality
-- that set singles out one person. From now on the application seals them together with the
-- casework key into person_sealed (casework/model/PersonDetails), and keeps in clear only what
-- queries and reports need, in its coarsest form:
-- - the region (region_id, already there) instead of the municipality;
-- - the minor flag (minor, already there, computed on the intake date) instead of age and birth
--   year: the reports' age group is minor/adult;
-- - the nationality group (nationality_group, new) instead of the nationality: the reports count
--   Dutch/EU/outside the EU, and the rules ask for no more;
-- - the intake date stays a day: the reports and the signal list choose their period by day.
-- Existing rows are sealed at start-up with the key, which SQL does not have
-- (casework/migration/QuasiIdentifierSealing, run by web/platform/DatabaseMigration between this
-- migration and V46, which drops the clear columns once they are empty).
alter table signal add column person_sealed text;
alter table signal add column nationality_group varchar(10)
    check (nationality_group in ('DUTCH', 'EU', 'NON_EU'));

-- The EU member states, the EEA and Switzerland, as casework/model/Nationalities lists them.
update signal set nationality_group = case
    when nationality is null then null
    when nationality = 'NL' then 'DUTCH'
    when nationality in ('AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR',
                         'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'PL', 'PT', 'RO', 'SK', 'SI',
                         'ES', 'SE', 'IS', 'LI', 'NO', 'CH') then 'EU'
    else 'NON_EU' end;

-- Possible duplicates are looked for among the newest signals of the same nationality group in
-- the coordinator's regions, compared once opened.
drop index signal_duplicate_idx;
create index signal_duplicate_idx on signal (nationality_group, region_id, created_at desc)
    where anonymised_at is null;
