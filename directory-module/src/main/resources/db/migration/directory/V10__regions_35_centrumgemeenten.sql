-- Care coordination for trafficking victims is organised per centrumgemeente region for women's
-- shelter / domestic violence (35 regions), not per safety region (the 25 of V2). This migration
-- replaces the one model by the other and moves everything that names a region, in one
-- transaction, and records what it moved in region_migration_report (docs/operations.md).
--
-- Which source and date each table follows (keys: reference_source below; research notes,
-- doubts and the search log in docs/research/sources.md, prepared 2026-12-07 from stored copies
-- of public pages; no page was fetched live):
-- * region: the 35 centrumgemeenten vrouwenopvang / geweld in huiselijke kring as the Ministry of
--   VWS lists them (RegioAtlas, regioatlas-vo, undated, consulted 2026-12-07); the names of all 35
--   central municipalities from valente-2022 (2022-07-18). Codes are the project's stable slugs of
--   the area; names are descriptive labels of our own, not official names.
-- * municipality: unchanged, the CBS list "Gemeentelijke indeling op 1 januari 2024" (V2): 342
--   municipalities, the count since the mergers of 1 January 2023 (blikopnieuws-2022). No stored
--   source announced a merger on 1 January 2024, 2025 or 2026 (searched 2026-12-07); check the CBS
--   list "Gemeentelijke indeling op 1 januari 2026" and add a merger as new dated assignments.
-- * region_assignment: every municipality in exactly one region, valid from 2023-01-01 (the day
--   the municipality list took its present form) with no end. Each row names its source key and,
--   where the sources name the municipality or a region whose membership is unambiguous,
--   confirmed = true (212 rows). The other 130 are confirmed = false with the reason the region was
--   chosen in note; editors see them as a worklist (/redactie/coordinatoren) until a source
--   settles them. A later merger or region change is a new row from its date, never an edit.
--
-- How references move (region_succession holds, per old region, the new regions that received
-- its municipalities and how many; "majority" marks the one that received most):
-- * a municipality: to the region of its assignment valid today;
-- * an organisation's service area: a service that served an old region serves every new region
--   that received one of that region's municipalities;
-- * coordination: a region whose code stays keeps its coordination; a new region gets a copy of
--   the coordination of the old region most of its municipalities came from (none if that one had
--   none: the national coordination takes over), so most municipalities keep the coordinator they
--   had until editors change it; the coordination of a region that disappears ends;
-- * a signal: to its municipality's region; without a municipality, to the majority successor of
--   its old region. A case: to the region most of its placed signals are in; without one, to the
--   majority successor. A bottleneck: to the majority successor;
-- * a user's regions (web.user_access, which caches Keycloak's answer): every new region that
--   received a municipality of an old one, so no coordinator loses a signal of a municipality
--   they served; an open grant proposal for a region that disappears becomes one proposal per
--   successor. Keycloak's own user attributes are updated by the step in docs/operations.md;
-- * an organisation profile still open in the editors' workflow: its services' regions as the
--   service areas.
-- The casework and web tables belong to later schemas: on a fresh database they do not exist yet
-- when this runs (nothing to move); on an existing one they are moved here, in the same
-- transaction, so there is never a moment with a row in a region that no longer exists.

