-- Referrals that close the loop (issue 23 §3): a declined referral says why, an ended one how it
-- ended, and the consent gate: a referral that passes on personal data records who consented (the
-- person, or a parent or guardian) and on which day; without consent only an anonymous
-- consultation is recorded. Existing referrals were recorded before the gate: they count as
-- passing on personal data with consent not recorded here (consent_signed_by stays null).
alter table referral
    add column personal_data     boolean     not null default true,
    add column consent_signed_by varchar(20)
        check (consent_signed_by in ('PERSON', 'PARENT_OR_GUARDIAN')),
    add column consent_on        date,
    add column decline_reason    varchar(30)
        check (decline_reason in ('NO_CAPACITY', 'NOT_IN_TARGET_GROUP', 'PERSON_DECLINED', 'OTHER')),
    add column outcome           varchar(30)
        check (outcome in ('CARE_COMPLETED', 'PERSON_STOPPED', 'REFERRED_ON', 'OTHER')),
    add column note_sealed       text,
    add constraint referral_consent_check
        check ((consent_signed_by is null) = (consent_on is null)),
    add constraint referral_declined_check
        check ((status = 'DECLINED') = (decline_reason is not null));

-- The worklist looks for referrals still waiting for an answer, by the day they were sent.
create index referral_waiting_idx on referral (sent_on, case_id) where status = 'SENT';
