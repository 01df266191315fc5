-- The rules behind the regulations as dated data (issue 21, section 4). A regulation's rule comes
-- in versions: each with a label, the day it takes effect (valid_from) and, once a newer version
-- replaces it, its last day (valid_until); the legal basis, the eligibility conditions (who it is
-- for) and the deadlines it sets; and the day an editor last checked it against the law. A route
-- or a case deadline is computed with the version valid on its date (EligibilityRules), and shows
-- the version's label.
--
-- Sources (looked up on 2026-12-07; the guide's own wording, not quoted):
-- * Reflection period of at most three months, Vreemdelingenwet 2000 art. 8 onder k; policy in
--   Vreemdelingencirculaire 2000 B8/3, formerly chapter B9: comensha.nl "Wat is de B8/3?"
--   (https://www.comensha.nl/pagina/wat-is-de-b8-3), wegwijzermensenhandel.nl "Verblijf in
--   Nederland voor slachtoffers", IND "Slachtoffer of getuige-aangever van mensenhandel"
--   (https://ind.nl/Paginas/Mensenhandel.aspx).
-- * Chapter B9 text in force from 2011-12-01 (humantrafficking.info, "B-9 Vreemdelingencirculaire",
--   text valid from 1 Dec 2011). The day the chapter was renumbered B8/3 was NOT confirmed from a
--   source, so the first version names both numbers instead of guessing a date.
-- * Dublin claimants, 2019: a Dublin claimant's report of trafficking is first assessed by police
--   and public prosecutor for investigative leads in the Netherlands (target four working weeks);
--   only then a temporary B8/3 permit. Announced in Kamerstukken II 28638 nr. 165 (28 June 2019);
--   put into effect in August 2019 according to Kamerstukken II 28638 nr. 236 (28 November 2023,
--   policy response to the WODC evaluation). The month is confirmed, the day is not: the version
--   starts on 2019-08-01.
-- * Dublin claimants, 2023: WBV 2023/11 (Staatscourant 2023, 13577, decision of 10 May 2023)
--   rewrote B8/3.1: a Dublin claimant granted a reflection period after 18 May 2023 gets thirty
--   days instead of three months. The version starts on 2023-05-19.
-- * The temporary residence permit for victims is granted for one year and can be extended while
--   the conditions hold (wegwijzermensenhandel.nl, "Verblijf in Nederland voor slachtoffers";
--   Vreemdelingenbesluit art. 3.48): its review moment is a year.
-- Every other regulation gets one version with its current legal basis and conditions, effective
-- from 2011-12-01, not yet checked (checked_on null): the editors check them before going live.

create table rule_version (
    id            bigserial primary key,
    regulation_id bigint       not null references regulation (id) on delete cascade,
    label         varchar(40)  not null check (label ~ '^[A-Za-z0-9][A-Za-z0-9./-]*$'),
    valid_from    date         not null,
    valid_until   date         check (valid_until is null or valid_until >= valid_from),
    legal_basis   varchar(500),
    source        varchar(500),
    checked_on    date,
    unique (regulation_id, label),
    unique (regulation_id, valid_from)
);
create index rule_version_regulation_idx on rule_version (regulation_id, valid_from);

-- The deadlines a version sets, as ISO-8601 periods (P3M, P30D, P1Y).
create table rule_deadline (
    rule_version_id bigint      not null references rule_version (id) on delete cascade,
    kind            varchar(30) not null
                    check (kind in ('REFLECTION_PERIOD', 'REFLECTION_PERIOD_DUBLIN', 'REVIEW')),
    period          varchar(20) not null check (period ~ '^P([0-9]+[YMWD])+$'),
    primary key (rule_version_id, kind)
);

-- One version per regulation from what it has today.
insert into rule_version (regulation_id, label, valid_from, legal_basis)
select id, '2011-12', date '2011-12-01', legal_basis from regulation;

-- The conditions move from the regulation to its versions.
alter table regulation_condition add column rule_version_id bigint references rule_version (id) on delete cascade;
update regulation_condition c set rule_version_id = v.id
from rule_version v where v.regulation_id = c.regulation_id;
alter table regulation_condition alter column rule_version_id set not null;
alter table regulation_condition drop column regulation_id;
alter table regulation_condition add unique (rule_version_id, kind);

-- The legal basis lives in the versions; the search keeps finding it through them
-- (GuideSearchRepository), so the regulation's own vector no longer carries it.
drop index regulation_search_idx;
alter table regulation drop column search_vector;
alter table regulation drop column legal_basis;
alter table regulation add column search_vector tsvector generated always as (
    setweight(to_tsvector('dutch', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('dutch', coalesce(summary, '')), 'B') ||
    setweight(to_tsvector('dutch', regexp_replace(coalesce(body, ''), '<[^>]*>', ' ', 'g')), 'C')) stored;
create index regulation_search_idx on regulation using gin (search_vector);

-- The reflection period: three versions.
update rule_version v set
    label = 'B9-2011',
    valid_until = date '2019-07-31',
    legal_basis = 'Vreemdelingenwet 2000, artikel 8 onder k; Vreemdelingencirculaire 2000, hoofdstuk B9 (later vernummerd tot B8/3); Europese richtlijn 2004/81/EG',
    source = 'humantrafficking.info: tekst B9 geldend vanaf 1 december 2011; comensha.nl: B8/3, voorheen B9',
    checked_on = date '2026-12-07'
from regulation r where r.id = v.regulation_id and r.slug = 'bedenktijd';

insert into rule_version (regulation_id, label, valid_from, valid_until, legal_basis, source, checked_on)
select r.id, 'B8/3-2019', date '2019-08-01', date '2023-05-18',
       'Vreemdelingenwet 2000, artikel 8 onder k; Vreemdelingencirculaire 2000, hoofdstuk B8/3 (Dublinclaimanten: aangifte eerst beoordeeld op opsporingsindicaties); Europese richtlijn 2004/81/EG',
       'Kamerstukken II 28638 nr. 165 (28 juni 2019) en nr. 236 (28 november 2023): wijziging in augustus 2019',
       date '2026-12-07'
from regulation r where r.slug = 'bedenktijd';

insert into rule_version (regulation_id, label, valid_from, legal_basis, source, checked_on)
select r.id, 'B8/3-2023', date '2023-05-19',
       'Vreemdelingenwet 2000, artikel 8 onder k; Vreemdelingencirculaire 2000, paragraaf B8/3.1 (WBV 2023/11: Dublinclaimanten dertig dagen); Europese richtlijn 2004/81/EG',
       'WBV 2023/11, Staatscourant 2023, 13577 (besluit van 10 mei 2023)',
       date '2026-12-07'
from regulation r where r.slug = 'bedenktijd';

-- The newer versions are for the same people: copy the first version's conditions.
insert into regulation_condition (rule_version_id, kind)
select n.id, c.kind
from regulation r
join rule_version o on o.regulation_id = r.id and o.label = 'B9-2011'
join rule_version n on n.regulation_id = r.id and n.label <> 'B9-2011'
join regulation_condition c on c.rule_version_id = o.id
where r.slug = 'bedenktijd';

insert into regulation_condition_value (condition_id, allowed_value)
select nc.id, cv.allowed_value
from regulation r
join rule_version o on o.regulation_id = r.id and o.label = 'B9-2011'
join regulation_condition oc on oc.rule_version_id = o.id
join regulation_condition_value cv on cv.condition_id = oc.id
join rule_version n on n.regulation_id = r.id and n.label <> 'B9-2011'
join regulation_condition nc on nc.rule_version_id = n.id and nc.kind = oc.kind
where r.slug = 'bedenktijd';

insert into rule_deadline (rule_version_id, kind, period)
select v.id, 'REFLECTION_PERIOD', 'P3M'
from rule_version v join regulation r on r.id = v.regulation_id where r.slug = 'bedenktijd';

insert into rule_deadline (rule_version_id, kind, period)
select v.id, 'REFLECTION_PERIOD_DUBLIN', 'P30D'
from rule_version v join regulation r on r.id = v.regulation_id
where r.slug = 'bedenktijd' and v.label = 'B8/3-2023';

-- The residence permit: one year, then a review (extension).
update rule_version v set
    label = 'B8/3',
    legal_basis = 'Vreemdelingenwet 2000; Vreemdelingenbesluit 2000, artikel 3.48; Vreemdelingencirculaire 2000, hoofdstuk B8/3 (voorheen B9)',
    source = 'wegwijzermensenhandel.nl, Verblijf in Nederland voor slachtoffers; ind.nl, Slachtoffer of getuige-aangever van mensenhandel',
    checked_on = date '2026-12-07'
from regulation r where r.id = v.regulation_id and r.slug = 'verblijfsvergunning-slachtoffer-mensenhandel';

insert into rule_deadline (rule_version_id, kind, period)
select v.id, 'REVIEW', 'P1Y'
from rule_version v join regulation r on r.id = v.regulation_id
where r.slug = 'verblijfsvergunning-slachtoffer-mensenhandel';