create table reference_source (
    key       varchar(60)  primary key,
    url       varchar(300) not null,
    title     varchar(300) not null,
    -- the date as the source gives it ('2022-07-18', 'c. 2020', 'undated')
    published varchar(60)  not null
);
insert into reference_source (key, url, title, published) values
    ('regioatlas-vo', 'https://www.regioatlas.nl/indelingen/indelingen_indeling/t/centrumgemeenten_vrouwenopvang_geweld_in_huiselijke_kring', 'RegioAtlas, Centrumgemeenten vrouwenopvang / geweld in huiselijke kring (bron: VWS)', 'undated; consulted 2026-12-07'),
    ('valente-2022', 'https://www.valente.nl/nieuws/extra-middelen-aanpak-huiselijk-geweld/', 'Valente, "Van Ooijen: extra middelen aanpak huiselijk geweld"', '2022-07-18'),
    ('stcrt-2022-18613', 'https://zoek.officielebekendmakingen.nl/stcrt-2022-18613.html', 'Regeling specifieke uitkering regionaal projectleider aanpak huiselijk geweld en kindermishandeling 2022', '2022-07-08'),
    ('groningen-begroting-2020', 'https://groningen.begroting-2020.nl/p27065/4-2-4-beschermd-wonen-opvang-en-huiselijk-geweld', 'Gemeente Groningen, begroting 2020', '2019'),
    ('sdf-fries-actieplan', 'https://www.sdfryslan.nl/wmo/huiselijk-geweld-en-kindermishandeling', 'Sociaal Domein Fryslân, Huiselijk geweld en kindermishandeling', 'actieplan Feb 2020'),
    ('dvhn-drenthe-ghnt', 'https://dvhn.nl/drenthe/Te-weinig-zicht-op-huiselijk-geweld-in-Drenthe-25704870.html', 'DvhN, Nieuw actieplan huiselijk geweld Drenthe', 'undated (c. 2019)'),
    ('zwartewaterland-2014', 'https://www.genemuidenactueel.nl/2014/09/30/college-zwartewaterland-stemt-in-met-regiovisie-huiselijk-geweld/', 'Regiovisie Huiselijk Geweld IJsselland', '2014-09-30'),
    ('enschede-2023', 'https://www.enschede.nl/samen-cirkel-van-geweld-doorbreken', 'Gemeente Enschede, regiovisie 2023-2026', '2023-02-01'),
    ('apeldoorn-2024', 'https://www.apeldoorn.nl/college-van-b-en-w/ter-inzage/beleidsnota-s/samen-tegen-huiselijk-geweld-aanpak-geweld-in-afhankelijkheidsrelaties-2024-2028', 'Samen tegen huiselijk geweld 2024-2028', 'c. 2024'),
    ('hgnl-arnhem-achterhoek-2019', 'https://www.huiselijkgeweld.nl/publicaties/publicaties/2019/05/31/regiovisie-2019-2022-arnhem-achterhoek', 'Regiovisie 2019-2022 Arnhem-Achterhoek', '2019-05-31'),
    ('nijkerk-2020', 'https://www.nijkerkerveen.org/nijkerk-ondertekent-regiovisie-geweld-hoort-nergens-thuis/', 'Nijkerk ondertekent regiovisie West Veluwe Vallei', 'c. 2020 (visie 2020-2024)'),
    ('mlw-2020', 'https://www.sociaaldomeinmlw.nl/regiovisie-huiselijk-geweld-en-kindermishandeling/', 'Regiovisie Noord- en Midden-Limburg', '2020'),
    ('limburger-2020', 'https://www.limburger.nl/cnt/dmf20200110_00141342', 'Slachtoffers huiselijk geweld via Veilig Thuis naar opvang elders', '2020-01-10'),
    ('woerden-rpl', 'https://archief.rplwoerden.nl/college-beantwoordt-vragen-vrouwenopvang/', 'College beantwoordt vragen vrouwenopvang', 'undated'),
    ('utrecht-huisverbod-2010', 'http://docplayer.nl/32441900-Evaluatie-wet-tijdelijk-huisverbod.html', 'Evaluatie Wet tijdelijk huisverbod, gemeente Utrecht', '2010-06'),
    ('almere-2011', 'https://www.blikopnieuws.nl/2011/regiovisie-huiselijk-geweld-en-kindermishandeling', 'Regiovisie huiselijk geweld (Almere)', '2011-02-22'),
    ('nhd-2017', 'http://www.noordhollandsdagblad.nl/stadstreek/schagen/article29053881.ece/Jubilerend-Blijf-van-mn-Lijf-zit-altijd-vol', 'Jubilerend Blijf van m''n Lijf zit altijd vol', '2017-03-08'),
    ('hgnl-nhn-2014', 'https://www.huiselijkgeweld.nl/nieuws/2014/131014_regiovisie-noord-holland-noord-klaar', 'Regiovisie Noord-Holland-Noord klaar', '2014-10-13'),
    ('medemblik-2020', 'https://www.medemblikactueel.nl/2020/09/10/15-gemeenten-samen-hand-in-hand-tegen-huiselijk-geweld-en-kindermishandeling/', '15 gemeenten tegen huiselijk geweld', '2020-09-10'),
    ('zaandam-2020', 'https://www.zaandamsdagblad.nl/gemeente/zaanstad-in-actie-tegen-huiselijk-geweld', 'Zaanstad in actie tegen huiselijk geweld', 'c. 2020'),
    ('sigra-zw', 'https://www.sigra.nl/regiobeeld-biedt-interessante-blik-op-transformatieopgave-van-zaanstreek-waterland', 'Regiobeeld Zaanstreek-Waterland', 'undated'),
    ('beverwijk-2020', 'https://www.beverwijk.nl/kindermishandeling-2020-2024', 'Regiovisie Kennemerland 2020-2024', '2020-11-20'),
    ('vanbergen-2010', 'https://www.michelvanbergen.nl/2010/06/15/samenwerkingsovereenkomst-tegen-huiselijk-geweld-ondertekend/', 'Samenwerkingsovereenkomst huiselijk geweld Kennemerland', '2010-06-15'),
    ('hgnl-amsterdam-2015', 'https://www.huiselijkgeweld.nl/publicaties/publicaties/2015/01/31/regiovisie-amsterdam-amstelland-2015-2020', 'Regioaanpak 2015-2020 Amsterdam-Amstelland', '2015-01-31'),
    ('regiogv-2021', 'https://5dok.net/document/yd7mp3g6-beleidsplan-bescherming-opvang-gooi-vechtstreek-verbindingherstel-herstel.html', 'Beleidsplan Bescherming & Opvang Gooi en Vechtstreek 2022-2025', '2021-10-07'),
    ('zoetermeer-2025', 'https://vvdzoetermeer.nl/2025/12/vvd-blijvend-waakzaam-tegen-huiselijk-geweld', 'Regiovisie Huiselijk Geweld Haaglanden adopted in Zoetermeer', '2025-12-15'),
    ('delft-ris-2026', 'https://ris.delft.nl/tag/sociaal-domein-en-wonen', 'Commissie leest in sociale visies weinig om op tegen te zijn', '2026-01-23'),
    ('oegstgeest-2023', 'https://www.oegstgeest.nl/inwoners/actueel/nieuwsoverzicht/artikel/inspraak-op-regiovisie-aanpak-huiselijk-geweld-hollands-midden-2024-2028', 'Inspraak regiovisie Hollands Midden 2024-2028', '2023-10-24 (decision)'),
    ('albrandswaard-2020', 'https://5dok.net/document/qmj66pgw-geweld-hoort-nergens-thuis.html', 'Raadsinformatiebrief Albrandswaard, regiovisie Rotterdam-Rijnmond', '2020-03-24'),
    ('vlaardingen-2016', 'http://www.stukadoorsmaatschap.nl/2016/11/snelle-en-passende-hulp-bij-huiselijk-geweld/', 'Interview, gemeente Vlaardingen (republished on an unrelated site)', '2016-11'),
    ('hgnl-zhe-2014', 'https://www.huiselijkgeweld.nl/nieuws/2014/230714_gemeente-zuid-hollandse-eilanden-pakken-huiselijk-geweld-samen-aan', 'Zuid-Hollandse eilanden pakken huiselijk geweld samen aan', '2014-07-23'),
    ('hetkontakt-zhz-2020', 'https://www.hetkontakt.nl/regio/alblasserwaard/228506/regiogemeenten-willen-af-van-alle-vormen-van-huiselijk-geweld', 'Regiogemeenten willen af van huiselijk geweld', '2020-06'),
    ('zeeland-regiovisie-2019', 'https://lokaleregelgeving.overheid.nl/CVDR631954', 'Regiovisie aanpak huiselijk geweld en kindermishandeling Zeeland 2019-2023', 'in force from 2019-12-19'),
    ('westbrabant-2013', 'http://regioaanpakveiligthuis.nl/nieuws/samenwerking-huiselijk-geweld-west-brabant-beklonken', 'Samenwerking huiselijk geweld West-Brabant beklonken', '2013-06-25'),
    ('hvb-2019', 'https://www.regio-hartvanbrabant.nl/projectenoverzicht/regionaal-programma-huiselijk-geweld-en-kindermishandeling', 'Regionaal programma huiselijk geweld Hart van Brabant', '2019-2021'),
    ('plaatsengids-hvb', 'https://plaatsengids.nl/hart-van-brabant', 'Hart van Brabant', 'undated'),
    ('nu-eindhoven-2019', 'https://www.nu.nl/eindhoven/5844081/fors-meer-meldingen-van-huiselijk-geweld-in-regio-eindhoven.html', 'Fors meer meldingen in regio Eindhoven', '2019-04'),
    ('peelregio-pva', 'https://docplayer.nl/amp/46760230-plan-van-aanpak-huiselijk-geweld-peelregio.html', 'Plan van aanpak Huiselijk Geweld Peelregio', 'undated'),
    ('regioaanpak-zl-2013', 'http://regioaanpakveiligthuis.nl/nieuws/geslaagde-startbijeenkomst-regiovisie-veilig-thuis-zuid-limburg', 'Startbijeenkomst regiovisie Zuid-Limburg', '2013-12-10'),
    ('hgnl-amhk-2013', 'https://www.huiselijkgeweld.nl/beleid/gemeentelijk/regio-indeling-bij-de-vorming-van-amhk', 'Regio-indeling bij de vorming van AMHK', '2013-12-05'),
    ('vng-ghnt-28', 'https://vng.nl/artikelen/regionale-projectleiders-28-bestuurlijke-netwerken', 'Regionale projectleiders, 28 bestuurlijke netwerken', 'undated'),
    ('blikopnieuws-2022', 'https://www.blikopnieuws.nl/nieuws/296914/aantal-gemeenten-daalt-tot-342-op-1-januari-2023.html', 'Aantal gemeenten daalt tot 342 op 1 januari 2023 (CBS)', '2022-12'),
    ('nd-2021', 'https://www.nd.nl/nieuws/nederland/1076597/nederland-krimpt-vanaf-januari-tot-345-gemeenten', 'Nederland krimpt tot 345 gemeenten', '2021-12'),
    ('blikopnieuws-2018', 'http://www.blikopnieuws.nl/nieuws/265496/eerste-kamer-akkoord-met-12-herindelingen-kijk-hier-welke-gemeenten-dat-zijn.html', 'Eerste Kamer akkoord met 12 herindelingen', '2018-07'),
    ('binnenlandsbestuur-2020', 'https://www.binnenlandsbestuur.nl/bestuur-en-organisatie/nog-maar-weinig-herindelingen', 'Nog maar mondjesmaat herindelingen', '2020-12-22');

