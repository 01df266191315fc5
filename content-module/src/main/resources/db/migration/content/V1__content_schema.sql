-- The guide's content: the four phases and their steps, rights and regulations with their
-- eligibility conditions, information pages, the indicator list, documents, stories, news, FAQ
-- and the visitors' "was this page useful" answers.
--
-- Every editable item carries a publication state; only PUBLISHED is ever shown to the public, so
-- the editorial workflow can be added later without migrating the data. Bodies are simple HTML that
-- the application sanitises before storing. Searchable tables carry a generated tsvector with the
-- 'dutch' configuration (tags stripped from the body) and a GIN index on it.

create table phase (
    id       bigserial primary key,
    slug     varchar(40)  not null unique
             check (slug in ('signaleren', 'beschermen', 'strafrechtelijk-proces', 'compensatie')),
    position integer      not null unique check (position between 1 and 4),
    title    varchar(200) not null,
    summary  text         not null,
    version  bigint       not null default 0
);

create table step (
    id            bigserial primary key,
    phase_id      bigint       not null references phase (id),
    position      integer      not null check (position >= 1),
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(200) not null,
    summary       text         not null,
    body          text         not null,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')) stored,
    version       bigint       not null default 0,
    unique (phase_id, position) deferrable initially deferred
);
create index step_search_idx on step using gin (search_vector);

create table regulation (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(200) not null,
    summary       text         not null,
    body          text         not null,
    legal_basis   varchar(500),
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C') ||
                      setweight(to_tsvector('dutch', coalesce(legal_basis, '')), 'D')) stored,
    version       bigint       not null default 0
);
create index regulation_search_idx on regulation using gin (search_vector);

-- Eligibility as data: all conditions of a regulation must hold (AND); a condition holds when the
-- visitor's answer for its kind is one of its allowed values (OR). A regulation without conditions
-- applies to everyone. EligibilityRules evaluates them; no code knows a particular regulation.
create table regulation_condition (
    id            bigserial primary key,
    regulation_id bigint      not null references regulation (id) on delete cascade,
    kind          varchar(30) not null
                  check (kind in ('AGE_GROUP', 'NATIONALITY_GROUP', 'EXPLOITATION_FORM', 'REPORTS_TO_POLICE')),
    unique (regulation_id, kind)
);

create table regulation_condition_value (
    condition_id  bigint      not null references regulation_condition (id) on delete cascade,
    allowed_value varchar(20) not null check (allowed_value ~ '^[a-z]+(-[a-z]+)*$'),
    primary key (condition_id, allowed_value)
);

create table step_regulation (
    step_id       bigint  not null references step (id) on delete cascade,
    regulation_id bigint  not null references regulation (id),
    position      integer not null,
    primary key (step_id, regulation_id)
);
create index step_regulation_regulation_idx on step_regulation (regulation_id);

-- The care needs of the directory (nl.wegwijzer.directory.model.CareNeed): the organisations shown
-- at a step are the directory's organisations for these needs.
create table step_care_need (
    step_id   bigint      not null references step (id) on delete cascade,
    care_need varchar(30) not null
              check (care_need in ('LEGAL_AID', 'MEDICAL_CARE', 'PSYCHOLOGICAL_CARE', 'SHELTER', 'SAFETY',
                                   'RESIDENCE_ADVICE', 'INTERPRETING', 'WORK_AND_INCOME', 'RETURN_ASSISTANCE')),
    primary key (step_id, care_need)
);

create table information_page (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    audience      varchar(20)  not null check (audience in ('VICTIMS', 'CITIZENS', 'PROFESSIONALS', 'ABOUT')),
    position      integer      not null default 1,
    title         varchar(200) not null,
    summary       text         not null,
    body          text         not null,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')) stored,
    version       bigint       not null default 0
);
create index information_page_search_idx on information_page using gin (search_vector);
create index information_page_audience_idx on information_page (audience, position);

create table exploitation_form_page (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    form          varchar(10)  not null unique check (form in ('SEXUAL', 'LABOUR', 'CRIMINAL', 'ORGAN')),
    title         varchar(200) not null,
    summary       text         not null,
    body          text         not null,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')) stored,
    version       bigint       not null default 0
);
create index exploitation_form_page_search_idx on exploitation_form_page using gin (search_vector);

-- The indicator list: themes with their indicators. An indicator without forms of exploitation
-- counts for every form.
create table indicator_theme (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position      integer      not null,
    title         varchar(200) not null,
    summary       text         not null,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    version       bigint       not null default 0
);

create table indicator (
    id        bigserial primary key,
    theme_id  bigint       not null references indicator_theme (id) on delete cascade,
    position  integer      not null,
    code      varchar(60)  not null unique check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    text      varchar(500) not null,
    search_vector tsvector generated always as (to_tsvector('dutch', coalesce(text, ''))) stored
);
create index indicator_theme_idx on indicator (theme_id, position);
create index indicator_search_idx on indicator using gin (search_vector);

create table indicator_form (
    indicator_id bigint      not null references indicator (id) on delete cascade,
    form         varchar(10) not null check (form in ('SEXUAL', 'LABOUR', 'CRIMINAL', 'ORGAN')),
    primary key (indicator_id, form)
);

-- Documents (PDF handbooks): the metadata apart from the bytes, so that lists never read the file.
create table document (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(200) not null,
    description   text         not null,
    file_name     varchar(200) not null,
    media_type    varchar(100) not null check (media_type = 'application/pdf'),
    size_bytes    bigint       not null check (size_bytes between 1 and 20971520),
    uploaded_at   timestamptz  not null default now(),
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(description, '')), 'B')) stored,
    version       bigint       not null default 0
);
create index document_search_idx on document using gin (search_vector);

create table document_content (
    document_id bigint primary key references document (id) on delete cascade,
    content     bytea  not null check (octet_length(content) between 1 and 20971520)
);

create table story (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(200) not null,
    summary       text         not null,
    body          text         not null,
    form          varchar(10)  check (form in ('SEXUAL', 'LABOUR', 'CRIMINAL', 'ORGAN')),
    example       boolean      not null default false,
    position      integer      not null default 1,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')) stored,
    version       bigint       not null default 0
);
create index story_search_idx on story using gin (search_vector);

create table news_item (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title         varchar(200) not null,
    summary       text         not null,
    body          text         not null,
    published_on  date         not null,
    example       boolean      not null default false,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
                      setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')) stored,
    version       bigint       not null default 0
);
create index news_item_search_idx on news_item using gin (search_vector);
create index news_item_published_idx on news_item (published_on desc, id desc);

create table faq_entry (
    id            bigserial primary key,
    slug          varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position      integer      not null,
    question      varchar(300) not null,
    answer        text         not null,
    state         varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    search_vector tsvector generated always as (
                      setweight(to_tsvector('dutch', coalesce(question, '')), 'A') ||
                      setweight(to_tsvector('dutch', regexp_replace(coalesce(answer, ''), '<[^>]*>', ' ', 'g')), 'B')) stored,
    version       bigint       not null default 0
);
create index faq_entry_search_idx on faq_entry using gin (search_vector);

-- "Was this page useful?": no personal data, no IP address, no user; the page is a path without
-- query string (the tailored route keeps a victim's answers in the query string).
create table page_feedback (
    id         bigserial primary key,
    page       varchar(300)  not null check (page ~ '^/[a-z0-9/_-]*$'),
    useful     boolean       not null,
    comment    varchar(1000),
    created_at timestamptz   not null default now()
);
create index page_feedback_page_idx on page_feedback (page, created_at desc);
