-- A directory search ranks without ranking every match (issue 22, section 2). By relevance, the
-- organisations whose NAME matches the words come first, then the others, each group by name
-- (with a place in the words: those serving the municipality, then its region, then the rest,
-- before the name). Each group is its own index-ordered, LIMITed part of one statement
-- (OrganisationRepository), so a broad word ('opvang', half the directory) reads a page's worth of
-- rows in name order instead of computing ts_rank_cd for thousands of matches and sorting them.
-- name_vector is the name's Dutch vector, precomputed in the search row with its own GIN index.
alter table organisation_search add column name_vector tsvector not null default ''::tsvector;
create index organisation_search_name_text_idx on organisation_search using gin (name_vector);

create or replace function refresh_organisation_search(targets bigint[]) returns void
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
        (organisation_id, sort_name, keys, services, search_vector, name_vector, care_needs,
         has_24x7, national, region_ids, municipality_ids)
    select o.id,
           lower(o.name),
           array(select unnest(coalesce(k.keys, array[]::text[]))
                 union select 'l:' || l.language from directory.organisation_language l
                       where l.organisation_id = o.id
                 order by 1),
           coalesce(sv.services, array[]::text[]),
           o.search_vector,
           to_tsvector('dutch', o.name),
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


update organisation_search s set name_vector = to_tsvector('dutch', o.name)
    from organisation o where o.id = s.organisation_id;
alter table organisation_search alter column name_vector drop default;
analyze organisation_search;
