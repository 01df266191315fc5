-- Places as people type them (issue 21): one spelling key for every municipality name and alias,
-- and the names of municipalities that merged away as dated aliases.
--
-- place_slug() is the SQL twin of Slugs.from() in the directory module (the key a URL uses):
-- accents stripped (NFD, combining marks removed), lower case, every run of other characters one
-- hyphen. So 'Súdwest-Fryslân', 'Sudwest Fryslan' and 'sudwest-fryslan' are one key, as are
-- "'s-Hertogenbosch" and 's-Hertogenbosch', and 'Hengelo (O.)' and 'Hengelo O'. The application
-- computes the typed text's key in Java; PlaceResolutionTest checks that both give the same key
-- for every name in these tables.
create function directory.place_slug(typed text) returns text
    language sql
    immutable
    parallel safe
    return regexp_replace(
        regexp_replace(lower(regexp_replace(normalize(typed, NFD), '[\u0300-\u036f]', '', 'g')),
                       '[^a-z0-9]+', '-', 'g'),
        '(^-+)|(-+$)', '', 'g');

-- The CBS name's key, and the key without CBS's disambiguation ('Bergen (NH.)' -> 'bergen'), which
-- replaces V3's plain_name.
alter table directory.municipality
    add column slug varchar(120) generated always as (directory.place_slug(name)) stored,
    add column plain_slug varchar(120)
        generated always as (directory.place_slug(regexp_replace(name, '\s*\([^)]*\)$', ''))) stored;
create index municipality_slug_idx on directory.municipality (slug);
create index municipality_plain_slug_idx on directory.municipality (plain_slug);
drop index directory.municipality_plain_name_idx;
alter table directory.municipality drop column plain_name;

-- Other names of a municipality. 'common': a name people use beside the CBS name ('Den Haag'),
-- always valid. 'former': the name of a municipality that merged into this one; it answers only
-- from the merger date (valid_from), and the answer says so. former_cbs_code is the old
-- municipality's CBS code, its last day the day before valid_from.
create table directory.place_name (
    id              bigint generated always as identity primary key,
    name            varchar(120) not null,
    slug            varchar(120) generated always as (directory.place_slug(name)) stored,
    municipality_id bigint       not null references directory.municipality (id) on delete cascade,
    kind            varchar(10)  not null check (kind in ('common', 'former')),
    valid_from      date,
    valid_until     date,
    former_cbs_code varchar(6) check (former_cbs_code ~ '^GM[0-9]{4}$'),
    source          varchar(200) not null,
    check (kind = 'common' or (valid_from is not null and former_cbs_code is not null)),
    check (valid_until is null or valid_from is null or valid_until >= valid_from),
    unique nulls not distinct (slug, valid_from)
);
create index place_name_slug_idx on directory.place_name (slug);

