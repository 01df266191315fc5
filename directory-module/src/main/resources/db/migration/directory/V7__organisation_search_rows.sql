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

-- A number that changes with every change a search can see (search rows, municipalities, regions),
-- in the same transaction: a node may reuse an answer only while the number is the one it was
-- computed under, so every node of a cluster sees an edit at once. The numbers come from a
-- sequence, which never hands out a number twice: one seen inside a transaction that was rolled
-- back never comes back.
create sequence organisation_search_generation_seq;
create table organisation_search_generation (
    id         boolean primary key default true check (id),
    generation bigint  not null
);
insert into organisation_search_generation (id, generation)
    values (true, nextval('organisation_search_generation_seq'));

create function bump_organisation_search_generation() returns trigger
language plpgsql as $$
begin
    update directory.organisation_search_generation
        set generation = nextval('directory.organisation_search_generation_seq');
    return null;
end
$$;
-- Statement triggers: a rebuild of many rows, or rows removed with their organisation, count once.
create trigger organisation_search_generation after insert or update or delete on organisation_search
    for each statement execute function bump_organisation_search_generation();
create trigger municipality_search_generation after insert or update or delete on municipality
    for each statement execute function bump_organisation_search_generation();
create trigger region_search_generation after insert or update or delete on region
    for each statement execute function bump_organisation_search_generation();

-- Rebuilds the search rows of the given organisations from their stored profiles; the services call
-- it in the same transaction as every change of a profile or its state
-- (OrganisationRepository.reindex).
create function refresh_organisation_search(targets bigint[]) returns void
language sql as $$
    delete from directory.organisation_search where organisation_id = any(targets);
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
        where s.organisation_id = any(targets)
    ),
    -- Grouped once per organisation (a correlated scan of service_tokens per organisation would
    -- make a rebuild of every row quadratic).
    service_lists as (
        select organisation_id,
               array_agg(array_to_string(tokens, ' ') order by position) as services
        from service_tokens group by organisation_id
    ),
    service_keys as (
        select st.organisation_id, array_agg(distinct t) as keys
        from service_tokens st, unnest(st.tokens) t group by st.organisation_id
    )
    insert into directory.organisation_search
        (organisation_id, sort_name, keys, services, search_vector, care_needs, has_24x7, national,
         region_ids, municipality_ids)
    select o.id,
           lower(o.name),
           array(select unnest(coalesce(k.keys, array[]::text[]))
                 union select 'l:' || l.language from directory.organisation_language l
                       where l.organisation_id = o.id
                 order by 1),
           coalesce(sv.services, array[]::text[]),
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
    left join service_lists sv on sv.organisation_id = o.id
    left join service_keys k on k.organisation_id = o.id
    where o.id = any(targets) and o.state = 'PUBLISHED';
$$;

select refresh_organisation_search(array(select id from organisation));
