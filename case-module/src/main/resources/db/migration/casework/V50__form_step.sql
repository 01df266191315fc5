-- The step of the coordinators' form a draft was last saved on, so that resuming it opens there
-- instead of at the first step. The language an interpreter must speak (an ISO 639 code) is asked
-- when an interpreter is needed; it is sealed with the person's other details (person_sealed, V45),
-- not kept in a column of its own: beside the region it narrows a person down as a nationality does.
-- Nationality keeps its two letters: ZZ (unknown) and XX (stateless) come from ISO 3166's
-- user-assigned range (see Nationalities).
alter table signal
    add column form_step varchar(20);
