-- Coordinators propose new regional organisations and corrections to the profiles of their region
-- (issue 21, section 2). A proposal is a version like an editor's, marked so that the editors'
-- review queue shows who it came from.
alter table revision add column proposed_by_coordinator boolean not null default false;
