-- Documents, the indicator list and the forms-of-exploitation pages join the editors' workflow.
alter table revision drop constraint revision_kind_check;
alter table revision add constraint revision_kind_check
    check (kind in ('STEP', 'REGULATION', 'INFORMATION_PAGE', 'STORY', 'NEWS', 'FAQ',
                    'DOCUMENT', 'INDICATOR_THEME', 'FORM_PAGE'));

-- Every uploaded file, kept as it was checked (a PDF by its bytes, at most 20 MB): a draft's file is
-- stored at upload, so nothing is lost when the rest of the form still has a problem, and every
-- version of a document keeps the file it had, so an old version can be compared and restored. A
-- version names its file by this id; publishing copies the bytes to document_content, the live copy.
create table document_file (
    id          bigserial    primary key,
    file_name   varchar(200) not null,
    size_bytes  bigint       not null check (size_bytes between 1 and 20971520),
    content     bytea        not null check (octet_length(content) between 1 and 20971520),
    uploaded_by varchar(255) not null,
    uploaded_at timestamptz  not null default now()
);

alter table document add column file_id bigint references document_file (id);
alter table document add column audience varchar(20) not null default 'PROFESSIONALS'
    check (audience in ('VICTIMS', 'CITIZENS', 'PROFESSIONALS', 'ABOUT'));

with existing as (
    select d.id as document_id, d.file_name, d.size_bytes, c.content, d.uploaded_at
    from document d join document_content c on c.document_id = d.id
), copied as (
    insert into document_file (file_name, size_bytes, content, uploaded_by, uploaded_at)
    select file_name, size_bytes, content, 'wegwijzer', uploaded_at from existing
    returning id, file_name, uploaded_at
)
update document d set file_id = copied.id
from copied join existing e on e.file_name = copied.file_name and e.uploaded_at = copied.uploaded_at
where d.id = e.document_id;
