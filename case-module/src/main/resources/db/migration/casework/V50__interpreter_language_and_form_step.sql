-- The language an interpreter must speak (an ISO 639 code, as the languages a person speaks,
-- signal_language), asked when an interpreter is needed; and the step of the coordinators' form a
-- draft was last saved on, so that resuming it opens there instead of at the first step.
-- Nationality keeps its two letters: ZZ (unknown) and XX (stateless) come from ISO 3166's
-- user-assigned range (see Nationalities).
alter table signal
    add column interpreter_language varchar(3),
    add column form_step            varchar(20);
