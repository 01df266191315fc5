-- The English site finds organisations by their English texts too (issue 22, section 4): each search
-- row gets a vector of the profile's English fields (directory V50: the description and, per
-- service, its name and description), stemmed as English, with its own GIN index. On the English
-- site a word matches the Dutch vector or this one; a profile without English is found by its
-- Dutch text and name as before.
alter table organisation_search add column search_vector_en tsvector not null default ''::tsvector;

create function organisation_english_vector(target bigint) returns tsvector
language sql stable as $$
    select to_tsvector('english', concat_ws(' ',
               o.name,
               regexp_replace(coalesce(o.description_en, ''), '<[^>]*>', ' ', 'g'),
               (select string_agg(concat_ws(' ', s.name_en,
                                  regexp_replace(coalesce(s.description_en, ''), '<[^>]*>', ' ', 'g')),
                                  ' ' order by s.position)
                from directory.care_service s where s.organisation_id = o.id)))
    from directory.organisation o where o.id = target;
$$;

-- Filled as refresh_organisation_search inserts the row, so that function stays as it is.
create function fill_organisation_english_vector() returns trigger
language plpgsql as $$
begin
    new.search_vector_en := coalesce(directory.organisation_english_vector(new.organisation_id),
                                     ''::tsvector);
    return new;
end
$$;
create trigger organisation_search_english before insert on organisation_search
    for each row execute function fill_organisation_english_vector();

update organisation_search set search_vector_en =
    coalesce(organisation_english_vector(organisation_id), ''::tsvector);
create index organisation_search_text_en_idx on organisation_search
    using gin (search_vector_en) with (fastupdate = off);
analyze organisation_search;
