-- A dump of the casework schema still showed, beside the region, the languages a person speaks
-- (signal_language) and the indicators observed (signal_indicator), each a row per code (issue 23
-- §8). A rare language points to a person as the nationality does, and a set of indicators (a brand
-- mark, a scar after an operation) describes one person's situation. No list, filter, report or
-- duplicate search reads either: the reports count forms, reporter types, age and nationality
-- groups and outcomes; the lists filter on status, form, reporter type and period. So neither keeps
-- a coarser form in clear (what a case needs is the interpreter_needed flag, in clear already): the
-- application seals both with the person's other details (person_sealed, V45; layout p3 of
-- casework/model/PersonDetails).
--
-- Existing rows are moved at start-up with the key, which SQL does not have
-- (casework/migration/LanguageAndIndicatorSealing, run by web/platform/DatabaseMigration between
-- this migration and V57, which drops the tables once they are empty). This migration only marks
-- the point where that step runs, and says so on the tables.
comment on table signal_language is
    'Emptied into signal.person_sealed at start-up after casework V56; dropped by V57.';
comment on table signal_indicator is
    'Emptied into signal.person_sealed at start-up after casework V56; dropped by V57.';