-- The rows of docs/research/municipality-aliases.csv (103 rows) of kinds 'former' (59) and
-- 'common' (26). Its 18 'plain' rows ('Sudwest Fryslan', 's-Gravenhage', 'Hengelo', ...) and the
-- common 'Bergen NH' and 'Bergen L' need no row: their key is the key of a CBS name (with or
-- without its disambiguation) or of another common name. The golden table
-- (directory-module test resources, places/golden-places.csv) checks every one of the 103.
--
-- Sources (keys as in docs/research/sources.md; consulted 2026-12-07):
--   blikopnieuws-2022  https://www.blikopnieuws.nl/nieuws/296914/aantal-gemeenten-daalt-tot-342-op-1-januari-2023.html
--                      (CBS, December 2022): Voorne aan Zee from 2023-01-01; Weesp in Amsterdam from 2022-03-24
--   nd-2021            https://www.nd.nl/nieuws/nederland/1076597/nederland-krimpt-vanaf-januari-tot-345-gemeenten
--                      (December 2021): the mergers of 2022-01-01 and Weesp
--   binnenlandsbestuur-2020  https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/nog-maar-weinig-herindelingen
--                      (2020-12-22): three municipalities disappear on 2021-01-01; the names Appingedam, Delfzijl
--                      and Loppersum (Eemsdelta from 2021-01-01) are confirmed by
--                      https://www.blikopnieuws.nl/nieuws/271627/gemeente-eemsdelta-is-de-naam-voor-delfzijl-appingedam-en-loppersum.html (2019-03)
--   blikopnieuws-2018  http://www.blikopnieuws.nl/nieuws/265496/eerste-kamer-akkoord-met-12-herindelingen-kijk-hier-welke-gemeenten-dat-zijn.html
--                      (July 2018): the twelve mergers of 2019-01-01
--   v3-migration       V3 of this schema (Den Haag, The Hague, Den Bosch, Hertogenbosch, Gravenhage)
--   vws-dashboard      the Ministry of VWS's corona dashboard, github.com/minvws/nl-covid19-data-dashboard,
--                      packages/common/src/data/gm.ts (commit 1705ac93, list of early 2022): search terms
--                      Den Haag, Den Bosch, Zuidwest-Friesland, Noordoost-Friesland, Tietjerksteradeel
--   cbs-name           the CBS name of V2 with its disambiguation spelled out ('Bergen Limburg')
--   cbs-knowledge, frisian-names: no source found; unconfirmed (the research notes say so)
-- Old CBS codes: those of the 2021-2023 mergers (Brielle GM0501, Hellevoetsluis GM0530, Westvoorne
-- GM0614, Weesp GM0457, and the 13 of 2021-2022) were checked on 2026-12-07 against the VWS list
-- above (which still lists Brielle, Hellevoetsluis, Westvoorne and Weesp with these codes) and
-- against two public data sets on GitHub that map them to their new municipality
-- (quintel/etdataset-public, curves/supply/script_utils/config/municipality_coordinates.py, and a
-- data-cleaning script mapping GM0370/0398/0416/0457/0501/0530/0614/0756/0786/0815/0856/1684/1685/
-- 1702/0003/0010/0024 to their successors). The codes of the 2019 and older mergers come from the
-- research notes' knowledge of the CBS code list and are not yet checked against CBS's
-- "Gemeentelijke indeling" tables.
insert into directory.place_name (name, municipality_id, kind, valid_from, former_cbs_code, source)
select v.name, m.id, v.kind, v.valid_from::date, v.former_cbs_code, v.source
from (values
    ('Brielle', 'GM1992', 'former', '2023-01-01', 'GM0501', 'blikopnieuws-2022;vws-dashboard'),
    ('Hellevoetsluis', 'GM1992', 'former', '2023-01-01', 'GM0530', 'blikopnieuws-2022;vws-dashboard'),
    ('Westvoorne', 'GM1992', 'former', '2023-01-01', 'GM0614', 'blikopnieuws-2022;vws-dashboard'),
    ('Weesp', 'GM0363', 'former', '2022-03-24', 'GM0457', 'blikopnieuws-2022;nd-2021;vws-dashboard'),
    ('Heerhugowaard', 'GM1980', 'former', '2022-01-01', 'GM0398', 'nd-2021'),
    ('Langedijk', 'GM1980', 'former', '2022-01-01', 'GM0416', 'nd-2021'),
    ('Landerd', 'GM1991', 'former', '2022-01-01', 'GM1685', 'nd-2021'),
    ('Uden', 'GM1991', 'former', '2022-01-01', 'GM0856', 'nd-2021'),
    ('Boxmeer', 'GM1982', 'former', '2022-01-01', 'GM0756', 'nd-2021'),
    ('Cuijk', 'GM1982', 'former', '2022-01-01', 'GM1684', 'nd-2021'),
    ('Grave', 'GM1982', 'former', '2022-01-01', 'GM0786', 'nd-2021'),
    ('Mill en Sint Hubert', 'GM1982', 'former', '2022-01-01', 'GM0815', 'nd-2021'),
    ('Sint Anthonis', 'GM1982', 'former', '2022-01-01', 'GM1702', 'nd-2021'),
    ('Beemster', 'GM0439', 'former', '2022-01-01', 'GM0370', 'nd-2021'),
    ('Appingedam', 'GM1979', 'former', '2021-01-01', 'GM0003', 'binnenlandsbestuur-2020'),
    ('Delfzijl', 'GM1979', 'former', '2021-01-01', 'GM0010', 'binnenlandsbestuur-2020'),
    ('Loppersum', 'GM1979', 'former', '2021-01-01', 'GM0024', 'binnenlandsbestuur-2020'),
    ('Haren', 'GM0014', 'former', '2019-01-01', 'GM0017', 'blikopnieuws-2018'),
    ('Ten Boer', 'GM0014', 'former', '2019-01-01', 'GM0009', 'blikopnieuws-2018'),
    ('Bedum', 'GM1966', 'former', '2019-01-01', 'GM0005', 'blikopnieuws-2018'),
    ('De Marne', 'GM1966', 'former', '2019-01-01', 'GM1663', 'blikopnieuws-2018'),
    ('Eemsmond', 'GM1966', 'former', '2019-01-01', 'GM1651', 'blikopnieuws-2018'),
    ('Winsum', 'GM1966', 'former', '2019-01-01', 'GM0053', 'blikopnieuws-2018'),
    ('Grootegast', 'GM1969', 'former', '2019-01-01', 'GM0015', 'blikopnieuws-2018'),
    ('Leek', 'GM1969', 'former', '2019-01-01', 'GM0022', 'blikopnieuws-2018'),
    ('Marum', 'GM1969', 'former', '2019-01-01', 'GM0025', 'blikopnieuws-2018'),
    ('Zuidhorn', 'GM1969', 'former', '2019-01-01', 'GM0056', 'blikopnieuws-2018'),
    ('Dongeradeel', 'GM1970', 'former', '2019-01-01', 'GM0058', 'blikopnieuws-2018'),
    ('Ferwerderadiel', 'GM1970', 'former', '2019-01-01', 'GM1722', 'blikopnieuws-2018'),
    ('Kollumerland en Nieuwkruisland', 'GM1970', 'former', '2019-01-01', 'GM0079', 'blikopnieuws-2018'),
    ('Binnenmaas', 'GM1963', 'former', '2019-01-01', 'GM0585', 'blikopnieuws-2018'),
    ('Cromstrijen', 'GM1963', 'former', '2019-01-01', 'GM0611', 'blikopnieuws-2018'),
    ('Korendijk', 'GM1963', 'former', '2019-01-01', 'GM0588', 'blikopnieuws-2018'),
    ('Oud-Beijerland', 'GM1963', 'former', '2019-01-01', 'GM0584', 'blikopnieuws-2018'),
    ('Strijen', 'GM1963', 'former', '2019-01-01', 'GM0617', 'blikopnieuws-2018'),
    ('Leerdam', 'GM1961', 'former', '2019-01-01', 'GM0545', 'blikopnieuws-2018'),
    ('Vianen', 'GM1961', 'former', '2019-01-01', 'GM0620', 'blikopnieuws-2018'),
    ('Zederik', 'GM1961', 'former', '2019-01-01', 'GM0707', 'blikopnieuws-2018'),
    ('Aalburg', 'GM1959', 'former', '2019-01-01', 'GM0738', 'blikopnieuws-2018'),
    ('Werkendam', 'GM1959', 'former', '2019-01-01', 'GM0870', 'blikopnieuws-2018'),
    ('Woudrichem', 'GM1959', 'former', '2019-01-01', 'GM0874', 'blikopnieuws-2018'),
    ('Nuth', 'GM1954', 'former', '2019-01-01', 'GM0951', 'blikopnieuws-2018'),
    ('Onderbanken', 'GM1954', 'former', '2019-01-01', 'GM0881', 'blikopnieuws-2018'),
    ('Schinnen', 'GM1954', 'former', '2019-01-01', 'GM0962', 'blikopnieuws-2018'),
    ('Haarlemmerliede en Spaarnwoude', 'GM0394', 'former', '2019-01-01', 'GM0393', 'blikopnieuws-2018'),
    ('Giessenlanden', 'GM1978', 'former', '2019-01-01', 'GM0689', 'blikopnieuws-2018'),
    ('Molenwaard', 'GM1978', 'former', '2019-01-01', 'GM1927', 'blikopnieuws-2018'),
    ('Noordwijkerhout', 'GM0575', 'former', '2019-01-01', 'GM0576', 'blikopnieuws-2018'),
    ('Geldermalsen', 'GM1960', 'former', '2019-01-01', 'GM0236', 'blikopnieuws-2018'),
    ('Lingewaal', 'GM1960', 'former', '2019-01-01', 'GM0733', 'blikopnieuws-2018'),
    ('Neerijnen', 'GM1960', 'former', '2019-01-01', 'GM0304', 'blikopnieuws-2018'),
    ('Spijkenisse', 'GM1930', 'former', '2015-01-01', 'GM0612', 'cbs-knowledge'),
    ('Bernisse', 'GM1930', 'former', '2015-01-01', 'GM0568', 'cbs-knowledge'),
    ('Bussum', 'GM1942', 'former', '2016-01-01', 'GM0381', 'cbs-knowledge'),
    ('Naarden', 'GM1942', 'former', '2016-01-01', 'GM0425', 'cbs-knowledge'),
    ('Muiden', 'GM1942', 'former', '2016-01-01', 'GM0424', 'cbs-knowledge'),
    ('Veghel', 'GM1948', 'former', '2017-01-01', 'GM0860', 'cbs-knowledge'),
    ('Schijndel', 'GM1948', 'former', '2017-01-01', 'GM0844', 'cbs-knowledge'),
    ('Sint-Oedenrode', 'GM1948', 'former', '2017-01-01', 'GM0846', 'cbs-knowledge'),
    ('Den Haag', 'GM0518', 'common', null, null, 'v3-migration;vws-dashboard'),
    ('The Hague', 'GM0518', 'common', null, null, 'v3-migration'),
    ('Den Bosch', 'GM0796', 'common', null, null, 'v3-migration;vws-dashboard'),
    ('Hertogenbosch', 'GM0796', 'common', null, null, 'v3-migration'),
    ('Gravenhage', 'GM0518', 'common', null, null, 'v3-migration'),
    ('Nuenen', 'GM0820', 'common', null, null, 'cbs-name'),
    ('Bergen Noord-Holland', 'GM0373', 'common', null, null, 'cbs-name'),
    ('Bergen Limburg', 'GM0893', 'common', null, null, 'cbs-name'),
    ('Zuidwest-Friesland', 'GM1900', 'common', null, null, 'vws-dashboard'),
    ('Noordoost-Friesland', 'GM1970', 'common', null, null, 'vws-dashboard'),
    ('De Friese Meren', 'GM1940', 'common', null, null, 'frisian-names'),
    ('Tietjerksteradeel', 'GM0737', 'common', null, null, 'vws-dashboard'),
    ('Dantumadeel', 'GM1891', 'common', null, null, 'frisian-names'),
    ('Ljouwert', 'GM0080', 'common', null, null, 'frisian-names'),
    ('Snits', 'GM1900', 'common', null, null, 'frisian-names'),
    ('Harns', 'GM0072', 'common', null, null, 'frisian-names'),
    ('It Hearrenfean', 'GM0074', 'common', null, null, 'frisian-names'),
    ('Smellingerlân', 'GM0090', 'common', null, null, 'frisian-names'),
    ('Opsterlân', 'GM0086', 'common', null, null, 'frisian-names'),
    ('Eaststellingwerf', 'GM0085', 'common', null, null, 'frisian-names'),
    ('Skylge', 'GM0093', 'common', null, null, 'frisian-names'),
    ('Flylân', 'GM0096', 'common', null, null, 'frisian-names'),
    ('It Amelân', 'GM0060', 'common', null, null, 'frisian-names'),
    ('Skiermûntseach', 'GM0088', 'common', null, null, 'frisian-names')
     ) as v(name, cbs_code, kind, valid_from, former_cbs_code, source)
         join directory.municipality m on m.cbs_code = v.cbs_code;

-- Every row must have found its municipality: a CBS code that is not in the list fails here.
do $$
begin
    if (select count(*) from directory.place_name) <> 83 then
        raise exception 'place_name: % rows, expected 83', (select count(*) from directory.place_name);
    end if;
end
$$;

-- V3's aliases are all in place_name now.
drop table directory.municipality_alias;
