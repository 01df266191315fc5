-- The tables that held a signal's languages and indicators in clear, dropped once the application
-- has moved every row into the sealed details at start-up (casework/migration/
-- LanguageAndIndicatorSealing, after V56). A row still in one of them stops the migration rather
-- than losing it.
do $$
begin
    if exists (select 1 from signal_language) or exists (select 1 from signal_indicator) then
        raise exception 'casework V57: signals hold languages or indicators in clear; the'
            ' application seals them at start-up (LanguageAndIndicatorSealing) before this'
            ' migration runs';
    end if;
end $$;

drop table signal_language;
drop table signal_indicator;