-- What this migration moved: one line per kind of row, old region and new region.
create table region_migration_report (
    id          bigserial    primary key,
    kind        varchar(40)  not null,
    old_region  varchar(40),
    new_region  varchar(40),
    count       integer      not null check (count >= 0),
    migrated_at timestamptz  not null default now()
);

create table region_succession (
    old_region     varchar(40) not null,
    new_region     varchar(40) not null,
    municipalities integer     not null check (municipalities > 0),
    majority       boolean     not null default false,
    primary key (old_region, new_region)
);

create table region_assignment (
    id              bigserial     primary key,
    municipality_id bigint        not null references municipality (id) on delete cascade,
    region_id       bigint        not null references region (id),
    valid_from      date          not null,
    valid_until     date,
    confirmed       boolean       not null,
    source          varchar(300)  not null,
    note            varchar(1000),
    version         bigint        not null default 0,
    check (valid_until is null or valid_until >= valid_from),
    -- an unconfirmed assignment says why this region was chosen
    check (confirmed or note is not null)
);
create unique index region_assignment_from_idx on region_assignment (municipality_id, valid_from);
create unique index region_assignment_open_idx on region_assignment (municipality_id)
    where valid_until is null;
create index region_assignment_region_idx on region_assignment (region_id);
create index region_assignment_unconfirmed_idx on region_assignment (municipality_id)
    where not confirmed;

alter table region add column central_municipality_id bigint references municipality (id);

-- Each municipality's region before the change.
create temporary table old_place on commit drop as
select m.id as municipality_id, r.code as old_code
from municipality m join region r on r.id = m.region_id;

create temporary table new_region (
    code    varchar(40) primary key,
    name    varchar(120) not null,
    central varchar(6)  not null
) on commit drop;
insert into new_region (code, name, central) values
    ('groningen', 'Groningen', 'GM0014'),
    ('fryslan', 'Fryslân', 'GM0080'),
    ('drenthe', 'Drenthe', 'GM0114'),
    ('ijsselland', 'IJsselland', 'GM0193'),
    ('twente', 'Twente', 'GM0153'),
    ('oost-veluwe', 'Oost-Veluwe en Noord-Veluwe', 'GM0200'),
    ('centraal-gelderland', 'Centraal Gelderland en Achterhoek', 'GM0202'),
    ('west-veluwe-vallei', 'West-Veluwe Vallei', 'GM0228'),
    ('gelderland-zuid', 'Gelderland-Zuid', 'GM0268'),
    ('utrecht', 'Utrecht', 'GM0344'),
    ('eemland', 'Eemland', 'GM0307'),
    ('flevoland', 'Flevoland', 'GM0034'),
    ('kop-van-noord-holland', 'Kop van Noord-Holland', 'GM0400'),
    ('noord-kennemerland-west-friesland', 'Noord-Kennemerland en West-Friesland', 'GM0361'),
    ('zaanstreek-waterland', 'Zaanstreek-Waterland', 'GM0479'),
    ('kennemerland', 'Kennemerland', 'GM0392'),
    ('amsterdam-amstelland', 'Amsterdam-Amstelland', 'GM0363'),
    ('gooi-en-vechtstreek', 'Gooi en Vechtstreek', 'GM0402'),
    ('haaglanden', 'Haaglanden', 'GM0518'),
    ('delft', 'Delft en omgeving', 'GM0503'),
    ('holland-rijnland', 'Holland Rijnland', 'GM0546'),
    ('midden-holland', 'Midden-Holland', 'GM0513'),
    ('rotterdam-rijnmond', 'Rotterdam-Rijnmond', 'GM0599'),
    ('nieuwe-waterweg-noord', 'Nieuwe Waterweg Noord', 'GM0622'),
    ('zuid-hollandse-eilanden', 'Zuid-Hollandse Eilanden', 'GM1930'),
    ('zuid-holland-zuid', 'Zuid-Holland Zuid', 'GM0505'),
    ('zeeland', 'Zeeland', 'GM0718'),
    ('west-brabant', 'West-Brabant', 'GM0758'),
    ('hart-van-brabant', 'Hart van Brabant', 'GM0855'),
    ('noordoost-brabant', 'Noordoost-Brabant', 'GM0796'),
    ('zuidoost-brabant', 'Zuidoost-Brabant', 'GM0772'),
    ('de-peel', 'De Peel', 'GM0794'),
    ('noord-en-midden-limburg', 'Noord- en Midden-Limburg', 'GM0983'),
    ('maastricht-heuvelland', 'Maastricht-Heuvelland', 'GM0935'),
    ('parkstad-westelijke-mijnstreek', 'Parkstad en Westelijke Mijnstreek', 'GM0917');

update region r set name = n.name, version = r.version + 1
from new_region n where n.code = r.code and r.name <> n.name;
insert into region (code, name)
select n.code, n.name from new_region n where not exists (select 1 from region r where r.code = n.code);
update region r set central_municipality_id = m.id
from new_region n join municipality m on m.cbs_code = n.central where n.code = r.code;

