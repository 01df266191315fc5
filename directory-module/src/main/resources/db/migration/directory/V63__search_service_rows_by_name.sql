-- Filters on two or more service fields without words ('age=adult&region=zeeland',
-- 'need=safety&municipality=Katwijk': a quarter of the benchmark's searches, issue 22 section 2)
-- are answered from the service rows alone (directory V60). The list is by name, so each service
-- row now carries its organisation's sort name (a page reads the services in name order) and its
-- organisation's languages (a language filter is answered by the same row). Before, PostgreSQL
-- walked the organisations' names and looked up each one's services, 610 names for a page of
-- need and municipality (3.9 ms); now the page reads about twenty organisations' services in name
-- order (0.5 ms; EXPLAIN ANALYZE at 10,000 organisations, 2026-12-07, docs/benchmarks.md).
alter table organisation_search_service add column sort_name varchar(200);

create or replace function copy_search_services() returns trigger
language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from directory.organisation_search_service v
            using new_rows n where v.organisation_id = n.organisation_id;
    end if;
    insert into directory.organisation_search_service (organisation_id, sort_name, tokens)
        select n.organisation_id, n.sort_name,
               string_to_array(e, ' ') || array(select k from unnest(n.keys) k where k like 'l:%')
        from new_rows n, unnest(n.services) e;
    return null;
end
$$;

delete from organisation_search_service;
insert into organisation_search_service (organisation_id, sort_name, tokens)
    select s.organisation_id, s.sort_name,
           string_to_array(e, ' ') || array(select k from unnest(s.keys) k where k like 'l:%')
    from organisation_search s, unnest(s.services) e;
alter table organisation_search_service alter column sort_name set not null;
create index organisation_search_service_name_idx
    on organisation_search_service (sort_name, organisation_id);
analyze organisation_search_service;
