-- The editors' workflow. The content tables stay the live, public copy: the public pages, the API,
-- search and the sitemap read only their PUBLISHED rows, as before. Editors work on revisions: one
-- row per version of one item, with the editable fields as a JSON snapshot. Approving a revision
-- applies its fields to the live row in the same transaction, so a published item stays live,
-- unchanged, while its next draft is written and reviewed.
--
-- An item is known by its kind and slug (the slug is its public URL and never changes); item_id is
-- the live row's id, null until the first publication.

-- English beside Dutch (optional): part of the snapshot, so it goes through the same workflow.
alter table step add column title_en varchar(200), add column summary_en text, add column body_en text;
alter table regulation add column title_en varchar(200), add column summary_en text, add column body_en text;
alter table information_page add column title_en varchar(200), add column summary_en text, add column body_en text;
alter table story add column title_en varchar(200), add column summary_en text, add column body_en text;
alter table faq_entry add column question_en varchar(300), add column answer_en text;

create table revision (
    id           bigserial primary key,
    kind         varchar(20)  not null
                 check (kind in ('STEP', 'REGULATION', 'INFORMATION_PAGE', 'STORY', 'NEWS', 'FAQ')),
    slug         varchar(120) not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    item_id      bigint,
    number       integer      not null check (number >= 1),
    state        varchar(12)  not null
                 check (state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'SUPERSEDED', 'ARCHIVED')),
    fields       jsonb        not null check (jsonb_typeof(fields) = 'object'),
    author       varchar(255) not null,
    last_editor  varchar(255) not null,
    reviewer     varchar(255),
    review_note  varchar(1000),
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    submitted_at timestamptz,
    reviewed_at  timestamptz,
    published_at timestamptz,
    publish_at   timestamptz,
    unpublish_at timestamptz,
    version      bigint       not null default 0,
    unique (kind, slug, number),
    check (unpublish_at is null or publish_at is null or unpublish_at > publish_at)
);
-- One version in the works per item (what two editors edit together, guarded by the version), and
-- one published version per item.
create unique index revision_open_idx on revision (kind, slug) where state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED');
create unique index revision_published_idx on revision (kind, slug) where state = 'PUBLISHED';
create index revision_state_idx on revision (state, updated_at desc);
create index revision_author_idx on revision (author, state);
create index revision_due_publish_idx on revision (publish_at) where state = 'SCHEDULED';
create index revision_due_unpublish_idx on revision (unpublish_at) where state = 'PUBLISHED';
