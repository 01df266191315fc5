-- The site search of the English site reads the English texts (issue 22, section 4): each searchable
-- table gets a vector of its English columns, stemmed as English, with its own GIN index, weighted as
-- the Dutch one. An item without English text has an empty vector and is found in Dutch only.

-- The tables with a title, a summary and an HTML body.
do $$
declare
    t text;
begin
    foreach t in array array['step', 'regulation', 'information_page', 'exploitation_form_page',
                             'story', 'news_item'] loop
        execute format(
            'alter table %I add column search_vector_en tsvector generated always as ('
            || 'setweight(to_tsvector(''english'', coalesce(title_en, '''')), ''A'') || '
            || 'setweight(to_tsvector(''english'', coalesce(summary_en, '''')), ''B'') || '
            || 'setweight(to_tsvector(''english'', regexp_replace(coalesce(body_en, ''''), '
            || '''<[^>]*>'', '' '', ''g'')), ''C'')) stored', t);
        execute format('create index %I on %I using gin (search_vector_en)', t || '_search_en_idx', t);
    end loop;
end
$$;

alter table indicator add column search_vector_en tsvector generated always as (
    to_tsvector('english', coalesce(text_en, ''))) stored;
create index indicator_search_en_idx on indicator using gin (search_vector_en);

alter table document add column search_vector_en tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description_en, '')), 'B')) stored;
create index document_search_en_idx on document using gin (search_vector_en);

alter table faq_entry add column search_vector_en tsvector generated always as (
    setweight(to_tsvector('english', coalesce(question_en, '')), 'A') ||
    setweight(to_tsvector('english', regexp_replace(coalesce(answer_en, ''), '<[^>]*>', ' ', 'g')), 'B')) stored;
create index faq_entry_search_en_idx on faq_entry using gin (search_vector_en);
