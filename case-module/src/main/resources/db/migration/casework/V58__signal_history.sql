-- A signal's history (issue 23 §2): what was decided at triage, when and by whom, one line per
-- decision, so that a set-aside can be undone ("back to the inbox") without losing what was
-- decided before. The detail is a code (the reason a signal was set aside), never personal text.
-- Goes with its signal, also when the retention job deletes a set-aside one.
create table signal_event (
    signal_id bigint       not null references signal (id) on delete cascade,
    at        timestamptz  not null,
    actor     varchar(255) not null,
    kind      varchar(20)  not null
        check (kind in ('TAKEN_INTO_WORK', 'SET_ASIDE', 'BACK_TO_INBOX')),
    detail    varchar(20)
);
create index signal_event_signal_idx on signal_event (signal_id, at);

-- The decisions taken before, as the signals recorded their last one.
insert into signal_event (signal_id, at, actor, kind, detail)
select id, triaged_at, triaged_by,
       case when status = 'SET_ASIDE' then 'SET_ASIDE' else 'TAKEN_INTO_WORK' end,
       case when status = 'SET_ASIDE' then lower(replace(set_aside_reason, '_', '-')) end
from signal
where triaged_at is not null and triaged_by is not null;
