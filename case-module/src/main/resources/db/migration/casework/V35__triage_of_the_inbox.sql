-- Triage of the inbox (issue 23 §2): a signal from the public form is taken into work (it becomes
-- the coordinator's draft) or set aside with a reason: not trafficking (with the advice given),
-- spam, or a duplicate of another signal (linked). A set-aside signal leaves the inbox, stays
-- findable under its own status, and the retention job deletes it after a configurable period
-- (wegwijzer.casework.set-aside-retention); each run records how many it deleted.
alter table signal drop constraint signal_status_check;
alter table signal add constraint signal_status_check
    check (status in ('DRAFT', 'RECEIVED', 'REGISTERED', 'SET_ASIDE'));

alter table signal
    add column triaged_at              timestamptz,
    add column triaged_by              varchar(255),
    add column set_aside_reason        varchar(20)
        check (set_aside_reason in ('NOT_TRAFFICKING', 'SPAM', 'DUPLICATE')),
    add column set_aside_advice_sealed text,
    -- the duplicate may itself be set aside and deleted first: the link then goes, the signal stays
    add column duplicate_of_id         bigint references signal (id) on delete set null,
    add constraint signal_set_aside_check
        check ((status = 'SET_ASIDE') = (set_aside_reason is not null and triaged_at is not null));

-- The retention job looks for set-aside signals by the day they were set aside.
create index signal_set_aside_idx on signal (triaged_at) where status = 'SET_ASIDE';

alter table retention_run add column set_aside_deleted integer not null default 0;
