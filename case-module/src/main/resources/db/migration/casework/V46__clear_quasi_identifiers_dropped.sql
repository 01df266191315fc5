-- The clear columns that V45 replaced by person_sealed, dropped once the application has sealed
-- every row at start-up (casework/migration/QuasiIdentifierSealing). A row still holding one of
-- them stops the migration rather than losing it.
do $$
begin
    if exists (select 1 from signal
               where age is not null or birth_year is not null or gender is not null
                  or nationality is not null or municipality_id is not null or sector is not null
                  or period_from is not null or period_until is not null
                  or residence_status is not null) then
        raise exception 'casework V46: signals hold quasi-identifiers in clear; the application'
            ' seals them at start-up (QuasiIdentifierSealing) before this migration runs';
    end if;
end $$;

alter table signal
    drop column age,
    drop column birth_year,
    drop column gender,
    drop column nationality,
    drop column municipality_id,
    drop column sector,
    drop column period_from,
    drop column period_until,
    drop column residence_status;
