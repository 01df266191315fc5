-- The coordinators' casework: signals, cases and what happens in them, the access log and the
-- retention runs. Personal free text is encrypted by the application (AES-GCM): every *_sealed
-- column holds "keyid:base64(iv || ciphertext)", never plaintext. Codes that reports count
-- (form, reporter type, birth year, gender, nationality, outcome) are plain columns.

create sequence case_number_seq;

create table case_file (
    id                bigserial    primary key,
    number            varchar(20)  not null unique,
    region_id         bigint       not null references directory.region (id),
    status            varchar(10)  not null check (status in ('OPEN', 'CLOSED')),
    opened_on         date         not null,
    reflection_start  date,
    last_review_on    date,
    police_report     varchar(30)  not null,
    police_report_on  date,
    closed_on         date,
    close_reason      varchar(30),
    close_note_sealed text,
    anonymised_at     timestamptz,
    created_at        timestamptz  not null,
    version           bigint       not null default 0,
    check ((status = 'CLOSED') = (closed_on is not null and close_reason is not null))
);
-- Lists: a coordinator's regions, newest first, optionally by status.
create index case_file_list_idx on case_file (region_id, created_at desc, id desc);
create index case_file_status_idx on case_file (region_id, status, created_at desc, id desc);
create index case_file_retention_idx on case_file (closed_on)
    where status = 'CLOSED' and anonymised_at is null;

create table signal (
    id                      bigserial    primary key,
    reference               varchar(12)  not null unique,
    status                  varchar(10)  not null check (status in ('DRAFT', 'RECEIVED', 'REGISTERED')),
    region_id               bigint       not null references directory.region (id),
    municipality_id         bigint       references directory.municipality (id),
    case_id                 bigint       references case_file (id),
    intake_date             date,
    channel                 varchar(20),
    reporter_type           varchar(30),
    reporter_contact_sealed text,
    form                    varchar(10),
    sector                  varchar(20),
    period_from             date,
    period_until            date,
    account_sealed          text,
    pseudonym_sealed        text,
    age                     smallint,
    birth_year              smallint,
    minor                   boolean,
    gender                  varchar(6),
    nationality             char(2),
    interpreter_needed      boolean,
    residence_status        varchar(30),
    consent                 varchar(10),
    consent_signed_by       varchar(20),
    national_status         varchar(20)  not null default 'NOT_FORWARDED',
    national_status_on      date,
    feedback_on             date,
    feedback_note_sealed    text,
    created_by              varchar(255) not null,
    created_at              timestamptz  not null,
    registered_at           timestamptz,
    anonymised_at           timestamptz,
    version                 bigint       not null default 0
);
create index signal_list_idx on signal (region_id, created_at desc, id desc);
create index signal_status_idx on signal (region_id, status, created_at desc, id desc);
create index signal_duplicate_idx on signal (birth_year, gender, nationality, region_id);
create index signal_case_idx on signal (case_id);

-- Indicator codes of the content's indicator list (its stable business key). No foreign key: an
-- editor may retire an indicator, and what was observed then must stay as it was recorded.
create table signal_indicator (
    signal_id bigint      not null references signal (id) on delete cascade,
    indicator varchar(60) not null,
    primary key (signal_id, indicator)
);

create table signal_language (
    signal_id bigint     not null references signal (id) on delete cascade,
    language  varchar(3) not null,
    primary key (signal_id, language)
);

create table referral (
    id              bigserial   primary key,
    case_id         bigint      not null references case_file (id) on delete cascade,
    organisation_id bigint      not null references directory.organisation (id),
    care_need       varchar(30) not null,
    status          varchar(10) not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'ENDED')),
    sent_on         date        not null,
    answered_on     date,
    ended_on        date
);
create index referral_case_idx on referral (case_id);
create index referral_organisation_idx on referral (organisation_id);

create table meeting (
    id                  bigserial primary key,
    case_id             bigint    not null references case_file (id) on delete cascade,
    held_on             date      not null,
    participants_sealed text,
    notes_sealed        text
);
create index meeting_case_idx on meeting (case_id, held_on);

create table case_task (
    id           bigserial primary key,
    case_id      bigint    not null references case_file (id) on delete cascade,
    title_sealed text,
    due_on       date      not null,
    done_on      date
);
create index case_task_case_idx on case_task (case_id, due_on);
create index case_task_open_idx on case_task (due_on, case_id) where done_on is null;

-- The timeline: what happened in a case, in codes (no personal data in 'detail').
create table case_event (
    id      bigserial    primary key,
    case_id bigint       not null references case_file (id) on delete cascade,
    at      timestamptz  not null,
    actor   varchar(255) not null,
    kind    varchar(30)  not null,
    detail  varchar(200)
);
create index case_event_case_idx on case_event (case_id, at, id);

-- Every read and change of a signal or case: who, what, when and why. Only ever added to.
create table access_log (
    id           bigserial    primary key,
    at           timestamptz  not null,
    actor        varchar(255) not null,
    action       varchar(20)  not null,
    subject_type varchar(10)  not null check (subject_type in ('SIGNAL', 'CASE')),
    subject_ref  varchar(20)  not null,
    purpose      varchar(100) not null
);
create index access_log_subject_idx on access_log (subject_type, subject_ref, at desc, id desc);

-- What each run of the retention job did.
create table retention_run (
    id                 bigserial   primary key,
    ran_at             timestamptz not null,
    closed_before      date        not null,
    cases_anonymised   integer     not null,
    signals_anonymised integer     not null
);
