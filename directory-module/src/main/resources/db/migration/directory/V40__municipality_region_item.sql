-- A municipality's region is edited through the editorial workflow (issue 21 §2; content kind
-- MUNICIPALITY_REGION): its list of items reads one row per municipality, keyed by the name's URL
-- key, with the state every item has. A municipality is always in a region, so always published.
create view directory.municipality_region_item as
select m.slug, m.name as title, 'PUBLISHED'::varchar(10) as state
from directory.municipality m;