insert into region_assignment (municipality_id, region_id, valid_from, confirmed, source, note)
select m.id, r.id, date '2023-01-01', v.confirmed, v.source, nullif(v.note, '')
from (values
    ('GM0014', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM0034', 'flevoland', true, 'almere-2011', 'Flevoland-wide regiovisie adopted by Almere after convenants of the Flevolandse gemeenten; municipalities not named individually'),
    ('GM0037', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM0047', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM0050', 'flevoland', true, 'almere-2011', 'Flevoland-wide regiovisie adopted by Almere after convenants of the Flevolandse gemeenten; municipalities not named individually'),
    ('GM0059', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0060', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0072', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0074', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0080', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0085', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0086', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0088', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0090', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0093', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0096', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0098', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0106', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM0109', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM0114', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM0118', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM0119', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM0141', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0147', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0148', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0150', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0153', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0158', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0160', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0163', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0164', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0166', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0168', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0171', 'flevoland', true, 'almere-2011', 'Flevoland-wide regiovisie adopted by Almere after convenants of the Flevolandse gemeenten; municipalities not named individually'),
    ('GM0173', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0175', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0177', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0180', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0183', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0184', 'flevoland', true, 'almere-2011', 'Flevoland-wide regiovisie adopted by Almere after convenants of the Flevolandse gemeenten; municipalities not named individually'),
    ('GM0189', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM0193', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM0197', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM0200', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0202', 'centraal-gelderland', true, 'valente-2022', 'central municipality'),
    ('GM0203', 'west-veluwe-vallei', true, 'nijkerk-2020', 'named: West Veluwe Vallei regiovisie 2020-2024 (Barneveld, Ede, Nijkerk, Scherpenzeel, Wageningen)'),
    ('GM0209', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0213', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0214', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0216', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0221', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0222', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM0225', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0226', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0228', 'west-veluwe-vallei', true, 'nijkerk-2020', 'named: West Veluwe Vallei regiovisie 2020-2024 (Barneveld, Ede, Nijkerk, Scherpenzeel, Wageningen)'),
    ('GM0230', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0232', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0233', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0243', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0244', 'oost-veluwe', false, 'apeldoorn-2024', 'not named; fits the count of 14 in the Apeldoorn regiovisie (12 certain members + Heerde + Hattem); Hattem also works with Zwolle on some tasks - verify'),
    ('GM0246', 'oost-veluwe', false, 'apeldoorn-2024', 'not named; fits the count of 14 in the Apeldoorn regiovisie (12 certain members + Heerde + Hattem); Hattem also works with Zwolle on some tasks - verify'),
    ('GM0252', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0262', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0263', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0267', 'west-veluwe-vallei', true, 'nijkerk-2020', 'named: West Veluwe Vallei regiovisie 2020-2024 (Barneveld, Ede, Nijkerk, Scherpenzeel, Wageningen)'),
    ('GM0268', 'gelderland-zuid', true, 'valente-2022', 'central municipality'),
    ('GM0269', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0273', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0274', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0275', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0277', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0279', 'west-veluwe-vallei', true, 'nijkerk-2020', 'named: West Veluwe Vallei regiovisie 2020-2024 (Barneveld, Ede, Nijkerk, Scherpenzeel, Wageningen)'),
    ('GM0281', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0285', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0289', 'west-veluwe-vallei', true, 'nijkerk-2020', 'named: West Veluwe Vallei regiovisie 2020-2024 (Barneveld, Ede, Nijkerk, Scherpenzeel, Wageningen)'),
    ('GM0293', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0294', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM0296', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0297', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0299', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM0301', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0302', 'oost-veluwe', true, 'apeldoorn-2024', 'one of the 14 gemeenten of Noord-Veluwe and Midden-IJssel/Oost-Veluwe in the Apeldoorn regiovisie 2024-2028'),
    ('GM0303', 'flevoland', true, 'almere-2011', 'Flevoland-wide regiovisie adopted by Almere after convenants of the Flevolandse gemeenten; municipalities not named individually'),
    ('GM0307', 'eemland', true, 'valente-2022', 'central municipality'),
    ('GM0308', 'eemland', false, '', 'inferred: Eemland (regio Amersfoort) minus Eemnes (Gooi) and Nijkerk (Ede); Utrecht and Amersfoort were separate centrumgebieden (utrecht-huisverbod-2010)'),
    ('GM0310', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0312', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0313', 'eemland', false, '', 'inferred: Eemland (regio Amersfoort) minus Eemnes (Gooi) and Nijkerk (Ede); Utrecht and Amersfoort were separate centrumgebieden (utrecht-huisverbod-2010)'),
    ('GM0317', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM0321', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0327', 'eemland', false, '', 'inferred: Eemland (regio Amersfoort) minus Eemnes (Gooi) and Nijkerk (Ede); Utrecht and Amersfoort were separate centrumgebieden (utrecht-huisverbod-2010)'),
    ('GM0331', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0335', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0339', 'utrecht', false, '', 'inferred: Utrecht-province member of FoodValley; not in the Ede (West Veluwe Vallei) regiovisie, so Utrecht or Amersfoort - verify'),
    ('GM0340', 'utrecht', false, '', 'inferred: Utrecht-province member of FoodValley; not in the Ede (West Veluwe Vallei) regiovisie, so Utrecht or Amersfoort - verify'),
    ('GM0342', 'eemland', false, '', 'inferred: Eemland (regio Amersfoort) minus Eemnes (Gooi) and Nijkerk (Ede); Utrecht and Amersfoort were separate centrumgebieden (utrecht-huisverbod-2010)'),
    ('GM0344', 'utrecht', true, 'valente-2022', 'central municipality'),
    ('GM0345', 'utrecht', false, '', 'inferred: Utrecht-province member of FoodValley; not in the Ede (West Veluwe Vallei) regiovisie, so Utrecht or Amersfoort - verify'),
    ('GM0351', 'eemland', false, '', 'inferred: Eemland (regio Amersfoort) minus Eemnes (Gooi) and Nijkerk (Ede); Utrecht and Amersfoort were separate centrumgebieden (utrecht-huisverbod-2010)'),
    ('GM0352', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0353', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0355', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0356', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0358', 'amsterdam-amstelland', true, 'hgnl-amsterdam-2015', 'named in the regiovisie Amsterdam-Amstelland 2015-2020'),
    ('GM0361', 'noord-kennemerland-west-friesland', true, 'valente-2022', 'central municipality'),
    ('GM0362', 'amsterdam-amstelland', true, 'hgnl-amsterdam-2015', 'named in the regiovisie Amsterdam-Amstelland 2015-2020'),
    ('GM0363', 'amsterdam-amstelland', true, 'hgnl-amsterdam-2015', 'named in the regiovisie Amsterdam-Amstelland 2015-2020'),
    ('GM0373', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0375', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0376', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM0377', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0383', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0384', 'amsterdam-amstelland', true, 'hgnl-amsterdam-2015', 'named in the regiovisie Amsterdam-Amstelland 2015-2020'),
    ('GM0385', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0388', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0392', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0394', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0396', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0397', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0399', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0400', 'kop-van-noord-holland', true, 'nhd-2017', 'Den Helder centrumgemeente for the four gemeenten of the Kop van Noord-Holland'),
    ('GM0402', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM0405', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0406', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM0415', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0417', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM0420', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0431', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0432', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0437', 'amsterdam-amstelland', true, 'hgnl-amsterdam-2015', 'named in the regiovisie Amsterdam-Amstelland 2015-2020'),
    ('GM0439', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0441', 'kop-van-noord-holland', true, 'nhd-2017', 'Den Helder centrumgemeente for the four gemeenten of the Kop van Noord-Holland'),
    ('GM0448', 'kop-van-noord-holland', true, 'nhd-2017', 'Den Helder centrumgemeente for the four gemeenten of the Kop van Noord-Holland'),
    ('GM0450', 'noord-kennemerland-west-friesland', false, 'beverwijk-2020', 'inferred: in Kennemerland''s list of 10 in 2010 (vanbergen-2010) but not among the 8 Kennemerland gemeenten of 2020; works with regio Alkmaar - Haarlem remains possible'),
    ('GM0451', 'amsterdam-amstelland', true, 'hgnl-amsterdam-2015', 'named in the regiovisie Amsterdam-Amstelland 2015-2020'),
    ('GM0453', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0473', 'kennemerland', true, 'beverwijk-2020', 'named among the 8 Kennemerland gemeenten of the regiovisie 2020-2024; Haarlem is centrumgemeente vrouwenopvang (vanbergen-2010)'),
    ('GM0479', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0482', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0484', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0489', 'rotterdam-rijnmond', false, 'albrandswaard-2020', 'in the joint Rotterdam-Rijnmond regiovisie; assignment to Rotterdam rather than Vlaardingen/Nissewaard is inferred'),
    ('GM0498', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0502', 'rotterdam-rijnmond', false, 'albrandswaard-2020', 'in the joint Rotterdam-Rijnmond regiovisie; assignment to Rotterdam rather than Vlaardingen/Nissewaard is inferred'),
    ('GM0503', 'delft', true, 'valente-2022', 'central municipality'),
    ('GM0505', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0512', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0513', 'midden-holland', true, 'valente-2022', 'central municipality'),
    ('GM0518', 'haaglanden', true, 'valente-2022', 'central municipality'),
    ('GM0523', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0531', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0532', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM0534', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0537', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0542', 'rotterdam-rijnmond', false, 'albrandswaard-2020', 'in the joint Rotterdam-Rijnmond regiovisie; assignment to Rotterdam rather than Vlaardingen/Nissewaard is inferred'),
    ('GM0546', 'holland-rijnland', true, 'valente-2022', 'central municipality'),
    ('GM0547', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0553', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0556', 'nieuwe-waterweg-noord', true, 'vlaardingen-2016', 'Vlaardingen centrumgemeente for huiselijk geweld and vrouwenopvang on behalf of Schiedam and Maassluis'),
    ('GM0569', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0575', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0579', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0589', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0590', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0597', 'rotterdam-rijnmond', false, 'albrandswaard-2020', 'in the joint Rotterdam-Rijnmond regiovisie; assignment to Rotterdam rather than Vlaardingen/Nissewaard is inferred'),
    ('GM0599', 'rotterdam-rijnmond', true, 'valente-2022', 'central municipality'),
    ('GM0603', 'haaglanden', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by centrumgemeenten Delft and Den Haag (delft-ris-2026); the split between the two is inferred'),
    ('GM0606', 'nieuwe-waterweg-noord', true, 'vlaardingen-2016', 'Vlaardingen centrumgemeente for huiselijk geweld and vrouwenopvang on behalf of Schiedam and Maassluis'),
    ('GM0610', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0613', 'rotterdam-rijnmond', false, 'albrandswaard-2020', 'in the joint Rotterdam-Rijnmond regiovisie; assignment to Rotterdam rather than Vlaardingen/Nissewaard is inferred'),
    ('GM0622', 'nieuwe-waterweg-noord', true, 'vlaardingen-2016', 'Vlaardingen centrumgemeente for huiselijk geweld and vrouwenopvang on behalf of Schiedam and Maassluis'),
    ('GM0626', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0627', 'midden-holland', false, 'oegstgeest-2023', 'Hollands Midden joint regiovisie; assignment to Gouda (Midden-Holland) is inferred'),
    ('GM0629', 'haaglanden', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by centrumgemeenten Delft and Den Haag (delft-ris-2026); the split between the two is inferred'),
    ('GM0632', 'utrecht', true, 'woerden-rpl', 'Woerden council: afspraken huiselijk geweld with centrumgemeente Utrecht'),
    ('GM0637', 'haaglanden', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by centrumgemeenten Delft and Den Haag (delft-ris-2026); the split between the two is inferred'),
    ('GM0638', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM0642', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM0654', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0664', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0668', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM0677', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0678', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0687', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0703', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0715', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0716', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0717', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0718', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM0736', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM0737', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM0743', 'de-peel', false, 'peelregio-pva', 'inferred: Peelregio (GR Regionaal Kompas Peelregio: Asten, Deurne, Gemert-Bakel, Helmond, Laarbeek, Someren) has its own plan van aanpak huiselijk geweld; VO link to Helmond not stated'),
    ('GM0744', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0748', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0753', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0755', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM0757', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM0758', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0762', 'de-peel', false, 'peelregio-pva', 'inferred: Peelregio (GR Regionaal Kompas Peelregio: Asten, Deurne, Gemert-Bakel, Helmond, Laarbeek, Someren) has its own plan van aanpak huiselijk geweld; VO link to Helmond not stated'),
    ('GM0765', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM0766', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0770', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0772', 'zuidoost-brabant', true, 'valente-2022', 'central municipality'),
    ('GM0777', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0779', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0784', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0785', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0794', 'de-peel', true, 'valente-2022', 'central municipality'),
    ('GM0796', 'noordoost-brabant', true, 'valente-2022', 'central municipality'),
    ('GM0797', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0798', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0809', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0820', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0823', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0824', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0826', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0828', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM0840', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0845', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM0847', 'de-peel', false, 'peelregio-pva', 'inferred: Peelregio (GR Regionaal Kompas Peelregio: Asten, Deurne, Gemert-Bakel, Helmond, Laarbeek, Someren) has its own plan van aanpak huiselijk geweld; VO link to Helmond not stated'),
    ('GM0848', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0851', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0852', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0855', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0858', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0861', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0865', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM0866', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM0867', 'hart-van-brabant', true, 'hvb-2019', 'Regio Hart van Brabant huiselijk geweld programme; the nine members per plaatsengids-hvb (Heusden joined the region in 2013)'),
    ('GM0873', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0879', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM0880', 'zaanstreek-waterland', true, 'zaandam-2020', 'regional action plan Zaanstreek-Waterland; members of the region per sigra-zw'),
    ('GM0882', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; assignment to Heerlen (Parkstad) is inferred'),
    ('GM0888', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; Westelijke Mijnstreek could belong to Heerlen or Maastricht - Heerlen chosen as guess, verify'),
    ('GM0889', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0893', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0899', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; assignment to Heerlen (Parkstad) is inferred'),
    ('GM0907', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0917', 'parkstad-westelijke-mijnstreek', true, 'valente-2022', 'central municipality'),
    ('GM0928', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; assignment to Heerlen (Parkstad) is inferred'),
    ('GM0935', 'maastricht-heuvelland', true, 'valente-2022', 'central municipality'),
    ('GM0938', 'maastricht-heuvelland', false, 'regioaanpak-zl-2013', 'Zuid-Limburg (2 centrumgemeenten + 16 regiogemeenten in 2013) has one regiovisie; assignment to Maastricht (Maastricht-Heuvelland) is inferred'),
    ('GM0944', 'gelderland-zuid', false, 'mlw-2020', 'inferred: not among the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord has 15); works with Rijk van Nijmegen in the social domain'),
    ('GM0946', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0957', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0965', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; assignment to Heerlen (Parkstad) is inferred'),
    ('GM0971', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; Westelijke Mijnstreek could belong to Heerlen or Maastricht - Heerlen chosen as guess, verify'),
    ('GM0981', 'maastricht-heuvelland', false, 'regioaanpak-zl-2013', 'Zuid-Limburg (2 centrumgemeenten + 16 regiogemeenten in 2013) has one regiovisie; assignment to Maastricht (Maastricht-Heuvelland) is inferred'),
    ('GM0983', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0984', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0986', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; assignment to Heerlen (Parkstad) is inferred'),
    ('GM0988', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM0994', 'maastricht-heuvelland', false, 'regioaanpak-zl-2013', 'Zuid-Limburg (2 centrumgemeenten + 16 regiogemeenten in 2013) has one regiovisie; assignment to Maastricht (Maastricht-Heuvelland) is inferred'),
    ('GM0995', 'flevoland', true, 'almere-2011', 'Flevoland-wide regiovisie adopted by Almere after convenants of the Flevolandse gemeenten; municipalities not named individually'),
    ('GM1507', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM1509', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM1525', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM1581', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM1586', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM1598', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM1621', 'rotterdam-rijnmond', false, 'albrandswaard-2020', 'inferred: safety region and Veilig Thuis Rotterdam-Rijnmond; Delft (Oostland) is the alternative - verify'),
    ('GM1640', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM1641', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM1652', 'de-peel', false, 'peelregio-pva', 'inferred: Peelregio (GR Regionaal Kompas Peelregio: Asten, Deurne, Gemert-Bakel, Helmond, Laarbeek, Someren) has its own plan van aanpak huiselijk geweld; VO link to Helmond not stated'),
    ('GM1655', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM1658', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM1659', 'de-peel', false, 'peelregio-pva', 'inferred: Peelregio (GR Regionaal Kompas Peelregio: Asten, Deurne, Gemert-Bakel, Helmond, Laarbeek, Someren) has its own plan van aanpak huiselijk geweld; VO link to Helmond not stated'),
    ('GM1667', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM1669', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM1674', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM1676', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM1680', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1681', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1690', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1695', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM1696', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM1699', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1700', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM1701', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1705', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM1706', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM1708', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM1709', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM1711', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM1714', 'zeeland', true, 'zeeland-regiovisie-2019', 'Zeeland-wide regiovisie of the Zeeuwse gemeenten; Vlissingen centrumgemeente per valente-2022'),
    ('GM1719', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM1721', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM1723', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM1724', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM1728', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM1729', 'maastricht-heuvelland', false, 'regioaanpak-zl-2013', 'Zuid-Limburg (2 centrumgemeenten + 16 regiogemeenten in 2013) has one regiovisie; assignment to Maastricht (Maastricht-Heuvelland) is inferred'),
    ('GM1730', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1731', 'drenthe', true, 'dvhn-drenthe-ghnt', 'Drenthe-wide regiovisie huiselijk geweld led by Emmen; the source names the province, not each municipality'),
    ('GM1734', 'centraal-gelderland', false, 'hgnl-arnhem-achterhoek-2019', 'inferred: Centraal Gelderland (safety region Gelderland-Midden minus the Ede group); the source names ''regio Arnhem'' but not its members'),
    ('GM1735', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM1740', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM1742', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM1771', 'zuidoost-brabant', false, 'nu-eindhoven-2019', 'inferred: one of the 21 gemeenten of Veilig Thuis Zuidoost-Brabant outside De Peel; Eindhoven/Helmond split not confirmed'),
    ('GM1773', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM1774', 'twente', true, 'enschede-2023', 'regiovisie 2023-2026 of the 14 Twentse gemeenten with Enschede as centrumgemeente'),
    ('GM1783', 'delft', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by Delft and Den Haag (delft-ris-2026); assignment to Delft (Delfland/Westland side) is inferred'),
    ('GM1842', 'delft', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by Delft and Den Haag (delft-ris-2026); assignment to Delft (Delfland/Westland side) is inferred'),
    ('GM1859', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM1876', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM1883', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; Westelijke Mijnstreek could belong to Heerlen or Maastricht - Heerlen chosen as guess, verify'),
    ('GM1884', 'holland-rijnland', false, 'oegstgeest-2023', 'Hollands Midden has one regiovisie adopted by Leiden for all its gemeenten; the Leiden/Gouda split along Holland Rijnland / Midden-Holland is inferred'),
    ('GM1891', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM1892', 'midden-holland', false, 'oegstgeest-2023', 'Hollands Midden joint regiovisie; assignment to Gouda (Midden-Holland) is inferred'),
    ('GM1894', 'noord-en-midden-limburg', true, 'mlw-2020', 'one of the 14 gemeenten of the Noord- en Midden-Limburg regiovisie (safety region Limburg-Noord minus Mook en Middelaar); Venlo responsible for vrouwenopvang (limburger-2020)'),
    ('GM1895', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM1896', 'ijsselland', true, 'zwartewaterland-2014', 'named in the Regiovisie Huiselijk Geweld IJsselland (2014)'),
    ('GM1900', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM1901', 'midden-holland', false, 'oegstgeest-2023', 'Hollands Midden joint regiovisie; assignment to Gouda (Midden-Holland) is inferred'),
    ('GM1903', 'maastricht-heuvelland', false, 'regioaanpak-zl-2013', 'Zuid-Limburg (2 centrumgemeenten + 16 regiogemeenten in 2013) has one regiovisie; assignment to Maastricht (Maastricht-Heuvelland) is inferred'),
    ('GM1904', 'utrecht', false, '', 'inferred: province of Utrecht outside Eemland; no VO source found'),
    ('GM1911', 'kop-van-noord-holland', true, 'nhd-2017', 'Den Helder centrumgemeente for the four gemeenten of the Kop van Noord-Holland'),
    ('GM1916', 'haaglanden', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by centrumgemeenten Delft and Den Haag (delft-ris-2026); the split between the two is inferred'),
    ('GM1924', 'zuid-hollandse-eilanden', true, 'hgnl-zhe-2014', 'Zuid-Hollandse Eilanden regiovisie (Voorne-Putten, Goeree-Overflakkee; Hoeksche Waard took part in 2014 but is in ZHZ by 2020); Voorne aan Zee = former Brielle, Hellevoetsluis, Westvoorne'),
    ('GM1926', 'delft', false, 'zoetermeer-2025', 'Haaglanden''s nine gemeenten are covered jointly by Delft and Den Haag (delft-ris-2026); assignment to Delft (Delfland/Westland side) is inferred'),
    ('GM1930', 'zuid-hollandse-eilanden', true, 'hgnl-zhe-2014', 'Zuid-Hollandse Eilanden regiovisie (Voorne-Putten, Goeree-Overflakkee; Hoeksche Waard took part in 2014 but is in ZHZ by 2020); Voorne aan Zee = former Brielle, Hellevoetsluis, Westvoorne'),
    ('GM1931', 'midden-holland', false, 'oegstgeest-2023', 'Hollands Midden joint regiovisie; assignment to Gouda (Midden-Holland) is inferred'),
    ('GM1940', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM1942', 'gooi-en-vechtstreek', true, 'regiogv-2021', 'member of Regio Gooi en Vechtstreek, whose beleidsplan Bescherming & Opvang 2022-2025 covers opvang and huiselijk geweld; Hilversum as centrumgemeente per valente-2022'),
    ('GM1945', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM1948', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM1949', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM1950', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM1952', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM1954', 'parkstad-westelijke-mijnstreek', false, 'regioaanpak-zl-2013', 'Zuid-Limburg joint regiovisie; assignment to Heerlen (Parkstad) is inferred'),
    ('GM1955', 'centraal-gelderland', true, 'hgnl-arnhem-achterhoek-2019', 'Achterhoek is named as part of the joint regiovisie Arnhem-Achterhoek (2019-2022); also regioaanpak-2013; membership of the Achterhoek (8 gemeenten) assumed standard'),
    ('GM1959', 'west-brabant', true, 'westbrabant-2013', '18 West-Brabant gemeenten with centrumgemeente Breda in 2013 (Aalburg, Werkendam, Woudrichem now Altena) = today''s 16'),
    ('GM1960', 'gelderland-zuid', false, '', 'inferred: safety region / Veilig Thuis Gelderland-Zuid (Rijk van Nijmegen + Rivierenland); no VO source found'),
    ('GM1961', 'utrecht', false, 'hetkontakt-zhz-2020', 'inferred: moved to the province of Utrecht in 2019 and not among the ten ZHZ gemeenten of the 2020 regiovisie; Utrecht assumed - verify'),
    ('GM1963', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM1966', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM1969', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM1970', 'fryslan', true, 'sdf-fries-actieplan', 'Fries actieplan adopted by Leeuwarden on behalf of all Friese gemeenten'),
    ('GM1978', 'zuid-holland-zuid', true, 'hetkontakt-zhz-2020', 'one of the ten ZHZ gemeenten of the 2020 regiovisie (the ten named by count; Molenlanden, Dordrecht, Papendrecht, Zwijndrecht named explicitly)'),
    ('GM1979', 'groningen', true, 'groningen-begroting-2020', 'Groningen is centrumgemeente for opvang and huiselijk geweld together with the other Groninger gemeenten (12 in 2020, 10 after the Eemsdelta merger of 2021)'),
    ('GM1980', 'noord-kennemerland-west-friesland', false, 'hgnl-nhn-2014', 'inferred: in the joint Noord-Holland-Noord regiovisie (19 gemeenten in 2014) and not in the Kop, so Alkmaar by elimination'),
    ('GM1982', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM1991', 'noordoost-brabant', false, '', 'inferred: safety region Brabant-Noord minus Heusden (Hart van Brabant); no VO source found'),
    ('GM1992', 'zuid-hollandse-eilanden', true, 'hgnl-zhe-2014', 'Zuid-Hollandse Eilanden regiovisie (Voorne-Putten, Goeree-Overflakkee; Hoeksche Waard took part in 2014 but is in ZHZ by 2020); Voorne aan Zee = former Brielle, Hellevoetsluis, Westvoorne')) as v(cbs_code, region, confirmed, source, note)
join municipality m on m.cbs_code = v.cbs_code
join region r on r.code = v.region;

do $$
begin
    if exists (select 1 from municipality m
               where not exists (select 1 from region_assignment a where a.municipality_id = m.id)) then
        raise exception 'a municipality has no region assignment';
    end if;
    if exists (select 1 from new_region n join region r on r.code = n.code
               where r.central_municipality_id is null
                  or not exists (select 1 from region_assignment a
                                 where a.region_id = r.id
                                   and a.municipality_id = r.central_municipality_id)) then
        raise exception 'a region does not hold its central municipality';
    end if;
end
$$;

update municipality m set region_id = a.region_id, version = m.version + 1
from region_assignment a
where a.municipality_id = m.id and a.valid_from <= current_date
  and (a.valid_until is null or a.valid_until >= current_date)
  and m.region_id <> a.region_id;

insert into region_succession (old_region, new_region, municipalities)
select o.old_code, r.code, count(*)
from old_place o join municipality m on m.id = o.municipality_id join region r on r.id = m.region_id
group by o.old_code, r.code;
-- Ties go to the region that keeps the old code, then to the first by code.
update region_succession s set majority = true
from (select distinct on (old_region) old_region, new_region from region_succession
      order by old_region, municipalities desc, (old_region = new_region) desc, new_region) m
where m.old_region = s.old_region and m.new_region = s.new_region;

insert into region_migration_report (kind, old_region, new_region, count)
select 'municipality', old_region, new_region, municipalities from region_succession;

-- Organisations' service areas.
create temporary table service_area_before on commit drop as
select x.care_service_id, r.code as old_code
from care_service_region x join region r on r.id = x.region_id;
insert into care_service_region (care_service_id, region_id)
select distinct b.care_service_id, r.id
from service_area_before b
join region_succession s on s.old_region = b.old_code
join region r on r.code = s.new_region
on conflict do nothing;
insert into region_migration_report (kind, old_region, new_region, count)
select 'service-area', b.old_code, s.new_region, count(distinct b.care_service_id)
from service_area_before b join region_succession s on s.old_region = b.old_code
group by b.old_code, s.new_region;
delete from care_service_region x using region r
where r.id = x.region_id and not exists (select 1 from new_region n where n.code = r.code);

-- Coordination.
insert into region_migration_report (kind, old_region, new_region, count)
select 'coordination', r.code, r.code, 1
from coordination c join region r on r.id = c.region_id
where exists (select 1 from new_region n where n.code = r.code);
create temporary table coordination_source on commit drop as
select distinct on (s.new_region) s.new_region, s.old_region
from region_succession s
order by s.new_region, s.municipalities desc, (s.old_region = s.new_region) desc, s.old_region;
with copied as (
    insert into coordination (region_id, national, split_age)
    select n.id, false, c.split_age
    from coordination_source p
    join region n on n.code = p.new_region
    join region o on o.code = p.old_region
    join coordination c on c.region_id = o.id
    where not exists (select 1 from coordination k where k.region_id = n.id)
    returning id, region_id
), contacts as (
    insert into coordination_contact (coordination_id, applies_to, organisation, phone, email, website)
    select k.id, cc.applies_to, cc.organisation, cc.phone, cc.email, cc.website
    from copied k
    join region n on n.id = k.region_id
    join coordination_source p on p.new_region = n.code
    join region o on o.code = p.old_region
    join coordination co on co.region_id = o.id
    join coordination_contact cc on cc.coordination_id = co.id
    returning coordination_id
)
insert into region_migration_report (kind, old_region, new_region, count)
select 'coordination', p.old_region, p.new_region, 1
from copied k join region n on n.id = k.region_id join coordination_source p on p.new_region = n.code;
insert into region_migration_report (kind, old_region, new_region, count)
select 'coordination-ended', r.code, null, 1
from coordination c join region r on r.id = c.region_id
where not exists (select 1 from new_region n where n.code = r.code);
delete from coordination c using region r
where r.id = c.region_id and not exists (select 1 from new_region n where n.code = r.code);

-- Casework: signals, cases and bottlenecks (casework V1, V10), where they exist.
do $$
begin
    if to_regclass('casework.signal') is not null then
        create temporary table signal_before on commit drop as
        select s.id, r.code as old_code from casework.signal s join directory.region r on r.id = s.region_id;
        update casework.signal s set region_id = m.region_id
        from directory.municipality m
        where m.id = s.municipality_id and s.region_id <> m.region_id;
        update casework.signal s set region_id = nr.id
        from directory.region o, directory.region_succession rs, directory.region nr
        where s.municipality_id is null and o.id = s.region_id and rs.old_region = o.code
          and rs.majority and nr.code = rs.new_region and s.region_id <> nr.id;
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'signal', b.old_code, r.code, count(*)
        from signal_before b join casework.signal s on s.id = b.id join directory.region r on r.id = s.region_id
        group by b.old_code, r.code;
    end if;
    if to_regclass('casework.case_file') is not null then
        create temporary table case_before on commit drop as
        select c.id, r.code as old_code from casework.case_file c join directory.region r on r.id = c.region_id;
        update casework.case_file c set region_id = placed.region_id
        from (select distinct on (s.case_id) s.case_id, s.region_id
              from casework.signal s
              where s.case_id is not null and s.municipality_id is not null
              group by s.case_id, s.region_id
              order by s.case_id, count(*) desc, s.region_id) placed
        where placed.case_id = c.id and c.region_id <> placed.region_id;
        update casework.case_file c set region_id = nr.id
        from directory.region o, directory.region_succession rs, directory.region nr
        where o.id = c.region_id and rs.old_region = o.code and rs.majority and nr.code = rs.new_region
          and c.region_id <> nr.id
          and not exists (select 1 from casework.signal s
                          where s.case_id = c.id and s.municipality_id is not null);
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'case', b.old_code, r.code, count(*)
        from case_before b join casework.case_file c on c.id = b.id join directory.region r on r.id = c.region_id
        group by b.old_code, r.code;
        -- A case whose placed signals now lie in more than one region: for the coordinators to check.
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'case-with-signals-elsewhere', null, r.code, count(distinct c.id)
        from casework.case_file c join casework.signal s on s.case_id = c.id
        join directory.region r on r.id = c.region_id
        where s.region_id <> c.region_id
        group by r.code;
    end if;
    if to_regclass('casework.bottleneck') is not null then
        create temporary table bottleneck_before on commit drop as
        select b.id, r.code as old_code from casework.bottleneck b join directory.region r on r.id = b.region_id;
        update casework.bottleneck b set region_id = nr.id
        from directory.region o, directory.region_succession rs, directory.region nr
        where o.id = b.region_id and rs.old_region = o.code and rs.majority and nr.code = rs.new_region
          and b.region_id <> nr.id;
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'bottleneck', x.old_code, r.code, count(*)
        from bottleneck_before x join casework.bottleneck b on b.id = x.id join directory.region r on r.id = b.region_id
        group by x.old_code, r.code;
    end if;
end
$$;

-- Users' regions (web V2, V3), where they exist.
do $$
begin
    if to_regclass('web.user_access') is not null then
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'user-region', o.code, s.new_region, count(distinct u.user_name)
        from web.user_access u cross join lateral unnest(u.regions) as o(code)
        join directory.region_succession s on s.old_region = o.code
        group by o.code, s.new_region;
        update web.user_access u
        set regions = array(select distinct coalesce(s.new_region, o.code)
                            from unnest(u.regions) as o(code)
                            left join directory.region_succession s on s.old_region = o.code
                            order by 1)
        where cardinality(u.regions) > 0;
    end if;
    if to_regclass('web.grant_proposal') is not null then
        insert into web.grant_proposal (user_id, user_name, kind, grant_value, proposed_by, proposed_at)
        select p.user_id, p.user_name, 'REGION', s.new_region, p.proposed_by, p.proposed_at
        from web.grant_proposal p
        join directory.region_succession s on s.old_region = p.grant_value
        where p.kind = 'REGION' and p.state = 'OPEN'
          and not exists (select 1 from new_region n where n.code = p.grant_value)
        on conflict do nothing;
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'grant-proposal', p.grant_value, s.new_region, count(*)
        from web.grant_proposal p
        join directory.region_succession s on s.old_region = p.grant_value
        where p.kind = 'REGION' and p.state = 'OPEN'
          and not exists (select 1 from new_region n where n.code = p.grant_value)
        group by p.grant_value, s.new_region;
        update web.grant_proposal p
        set state = 'WITHDRAWN', decided_by = 'migration directory V10', decided_at = now(),
            reason = 'region replaced by the 35 centrumgemeente regions; proposed again per successor',
            version = p.version + 1
        where p.kind = 'REGION' and p.state = 'OPEN'
          and not exists (select 1 from new_region n where n.code = p.grant_value);
    end if;
end
$$;

-- Organisation profiles in the editors' workflow (content V4, V41): a version still open (draft,
-- in review, scheduled) names its services' regions as "code, code"; they move as the service
-- areas above. Published and older versions stay as they were recorded.
do $$
begin
    if to_regclass('content.revision') is not null then
        create temporary table revision_before on commit drop as
        select r.id from content.revision r
        where r.kind = 'ORGANISATION' and r.state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED')
          and exists (select 1 from jsonb_each_text(r.fields) e
                      where e.key ~ '^service\.[0-9]+\.regions$' and e.value <> '');
        update content.revision r
        set fields = (
                select jsonb_object_agg(e.key,
                    case when e.key ~ '^service\.[0-9]+\.regions$' and jsonb_typeof(e.value) = 'string'
                         then to_jsonb(coalesce(
                             (select string_agg(distinct coalesce(s.new_region, c.code), ', '
                                                order by coalesce(s.new_region, c.code))
                              from unnest(string_to_array(
                                       regexp_replace(e.value #>> '{}', '\s', '', 'g'), ',')) as c(code)
                              left join directory.region_succession s on s.old_region = c.code
                              where c.code <> ''), ''))
                         else e.value end)
                from jsonb_each(r.fields) e),
            version = r.version + 1
        where r.id in (select id from revision_before);
        insert into directory.region_migration_report (kind, old_region, new_region, count)
        select 'profile-draft', null, null, count(*) from revision_before having count(*) > 0;
    end if;
end
$$;

-- Nothing names the regions that disappear any more; the foreign keys refuse this otherwise.
delete from region r where not exists (select 1 from new_region n where n.code = r.code);
alter table region alter column central_municipality_id set not null;

select refresh_organisation_search(array(select id from organisation));
