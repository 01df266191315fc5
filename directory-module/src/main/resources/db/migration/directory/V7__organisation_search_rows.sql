-- The public directory search reads one row per PUBLISHED organisation instead of walking the
-- services' tables for every candidate: the codes each filter uses as tokens in arrays with GIN
-- indexes, the full-text vector with its own GIN index, and what a result line shows. Only
-- published profiles have a row, so a search cannot find a draft or an archived one.
--
-- Tokens: 'n:<care need>', 'a:<age group>', 'g:<gender>', 'c:<nationality group>', 'f:<form>',
-- 'national', 'r:<region id>' (the whole region is served), 'm:<municipality id>' and
-- 'l:<language>'. They hold ids, never a municipality's region, so moving a municipality to
-- another region leaves every row right (the query expands a region into its municipalities).
--
-- keys: every token of the organisation (what the GIN index answers); services: one element per
-- service, its tokens separated by spaces, so that filters that must hold for one and the same
-- service are checked exactly on the index's candidates.
create table organisation_search (
    organisation_id  bigint primary key references organisation (id) on delete cascade,
    sort_name        varchar(200) not null,
    keys             text[]       not null,
    services         text[]       not null,
    search_vector    tsvector     not null,
    care_needs       text[]       not null,
    has_24x7         boolean      not null,
    national         boolean      not null,
    region_ids       bigint[]     not null,
    municipality_ids bigint[]     not null
);
create index organisation_search_keys_idx on organisation_search using gin (keys);
create index organisation_search_text_idx on organisation_search using gin (search_vector);
create index organisation_search_name_idx on organisation_search (sort_name, organisation_id);

-- Rebuilds the search row of one organisation from its stored profile; the services call it in the
-- same transaction as every change of a profile or its state (OrganisationRepository.reindex).
create function refresh_organisation_search(target bigint) returns void
language sql as $$
    delete from directory.organisation_search where organisation_id = target;
    with service_tokens as (
        select s.organisation_id, s.position,
               array['n:' || s.care_need]
               || array(select 'a:' || x.age_group from directory.care_service_age_group x
                        where x.care_service_id = s.id order by 1)
               || array(select 'g:' || x.gender from directory.care_service_gender x
                        where x.care_service_id = s.id order by 1)
               || array(select 'c:' || x.nationality_group from directory.care_service_nationality x
                        where x.care_service_id = s.id order by 1)
               || array(select 'f:' || x.form from directory.care_service_form x
                        where x.care_service_id = s.id order by 1)
               || case when s.area_scope = 'NATIONAL' then array['national'] else array[]::text[] end
               || array(select 'r:' || x.region_id from directory.care_service_region x
                        where x.care_service_id = s.id order by x.region_id)
               || array(select 'm:' || x.municipality_id from directory.care_service_municipality x
                        where x.care_service_id = s.id order by x.municipality_id) as tokens
        from directory.care_service s
        where s.organisation_id = target
    )
    insert into directory.organisation_search
        (organisation_id, sort_name, keys, services, search_vector, care_needs, has_24x7, national,
         region_ids, municipality_ids)
    select o.id,
           lower(o.name),
           array(select distinct t from service_tokens st, unnest(st.tokens) t
                 union select 'l:' || l.language from directory.organisation_language l
                       where l.organisation_id = o.id
                 order by 1),
           array(select array_to_string(st.tokens, ' ') from service_tokens st order by st.position),
           o.search_vector,
           array(select distinct s.care_need from directory.care_service s
                 where s.organisation_id = o.id order by 1),
           exists (select 1 from directory.organisation_phone p
                   where p.organisation_id = o.id and p.available_24x7),
           exists (select 1 from directory.care_service s
                   where s.organisation_id = o.id and s.area_scope = 'NATIONAL'),
           array(select distinct x.region_id from directory.care_service_region x
                   join directory.care_service s on s.id = x.care_service_id
                 where s.organisation_id = o.id order by 1),
           array(select distinct x.municipality_id from directory.care_service_municipality x
                   join directory.care_service s on s.id = x.care_service_id
                 where s.organisation_id = o.id order by 1)
    from directory.organisation o
    where o.id = target and o.state = 'PUBLISHED';
$$;

select refresh_organisation_search(id) from organisation;
