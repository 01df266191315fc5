-- English beside the Dutch for the four phases (title and summary) and the pages on the forms of
-- exploitation, like the other guide items got in V4. Filled by V31.
alter table phase add column title_en varchar(200), add column summary_en text;
alter table exploitation_form_page
  add column title_en varchar(200), add column summary_en text, add column body_en text;
