-- The words people search with that the guide and the directory word differently (issue 22,
-- section 1): street words for forms of exploitation, former names of regulations, abbreviations
-- of organisations and teams, and English words for the Dutch ones the content is indexed in. A
-- search that contains a term also finds what its meanings find (SearchText, both the site search
-- and the directory search). Editors keep the list through the editorial workflow (content kind
-- SYNONYM), with four eyes and its versions as history; only published rows count.
--
-- term:      the word or words as people type them ('loverboy', 'uitbuiting in de bouw', 'B9')
-- meanings:  what a search for the term should also find, alternatives separated by commas
-- category:  STREET (colloquial words), FORMER_NAME, ABBREVIATION, TRANSLATION (English to Dutch)
-- reference: where a fact comes from (a renamed chapter, an organisation's full name); empty for
--            colloquial words and translations, which are usage, not facts
--
-- Sources of the seeded facts (looked up 2026-12-07):
-- * B9 → B8/3: comensha.nl, "Wat is de B8/3?" (https://www.comensha.nl/pagina/wat-is-de-b8-3):
--   "hoofdstuk B8/3 van de Vreemdelingencirculaire 2000 (voorheen was dit hoofdstuk B9)".
-- * The abbreviations are the organisations' own short names (CoMensha: Coördinatiecentrum
--   Mensenhandel; IND: Immigratie- en Naturalisatiedienst; KMar: Koninklijke Marechaussee; EMM:
--   Expertisecentrum Mensenhandel en Mensensmokkel; COA: Centraal Orgaan opvang asielzoekers;
--   COSM: Categorale Opvang Slachtoffers Mensenhandel). AMA is the older
--   word for an unaccompanied minor foreigner (alleenstaande minderjarige asielzoeker), whose
--   guardian is Nidos. The national point in the demo data stands in for CoMensha.
-- A term that is a Dutch stop word ('om' for the Openbaar Ministerie) cannot be a term: the
-- full-text search drops it, so its meanings would become required words of every such query.
create table search_synonym (
    id        bigserial    primary key,
    slug      varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    term      varchar(100) not null check (length(btrim(term)) > 0),
    meanings  varchar(500) not null check (length(btrim(meanings)) > 0),
    category  varchar(20)  not null check (category in ('STREET', 'FORMER_NAME', 'ABBREVIATION', 'TRANSLATION')),
    reference varchar(300),
    state     varchar(10)  not null default 'DRAFT' check (state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    version   bigint       not null default 0
);

-- A published change to the list changes what a search finds: the directory's kept answers go.
create trigger search_synonym_search_generation after insert or update or delete on search_synonym
    for each statement execute function bump_organisation_search_generation();

insert into search_synonym (slug, term, meanings, category, reference, state) values
('loverboy', 'loverboy', 'pooierboy, seksuele uitbuiting', 'STREET', null, 'PUBLISHED'),
('lover-boy', 'lover boy', 'pooierboy, seksuele uitbuiting', 'STREET', null, 'PUBLISHED'),
('pooierboy', 'pooierboy', 'loverboy, seksuele uitbuiting', 'STREET', null, 'PUBLISHED'),
('tienerpooier', 'tienerpooier', 'pooierboy, seksuele uitbuiting', 'STREET', null, 'PUBLISHED'),
('gedwongen-prostitutie', 'gedwongen prostitutie', 'seksuele uitbuiting', 'STREET', null, 'PUBLISHED'),
('sekswerk-onder-dwang', 'sekswerk onder dwang', 'seksuele uitbuiting', 'STREET', null, 'PUBLISHED'),
('uitbuiting-in-de-bouw', 'uitbuiting in de bouw', 'arbeidsuitbuiting', 'STREET', null, 'PUBLISHED'),
('dwangarbeid', 'dwangarbeid', 'arbeidsuitbuiting', 'STREET', null, 'PUBLISHED'),
('uitgebuit-op-het-werk', 'uitgebuit op het werk', 'arbeidsuitbuiting', 'STREET', null, 'PUBLISHED'),
('drugskoerier', 'drugskoerier', 'criminele uitbuiting', 'STREET', null, 'PUBLISHED'),
('drugsrunner', 'drugsrunner', 'criminele uitbuiting', 'STREET', null, 'PUBLISHED'),
('geldezel', 'geldezel', 'criminele uitbuiting', 'STREET', null, 'PUBLISHED'),
('gedwongen-criminaliteit', 'gedwongen criminaliteit', 'criminele uitbuiting', 'STREET', null, 'PUBLISHED'),
('orgaanhandel', 'orgaanhandel', 'orgaanverwijdering', 'STREET', null, 'PUBLISHED'),
('misbruik', 'misbruik', 'uitbuiting', 'STREET', null, 'PUBLISHED'),
('geen-papieren', 'geen papieren', 'verblijfsvergunning', 'STREET', null, 'PUBLISHED'),
('zonder-papieren', 'zonder papieren', 'verblijfsvergunning', 'STREET', null, 'PUBLISHED'),
('ongedocumenteerd', 'ongedocumenteerd', 'verblijfsvergunning', 'STREET', null, 'PUBLISHED'),
('b9', 'B9', 'B8/3, bedenktijd', 'FORMER_NAME',
 'comensha.nl, "Wat is de B8/3?" (https://www.comensha.nl/pagina/wat-is-de-b8-3): B8/3 van de Vreemdelingencirculaire 2000, voorheen hoofdstuk B9', 'PUBLISHED'),
('b9-regeling', 'B9-regeling', 'B8/3, bedenktijd', 'FORMER_NAME',
 'comensha.nl, "Wat is de B8/3?" (https://www.comensha.nl/pagina/wat-is-de-b8-3): B8/3 van de Vreemdelingencirculaire 2000, voorheen hoofdstuk B9', 'PUBLISHED'),
('comensha', 'CoMensha', 'Coördinatiecentrum Mensenhandel, landelijk coördinatiepunt', 'ABBREVIATION',
 'comensha.nl: Coördinatiecentrum Mensenhandel', 'PUBLISHED'),
('ind', 'IND', 'Immigratie- en Naturalisatiedienst, verblijfsvergunning', 'ABBREVIATION',
 'ind.nl: Immigratie- en Naturalisatiedienst', 'PUBLISHED'),
('kmar', 'KMar', 'Koninklijke Marechaussee', 'ABBREVIATION',
 'defensie.nl: Koninklijke Marechaussee (KMar)', 'PUBLISHED'),
('emm', 'EMM', 'Expertisecentrum Mensenhandel en Mensensmokkel', 'ABBREVIATION',
 'politie.nl: Expertisecentrum Mensenhandel en Mensensmokkel (EMM)', 'PUBLISHED'),
('vt', 'VT', 'Veilig Thuis', 'ABBREVIATION', 'veiligthuis.nl', 'PUBLISHED'),
('ama', 'AMA', 'alleenstaande minderjarige, voogd, Nidos', 'ABBREVIATION',
 'nidos.nl: voogdij voor alleenstaande minderjarige vreemdelingen (amv, eerder ama)', 'PUBLISHED'),
('amv', 'AMV', 'alleenstaande minderjarige, voogd, Nidos', 'ABBREVIATION',
 'nidos.nl: voogdij voor alleenstaande minderjarige vreemdelingen (amv)', 'PUBLISHED'),
('coa', 'COA', 'Centraal Orgaan opvang asielzoekers, opvang', 'ABBREVIATION',
 'coa.nl: Centraal Orgaan opvang asielzoekers', 'PUBLISHED'),
('cosm', 'COSM', 'categorale opvang', 'ABBREVIATION',
 'comensha.nl: Categorale Opvang Slachtoffers Mensenhandel (COSM)', 'PUBLISHED'),
('human-trafficking', 'human trafficking', 'mensenhandel', 'TRANSLATION', null, 'PUBLISHED'),
('trafficking', 'trafficking', 'mensenhandel', 'TRANSLATION', null, 'PUBLISHED'),
('victim', 'victim', 'slachtoffer', 'TRANSLATION', null, 'PUBLISHED'),
('shelter', 'shelter', 'opvang', 'TRANSLATION', null, 'PUBLISHED'),
('lawyer', 'lawyer', 'advocaat', 'TRANSLATION', null, 'PUBLISHED'),
('legal-aid', 'legal aid', 'rechtshulp, advocaat', 'TRANSLATION', null, 'PUBLISHED'),
('interpreter', 'interpreter', 'tolk', 'TRANSLATION', null, 'PUBLISHED'),
('reflection-period', 'reflection period', 'bedenktijd', 'TRANSLATION', null, 'PUBLISHED'),
('residence-permit', 'residence permit', 'verblijfsvergunning', 'TRANSLATION', null, 'PUBLISHED'),
('forced-labour', 'forced labour', 'arbeidsuitbuiting', 'TRANSLATION', null, 'PUBLISHED'),
('labour-exploitation', 'labour exploitation', 'arbeidsuitbuiting', 'TRANSLATION', null, 'PUBLISHED'),
('sexual-exploitation', 'sexual exploitation', 'seksuele uitbuiting', 'TRANSLATION', null, 'PUBLISHED'),
('criminal-exploitation', 'criminal exploitation', 'criminele uitbuiting', 'TRANSLATION', null, 'PUBLISHED'),
('compensation', 'compensation', 'schadevergoeding, compensatie', 'TRANSLATION', null, 'PUBLISHED'),
('guardian', 'guardian', 'voogd', 'TRANSLATION', null, 'PUBLISHED'),
('police-report', 'police report', 'aangifte', 'TRANSLATION', null, 'PUBLISHED'),
('care-coordinator', 'care coordinator', 'zorgcoördinator', 'TRANSLATION', null, 'PUBLISHED'),
('indicators', 'indicators', 'signalen, indicatoren', 'TRANSLATION', null, 'PUBLISHED'),
('trauma-care', 'trauma care', 'traumazorg', 'TRANSLATION', null, 'PUBLISHED'),
('doctor', 'doctor', 'huisarts, medische zorg', 'TRANSLATION', null, 'PUBLISHED'),
('debts', 'debts', 'schulden', 'TRANSLATION', null, 'PUBLISHED'),
('return-home', 'return home', 'terugkeer', 'TRANSLATION', null, 'PUBLISHED');
