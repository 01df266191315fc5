-- The search rows' GIN indexes take new entries straight into their structure (issue 22, section
-- 2). With the default fastupdate, entries written since the last vacuum wait in a pending list
-- that every search scans in full: after registering 1,000 organisations the bitmap scan of the
-- keys index took 0.5-2.8 ms against 0.04 ms for the same index without that list (EXPLAIN ANALYZE
-- on the benchmark's database, 2026-12-07). Search rows change a few times a day and are read all
-- day, so the writers pay instead. The entries already pending are moved in now.
alter index organisation_search_keys_idx set (fastupdate = off);
alter index organisation_search_text_idx set (fastupdate = off);
alter index organisation_search_name_text_idx set (fastupdate = off);
select gin_clean_pending_list('organisation_search_keys_idx'::regclass),
       gin_clean_pending_list('organisation_search_text_idx'::regclass),
       gin_clean_pending_list('organisation_search_name_text_idx'::regclass);
