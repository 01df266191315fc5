-- A person can be exploited in several forms at once (issue 21 §3): a signal holds a set of forms,
-- one row each, and a case the forms of its signals. Each signal keeps the form it had (V20 already
-- moved the old SEXUAL to SEXUAL_DOMESTIC, with the reason there).
--
-- The lists filter "signals whose set contains this form" within the coordinator's regions, newest
-- first. signal_form_form_idx (form, signal_id) answers the semi-join from the form's side; measured with
-- EXPLAIN on 10,000 generated signals (SignalGenerator), see docs/benchmarks.md.
-- The single column's index (V2) goes with the column.
drop index signal_form_idx;

create table signal_form (
    signal_id bigint      not null references signal (id) on delete cascade,
    form      varchar(20) not null check (form in ('SEXUAL_DOMESTIC', 'SEXUAL_CROSS_BORDER', 'LABOUR',
                                                   'CRIMINAL', 'FORCED_BEGGING', 'ORGAN', 'OTHER')),
    primary key (signal_id, form)
);
create index signal_form_form_idx on signal_form (form, signal_id);

insert into signal_form (signal_id, form)
select id, form from signal where form is not null;

alter table signal drop column form;
