-- The handbook and the indicator list as PDFs, generated from the published content in Dutch
-- and English (web: GeneratedDocumentsJob) and regenerated after each change of the published
-- content. One row per document and language; the bytes beside it, so every node serves the same.
create table content.generated_document (
    id                  bigserial primary key,
    kind                varchar(30)  not null,
    language            varchar(2)   not null,
    -- the published-content counter (directory.published_content) the document was made from
    content_generation  bigint       not null,
    -- when that content was published: the date printed in the document
    published_at        timestamptz  not null,
    generated_at        timestamptz  not null,
    -- SHA-256 of the HTML it was rendered from, date left out: an unchanged text is not rendered
    -- again, and keeps the date it was first published on
    source_hash         varchar(64)  not null,
    size_bytes          bigint       not null,
    content             bytea        not null,
    version             bigint       not null default 0,
    constraint generated_document_kind_language unique (kind, language),
    constraint generated_document_language check (language in ('nl', 'en')),
    constraint generated_document_size check (size_bytes > 0)
);
