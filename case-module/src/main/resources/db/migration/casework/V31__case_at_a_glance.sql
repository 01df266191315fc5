-- The case at a glance (issue 23 §1): the coordinator responsible for a case, its flags, a reopened
-- case's reason, and who a task is for.
--
-- responsible: the user name of a coordinator of the case's region. It starts as the one who opened
-- the case and moves only by a handover to a colleague of the region. Cases opened before get the
-- one who opened them, as their timeline's first line says.
alter table case_file add column responsible varchar(255);
update case_file c set responsible = (
    select e.actor from case_event e where e.case_id = c.id and e.kind = 'OPENED'
    order by e.at, e.id limit 1);

-- flags: codes separated by commas (minor, acute-danger, interpreter-needed), few and short; the
-- case list shows them without a second query per case.
alter table case_file add column flags varchar(200) not null default '';
update case_file c set flags = concat_ws(',',
    case when exists (select 1 from signal s where s.case_id = c.id and s.minor) then 'minor' end,
    case when exists (select 1 from signal s where s.case_id = c.id and s.interpreter_needed)
        then 'interpreter-needed' end)
where c.anonymised_at is null;

-- A closed case reopened: the reason as a code (the timeline shows it too), a note as free text,
-- encrypted like every personal free text and cleared when the case is anonymised.
alter table case_file
    add column reopen_reason       varchar(30),
    add column reopened_on         date,
    add column reopen_note_sealed  text;

-- assignee: the user name of the colleague of the region the task is for; null is "anyone".
alter table case_task add column assignee varchar(255);
