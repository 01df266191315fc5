-- The planner's view of which organisations' names hold a word (issue 22, section 2). A search by
-- relevance reads first the matches whose name holds the words, in name order. PostgreSQL estimates
-- a prefix word ('schuld:*') from the column's most common lexemes, and with fewer than 100 of them
-- it guesses 2 % of the rows whatever the word. Names are nearly all distinct words, and at the
-- default statistics target ANALYZE keeps only the lexemes seen three times or more: 30 at 10,000
-- organisations. So for a word that no name holds ('debts', 'schulden', 'lawyer') it expected about
-- 200 name matches and walked the whole name index looking for twenty: 10,078 rows, 21 ms of a
-- 23 ms search. With every name lexeme in the statistics (up to 100,000 at this target) the same
-- word is estimated at about one row, the few name matches are read from the name index's GIN
-- index and sorted (0.35 ms), and planning takes about 0.1 ms longer (EXPLAIN ANALYZE at 10,000
-- organisations, 2026-12-07, docs/benchmarks.md).
alter table organisation_search alter column name_vector set statistics 10000;
analyze organisation_search;
