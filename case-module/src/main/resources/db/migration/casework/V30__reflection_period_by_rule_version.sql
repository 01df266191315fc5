-- A reflection period is computed by the rule version valid on its first day (content.rule_version,
-- content V65), and the case keeps what was computed: the end, the regulation and the version. A
-- coordinator may start one where the rule says it does not apply (an EU citizen, say) only with a
-- reason, kept encrypted like every personal free text, and logged in the timeline and access log.
alter table case_file
    add column reflection_end              date,
    add column reflection_regulation       varchar(120),
    add column reflection_rule_version     varchar(40),
    add column reflection_exception_sealed text,
    add check ((reflection_start is null) = (reflection_end is null));

-- Periods started before: three months under the version of their first day (see content V65 for
-- the sources; the Dublin term of 2023 cannot apply, nobody recorded who was a Dublin claimant).
update case_file set
    reflection_end = (reflection_start + interval '3 months')::date,
    reflection_regulation = 'bedenktijd',
    reflection_rule_version = case
        when reflection_start >= date '2023-05-19' then 'B8/3-2023'
        when reflection_start >= date '2019-08-01' then 'B8/3-2019'
        else 'B9-2011' end
where reflection_start is not null;

create index case_file_reflection_end_idx on case_file (region_id, reflection_end)
    where status = 'OPEN' and reflection_end is not null;
