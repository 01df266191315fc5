-- The words the public site can find, for "Bedoelde u …?" (issue 22, section 1): every word of the
-- published guide, of the published organisation profiles, of the municipalities' names (also
-- former and other names) and of the published search terms, lower-cased as typed (the 'simple'
-- configuration: no stemming, so a suggestion is a real word), with the number of documents it is
-- in. A word of a search that no indexed word starts with is replaced by its nearest word here
-- (trigram distance, pg_trgm, then edit distance in SearchSuggestions). EditorialService refreshes
-- it on every publication and withdrawal; the demo data loader after loading.
create extension if not exists pg_trgm with schema public;

create materialized view search_vocabulary as
select word, ndoc as documents
from ts_stat($words$
    select to_tsvector('simple', title || ' ' || summary || ' ' || regexp_replace(body, '<[^>]*>', ' ', 'g'))
      from content.step where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', title || ' ' || summary || ' ' || regexp_replace(body, '<[^>]*>', ' ', 'g'))
      from content.regulation where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', title || ' ' || summary || ' ' || regexp_replace(body, '<[^>]*>', ' ', 'g'))
      from content.information_page where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', title || ' ' || summary || ' ' || regexp_replace(body, '<[^>]*>', ' ', 'g'))
      from content.exploitation_form_page where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', title || ' ' || summary || ' ' || regexp_replace(body, '<[^>]*>', ' ', 'g'))
      from content.story where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', title || ' ' || summary || ' ' || regexp_replace(body, '<[^>]*>', ' ', 'g'))
      from content.news_item where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', question || ' ' || regexp_replace(answer, '<[^>]*>', ' ', 'g'))
      from content.faq_entry where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', i.text)
      from content.indicator i join content.indicator_theme t on t.id = i.theme_id
     where t.state = 'PUBLISHED'
    union all
    select to_tsvector('simple', title || ' ' || coalesce(description, ''))
      from content.document where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', name || ' ' || search_document)
      from directory.organisation where state = 'PUBLISHED'
    union all
    select to_tsvector('simple', name) from directory.municipality
    union all
    select to_tsvector('simple', name) from directory.place_name
    union all
    select to_tsvector('simple', term || ' ' || meanings)
      from directory.search_synonym where state = 'PUBLISHED'
$words$)
where length(word) between 3 and 40 and word ~ '^[[:alpha:]]+$';

create unique index search_vocabulary_word_idx on search_vocabulary (word);
create index search_vocabulary_prefix_idx on search_vocabulary (word text_pattern_ops);
create index search_vocabulary_trigram_idx on search_vocabulary using gist (word public.gist_trgm_ops);
