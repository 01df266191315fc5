-- The seed (V2, V31) linked the indicator list as /signaleren/indicatoren, an address the site never
-- had: the list is at /signalen-herkennen (PublicPaths.INDICATOR_THEME). The crawl of every link
-- (DeadLinksIT) found it. The address is corrected wherever that link was written: the live steps
-- in both languages, and any version of a step in the editors' workflow, so that a draft saved from
-- the old text does not bring the dead link back when it is published.
update content.step
set body    = replace(body, 'href="/signaleren/indicatoren"', 'href="/signalen-herkennen"'),
    body_en = replace(body_en, 'href="/signaleren/indicatoren"', 'href="/signalen-herkennen"')
where body like '%href="/signaleren/indicatoren"%'
   or body_en like '%href="/signaleren/indicatoren"%';

update content.revision
set fields = replace(fields::text, 'href=\"/signaleren/indicatoren\"', 'href=\"/signalen-herkennen\"')::jsonb
where fields::text like '%href=\\"/signaleren/indicatoren\\"%';
