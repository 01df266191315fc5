-- The planner's view of which organisations' names hold a word (issue 22, section 2). A search by
-- relevance reads first the matches whose name holds the words, in name order. PostgreSQL estimates
-- a prefix word ('schuld:*') from the column's most common lexemes, and with fewer than 100 of them
-- it guesses 2 % of the rows whatever the word (tsquery_opr_selec). Names are nearly all distinct
-- words; at the default target ANALYZE keeps a lexeme only when it is seen more often than
-- 9 × (lexemes read) / ((10 × target + 10) × 1000 / 7), three times at 10,000 organisations, which
-- left 30. So for a word that no name holds ('debts', 'schulden', 'lawyer') it expected about 200
-- name matches and walked the whole name index looking for twenty: 10,078 rows, 21 ms of a 23 ms
-- search.
--
-- At 250 that threshold is below one up to about 40,000 name lexemes (some 12,000 organisations),
-- so every name word is a candidate and the 2,500 most common are kept; a word that no name holds
-- is then estimated at under one row, and its few name matches are read from the name's GIN index
-- (0.35 ms). Larger targets cost planning time: the planner scans the whole list for every prefix
-- word, and with all 10,169 name lexemes of 10,000 organisations (target 10,000) a search for one
-- word took 1.0 ms to plan against 0.3 ms at 250 (EXPLAIN ANALYZE, 2026-12-07, docs/benchmarks.md).
alter table organisation_search alter column name_vector set statistics 250;
analyze organisation_search;
