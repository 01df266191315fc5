-- Transfer of a case to another region when the person moves (issue 23 §3). The receiving
-- region's coordinators accept or refuse the offer; on acceptance the case and its signals move
-- there. The row stays as the fact of the transfer for both regions: which case number, from where
-- to where, when, by whom; the note is sealed as the other free text.
create table case_transfer (
    id            bigserial    primary key,
    case_id       bigint       not null references case_file (id) on delete cascade,
    case_number   varchar(20)  not null,
    from_region_id bigint      not null references directory.region (id),
    to_region_id  bigint       not null references directory.region (id),
    status        varchar(10)  not null check (status in ('OFFERED', 'ACCEPTED', 'REFUSED')),
    note_sealed   text,
    offered_by    varchar(255) not null,
    offered_at    timestamptz  not null,
    answered_by   varchar(255),
    answered_at   timestamptz,
    refusal_sealed text,
    version       bigint       not null default 0,
    check (from_region_id <> to_region_id),
    check ((status = 'OFFERED') = (answered_at is null))
);
-- One open offer per case at a time.
create unique index case_transfer_offered_idx on case_transfer (case_id) where status = 'OFFERED';
create index case_transfer_to_idx on case_transfer (to_region_id, status, offered_at desc);
create index case_transfer_from_idx on case_transfer (from_region_id, offered_at desc);
