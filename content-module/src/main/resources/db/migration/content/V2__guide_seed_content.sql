-- Seed content of the guide, written for this product in our own words. All of it is PUBLISHED so
-- that the guide is usable from the first start; the editors must check every text (facts, terms,
-- organisations' names) before the site goes live, as the about page says. Where details change
-- often (amounts, periods, article numbers) the texts stay general on purpose.
-- Stories and news items are examples ("Voorbeeld"), not real people or real events.

insert into content.phase (slug, position, title, summary) values
    ('signaleren', 1, 'Signaleren en melden',
     $t$Mensenhandel herkennen, een vermoeden bespreken en het op de juiste plek melden.$t$),
    ('beschermen', 2, 'Beschermen',
     $t$Veiligheid, verblijf, opvang, medische en psychische zorg, juridische hulp en een tolk: wat een slachtoffer nodig heeft om op adem te komen.$t$),
    ('strafrechtelijk-proces', 3, 'Strafrechtelijk proces',
     $t$Van een informatief gesprek met de politie en de aangifte tot het onderzoek, de vervolging en de uitspraak.$t$),
    ('compensatie', 4, 'Compensatie',
     $t$Schadevergoeding via het strafproces, via de civiele rechter of via het Schadefonds Geweldsmisdrijven.$t$);

create temporary table seed_step (
    phase    varchar(40),
    position integer,
    slug     varchar(120),
    title    varchar(200),
    summary  text,
    body     text,
    needs    text[]
) on commit drop;

insert into seed_step values
-- Signaleren
('signaleren', 1, 'herkennen-en-melden', 'Herkennen en melden',
 $t$Mensenhandel is vaak niet direct zichtbaar. Let op signalen, bespreek uw vermoeden en meld het, ook als u twijfelt.$t$,
 $t$<p>Mensenhandel is het werven, vervoeren of huisvesten van mensen met als doel hen uit te buiten, door dwang, geweld, bedreiging, misleiding of misbruik van een kwetsbare positie. Bij minderjarigen is uitbuiting ook zonder dwangmiddelen strafbaar. Slachtoffers zien zichzelf lang niet altijd als slachtoffer: ze zijn afhankelijk van de uitbuiter, schamen zich, zijn bang voor de politie of hebben schulden die ze willen afbetalen.</p>
<h2>Herkennen</h2>
<p>Eén signaal is zelden genoeg, een combinatie wel reden om door te vragen. Gebruik de <a href="/signaleren/indicatoren">indicatorenlijst</a>. Let vooral op:</p>
<ul>
<li>afhankelijkheid van een werkgever of tussenpersoon voor werk, woonruimte, vervoer of papieren;</li>
<li>schulden die steeds hoger worden, bijvoorbeeld voor reis, huur of bemiddeling;</li>
<li>geen eigen identiteitsbewijs, geen zeggenschap over het eigen geld;</li>
<li>lange werkdagen, slechte huisvesting, geen vrije tijd, geen vrij contact met anderen;</li>
<li>angst, ingestudeerde verhalen, of iemand anders die steeds het woord doet.</li>
</ul>
<h2>Melden</h2>
<ul>
<li>Bij acuut gevaar: bel <strong>112</strong>.</li>
<li>Zonder spoed: de politie via 0900-8844, of anoniem via Meld Misdaad Anoniem (0800-7000).</li>
<li>Gaat het om een minderjarige of speelt geweld in huiselijke kring: Veilig Thuis (0800-2000).</li>
<li>Voor advies en om zorg te regelen: de zorgcoördinator mensenhandel in de gemeente waar het slachtoffer verblijft. Zie <a href="/zorgcoordinator">zorgcoördinator zoeken</a>.</li>
</ul>
<p>Professionals met een beroepsgeheim volgen de meldcode van hun beroepsgroep. Twijfel is geen reden om niets te doen: een zorgcoördinator denkt mee, ook als nog niet duidelijk is of het om mensenhandel gaat.</p>$t$,
 array['SAFETY']),
('signaleren', 2, 'eerste-gesprek-met-het-slachtoffer', 'Een eerste gesprek met het slachtoffer',
 $t$Zorg voor een veilige plek, een eigen tolk en tijd. Het eerste gesprek gaat over veiligheid en vertrouwen, niet over bewijs.$t$,
 $t$<p>Een eerste gesprek bepaalt vaak of iemand hulp durft te aanvaarden. Spreek het mogelijke slachtoffer alleen, zonder de persoon die steeds meekomt of voor hem of haar praat.</p>
<ul>
<li>Gebruik een professionele tolk, nooit een familielid, collega of de &quot;vriend&quot; die meekomt.</li>
<li>Vertel wie u bent, wat u met de informatie doet en wat niet. Beloof niets wat u niet kunt waarmaken.</li>
<li>Vraag naar de situatie: werk, wonen, geld, papieren, vrijheid om te gaan en staan. U hoeft geen bewijs te verzamelen.</li>
<li>Vraag of de persoon nu veilig is en of er iemand anders (kinderen, familie) gevaar loopt.</li>
<li>Leg uit dat er hulp is, ook zonder aangifte, en dat de persoon zelf beslist over aangifte.</li>
</ul>
<p>Neem na het gesprek contact op met de zorgcoördinator in de regio. Die kan opvang, zorg en een advocaat regelen en weet welke rechten gelden.</p>$t$,
 array['INTERPRETING', 'SAFETY']),
-- Beschermen
('beschermen', 1, 'veiligheid', 'Veiligheid',
 $t$Eerst de veiligheid: van het slachtoffer, van kinderen en familie, en van de hulpverleners.$t$,
 $t$<p>Uitbuiters oefenen vaak druk uit via bedreiging van het slachtoffer of van familie in het land van herkomst. Schat samen met de politie en de zorgcoördinator de risico's in voordat u iets onderneemt.</p>
<ul>
<li>Bij acuut gevaar: bel 112.</li>
<li>Zorg dat het slachtoffer een eigen telefoon heeft waarvan de uitbuiter het nummer niet kent, en bespreek wat te doen in een noodsituatie.</li>
<li>Adressen van opvanglocaties zijn geheim. Deel ze niet, ook niet met bekenden van het slachtoffer.</li>
<li>Vraag de politie naar beveiligingsmaatregelen als er dreiging is, ook als er (nog) geen aangifte is.</li>
</ul>
<p>Voor minderjarigen gelden extra beschermingsmaatregelen; betrek Veilig Thuis of de jeugdbescherming.</p>$t$,
 array['SAFETY', 'SHELTER']),
('beschermen', 2, 'verblijf', 'Verblijf',
 $t$Slachtoffers zonder verblijfsrecht hebben recht op bedenktijd en kunnen een verblijfsvergunning krijgen. Slachtoffers uit de EU hebben die niet nodig.$t$,
 $t$<p>Een slachtoffer zonder rechtmatig verblijf in Nederland hoeft niet bang te zijn direct uitgezet te worden. Er is een speciale regeling voor slachtoffers van mensenhandel.</p>
<h2>Van buiten de Europese Unie</h2>
<ul>
<li><strong>Bedenktijd</strong>: bij de geringste aanwijzing van mensenhandel biedt de politie (of de Koninklijke Marechaussee) een bedenktijd aan. In die tijd beslist het slachtoffer of hij of zij aangifte doet of op een andere manier meewerkt.</li>
<li><strong>Tijdelijke verblijfsvergunning</strong>: wie aangifte doet of meewerkt aan het onderzoek, kan een vergunning krijgen voor de duur van het strafproces.</li>
<li><strong>Als meewerken niet kan</strong>: bij ernstige dreiging of medische of psychische beperkingen is er in bepaalde gevallen een route zonder aangifte.</li>
</ul>
<h2>Uit de Europese Unie</h2>
<p>Burgers van de EU, de EER en Zwitserland mogen in Nederland verblijven volgens de Europese regels over vrij verkeer. Zij hebben geen bedenktijd of vergunning nodig, maar wel hulp bij inschrijving, zorgverzekering en inkomen.</p>
<p>Laat het slachtoffer altijd bijstaan door een advocaat met ervaring in vreemdelingenrecht en mensenhandel. Wie terug wil naar het land van herkomst, kan hulp krijgen bij een veilige terugkeer.</p>$t$,
 array['RESIDENCE_ADVICE', 'LEGAL_AID', 'RETURN_ASSISTANCE']),
('beschermen', 3, 'opvang', 'Opvang',
 $t$Een veilige slaapplek, vaak op een geheim adres, met begeleiding die is toegerust op slachtoffers van mensenhandel.$t$,
 $t$<p>Veel slachtoffers wonen bij of via de uitbuiter. Een veilige plek is dan de eerste voorwaarde om hulp te aanvaarden.</p>
<ul>
<li>Volwassen buitenlandse slachtoffers kunnen in de eerste periode terecht in gespecialiseerde opvang (categorale opvang).</li>
<li>Nederlandse slachtoffers en slachtoffers die langer blijven, gaan naar de reguliere vrouwen- en maatschappelijke opvang of een gespecialiseerde voorziening.</li>
<li>Voor minderjarigen is er beschermde opvang met extra toezicht.</li>
</ul>
<p>De zorgcoördinator regelt de plaatsing, zo nodig samen met de landelijke coördinatie. Opvangadressen zijn geheim en staan nooit in deze wegwijzer.</p>$t$,
 array['SHELTER']),
('beschermen', 4, 'medische-en-psychische-zorg', 'Medische en psychische zorg',
 $t$Lichamelijke klachten, zwangerschap, verslaving en trauma: zorg zo vroeg mogelijk, ook zonder verzekering of verblijfsvergunning.$t$,
 $t$<p>Slachtoffers hebben vaak lang zonder zorg geleefd. Veel voorkomend zijn verwondingen, infecties, seksueel overdraagbare aandoeningen, zwangerschap, gebitsproblemen, verslaving, slaapproblemen, angst en posttraumatische stress.</p>
<ul>
<li>Laat een huisarts of arts in de opvang een eerste onderzoek doen. Medisch noodzakelijke zorg wordt altijd gegeven, ook aan mensen zonder verzekering.</li>
<li>Slachtoffers van buiten de EU in de bedenktijd of met een verblijfsvergunning als slachtoffer krijgen zorg via een speciale regeling.</li>
<li>Bied psychische hulp die is toegerust op trauma, in de eigen taal of met een tolk. Dring niet aan op het vertellen van het hele verhaal.</li>
<li>Documenteer letsel zorgvuldig: het kan later als bewijs dienen.</li>
</ul>$t$,
 array['MEDICAL_CARE', 'PSYCHOLOGICAL_CARE']),
('beschermen', 5, 'juridische-hulp', 'Juridische hulp',
 $t$Een gespecialiseerde advocaat helpt met verblijf, aangifte, het strafproces en schadevergoeding, meestal zonder kosten voor het slachtoffer.$t$,
 $t$<p>Een slachtoffer van mensenhandel heeft recht op een advocaat. Schakel die vroeg in: al vóór de aangifte kan een advocaat uitleggen wat een aangifte betekent, welke rechten er zijn en welke gevolgen een keuze heeft voor het verblijf.</p>
<ul>
<li>Kies een advocaat met ervaring in mensenhandelzaken; voor verblijfszaken een advocaat met kennis van vreemdelingenrecht.</li>
<li>Voor slachtoffers van ernstige gewelds- en zedenmisdrijven, waaronder mensenhandel, is rechtsbijstand in de regel kosteloos, ongeacht het inkomen.</li>
<li>Het Juridisch Loket en Slachtofferhulp Nederland helpen bij het vinden van een advocaat.</li>
</ul>$t$,
 array['LEGAL_AID']),
('beschermen', 6, 'tolk', 'Tolk',
 $t$Een professionele tolk zorgt dat het slachtoffer begrijpt wat er gebeurt en zelf kan kiezen.$t$,
 $t$<p>Een goed gesprek kan alleen in een taal die het slachtoffer beheerst. Een professionele tolk is onpartijdig en heeft een geheimhoudingsplicht.</p>
<ul>
<li>Gebruik nooit de persoon die het slachtoffer begeleidt, een familielid of een kind als tolk: zij kunnen deel uitmaken van het netwerk van de uitbuiter.</li>
<li>Vraag of het slachtoffer liever een tolk van een bepaald geslacht heeft, en let op of tolk en slachtoffer elkaar kennen.</li>
<li>Bij politie en justitie heeft het slachtoffer recht op een kosteloze tolk. In de zorg regelt de organisatie een tolk; de zorgcoördinator weet hoe.</li>
</ul>$t$,
 array['INTERPRETING']),
-- Strafrechtelijk proces
('strafrechtelijk-proces', 1, 'informatief-gesprek-met-de-politie', 'Informatief gesprek met de politie',
 $t$Een gesprek om te horen wat een aangifte inhoudt, zonder dat het slachtoffer al iets hoeft te beslissen.$t$,
 $t$<p>Voordat een slachtoffer besluit om aangifte te doen, kan hij of zij een informatief gesprek hebben met gespecialiseerde rechercheurs mensenhandel. Het gesprek is vrijblijvend: het slachtoffer hoort wat een aangifte betekent, hoe het slachtoffer beschermd wordt en wat de rechten zijn.</p>
<ul>
<li>Laat het slachtoffer zich voorbereiden met een advocaat; die kan ook meegaan.</li>
<li>Er is een tolk als het slachtoffer geen Nederlands spreekt.</li>
<li>Voor een slachtoffer van buiten de EU loopt in deze fase vaak de bedenktijd.</li>
</ul>$t$,
 array['LEGAL_AID', 'INTERPRETING']),
('strafrechtelijk-proces', 2, 'aangifte', 'Aangifte',
 $t$Met een aangifte start het strafrechtelijk onderzoek. Het slachtoffer wordt gehoord door gespecialiseerde rechercheurs.$t$,
 $t$<p>Bij een aangifte vertelt het slachtoffer de politie wat er is gebeurd. Dit gebeurt bij mensenhandel meestal in meerdere, lange verhoren door rechercheurs die daarvoor zijn opgeleid.</p>
<ul>
<li>Het slachtoffer mag zich laten bijstaan door een advocaat en heeft recht op een tolk.</li>
<li>Vraag of de woonplaats of andere gegevens buiten het dossier kunnen blijven als er dreiging is.</li>
<li>Zonder aangifte kan een slachtoffer ook op een andere manier meewerken, bijvoorbeeld door een verklaring als getuige.</li>
<li>Voor een slachtoffer van buiten de EU is aangifte of medewerking de gewone route naar een tijdelijke verblijfsvergunning.</li>
</ul>
<p>Verhoren kunnen zwaar zijn. Zorg dat er na afloop iemand is bij wie het slachtoffer terecht kan.</p>$t$,
 array['LEGAL_AID', 'INTERPRETING', 'PSYCHOLOGICAL_CARE']),
('strafrechtelijk-proces', 3, 'opsporingsonderzoek', 'Opsporingsonderzoek',
 $t$Politie en Openbaar Ministerie zoeken bewijs. Dat kan lang duren; het slachtoffer heeft recht op informatie over de voortgang.$t$,
 $t$<p>Na de aangifte onderzoekt de politie de zaak onder leiding van het Openbaar Ministerie: getuigen horen, financiële sporen volgen, telefoons uitlezen, soms samen met politie in andere landen. Mensenhandelzaken duren vaak lang.</p>
<ul>
<li>Het slachtoffer kan vragen om op de hoogte gehouden te worden van belangrijke beslissingen in de zaak.</li>
<li>Soms wordt het slachtoffer opnieuw gehoord, ook door de rechter-commissaris.</li>
<li>Een slachtoffer dat onder dwang zelf strafbare feiten pleegde, kan een beroep doen op het beginsel dat slachtoffers daarvoor niet worden gestraft.</li>
</ul>$t$,
 array['LEGAL_AID', 'SAFETY']),
('strafrechtelijk-proces', 4, 'vervolging', 'Vervolging',
 $t$Het Openbaar Ministerie beslist of de verdachte voor de rechter komt.$t$,
 $t$<p>Als er genoeg bewijs is, dagvaardt de officier van justitie de verdachte. De rechtbank behandelt de zaak dan op een zitting.</p>
<ul>
<li>Het slachtoffer mag de zitting bijwonen en heeft spreekrecht: het kan vertellen wat het misdrijf heeft aangericht.</li>
<li>Het slachtoffer kan zich voegen als benadeelde partij om schadevergoeding te vragen. Bereid dat op tijd voor met de advocaat.</li>
<li>Slachtofferhulp Nederland kan het slachtoffer voorbereiden en begeleiden op de zittingsdag.</li>
</ul>$t$,
 array['LEGAL_AID']),
('strafrechtelijk-proces', 5, 'veroordeling', 'Veroordeling',
 $t$Bij een veroordeling legt de rechter een straf op en kan de dader worden verplicht de schade te vergoeden.$t$,
 $t$<p>Veroordeelt de rechter de verdachte, dan volgt een straf en vaak een schadevergoedingsmaatregel. De Staat int het bedrag dan bij de dader.</p>
<ul>
<li>Betaalt de dader niet op tijd, dan kan de Staat bij gewelds- en zedenmisdrijven een voorschot aan het slachtoffer uitkeren.</li>
<li>De verdachte of het Openbaar Ministerie kan in hoger beroep gaan; de zaak loopt dan langer.</li>
<li>Voor een slachtoffer met een tijdelijke verblijfsvergunning is de uitkomst van belang voor verder verblijf. Bespreek dit met de advocaat.</li>
</ul>$t$,
 array['LEGAL_AID', 'WORK_AND_INCOME']),
('strafrechtelijk-proces', 6, 'sepot-of-vrijspraak', 'Sepot of vrijspraak',
 $t$Niet elke zaak eindigt met een veroordeling. Ook dan zijn er mogelijkheden voor het slachtoffer.$t$,
 $t$<p>Het Openbaar Ministerie kan een zaak seponeren (niet vervolgen), of de rechter kan de verdachte vrijspreken. Voor een slachtoffer is dat vaak een grote teleurstelling, maar het zegt niet dat het slachtoffer niet geloofd wordt.</p>
<ul>
<li>Tegen een sepot kan het slachtoffer een klacht indienen bij het gerechtshof (een zogenoemde artikel 12-procedure). Laat dit beoordelen door de advocaat.</li>
<li>Schadevergoeding blijft mogelijk via de civiele rechter of het Schadefonds Geweldsmisdrijven.</li>
<li>Voor verblijf na het strafproces kan in bepaalde gevallen een verblijfsvergunning op humanitaire gronden worden aangevraagd.</li>
<li>Bied nazorg: een sepot of vrijspraak kan oude angst en onveiligheid oproepen.</li>
</ul>$t$,
 array['LEGAL_AID', 'PSYCHOLOGICAL_CARE', 'RESIDENCE_ADVICE']),
-- Compensatie
('compensatie', 1, 'benadeelde-partij-in-het-strafproces', 'Benadeelde partij in het strafproces',
 $t$Het slachtoffer vraagt in de strafzaak om schadevergoeding van de dader. Dat is vaak de eenvoudigste route.$t$,
 $t$<p>Als de verdachte vervolgd wordt, kan het slachtoffer zich in de strafzaak voegen als benadeelde partij. De strafrechter beslist dan ook over de schadevergoeding.</p>
<ul>
<li>Denk aan materiële schade (niet betaald loon, afgepakt geld, medische kosten) en immateriële schade (leed).</li>
<li>Onderbouw de vordering met stukken: loonstroken, berichten, afschriften, verklaringen van hulpverleners.</li>
<li>Bij een ingewikkelde vordering kan de rechter (een deel) niet-ontvankelijk verklaren; dat deel kan dan naar de civiele rechter.</li>
<li>Kent de rechter schadevergoeding toe met een schadevergoedingsmaatregel, dan int de Staat het bedrag.</li>
</ul>$t$,
 array['LEGAL_AID']),
('compensatie', 2, 'civiele-vordering', 'Civiele vordering',
 $t$Via de civiele rechter kan het slachtoffer schadevergoeding eisen, ook zonder strafzaak of na een vrijspraak.$t$,
 $t$<p>Een civiele procedure staat los van de strafzaak. Het slachtoffer eist dan zelf, via een advocaat, vergoeding van de schade bij de dader of bij anderen die aansprakelijk zijn.</p>
<ul>
<li>Slachtoffers van arbeidsuitbuiting kunnen achterstallig loon vorderen; soms zijn ook opdrachtgevers in de keten aansprakelijk.</li>
<li>Een civiele procedure kost tijd en vraagt bewijs. Laat de advocaat inschatten of de dader kan betalen.</li>
<li>Beslag leggen op bezittingen van de dader kan helpen om de vordering later te kunnen innen.</li>
</ul>$t$,
 array['LEGAL_AID', 'WORK_AND_INCOME']),
('compensatie', 3, 'schadefonds-geweldsmisdrijven', 'Schadefonds Geweldsmisdrijven',
 $t$Een eenmalige uitkering van de overheid voor slachtoffers met ernstig letsel door een geweldsmisdrijf, ook als de dader onbekend is.$t$,
 $t$<p>Het Schadefonds Geweldsmisdrijven keert een bedrag uit aan slachtoffers die ernstig lichamelijk of psychisch letsel hebben door een opzettelijk geweldsmisdrijf in Nederland. Mensenhandel valt daar vaak onder.</p>
<ul>
<li>Een veroordeling van de dader is niet nodig; een aangifte helpt wel bij de beoordeling.</li>
<li>De hoogte hangt af van de ernst van het letsel en volgt vaste categorieën.</li>
<li>Er geldt een termijn om de aanvraag in te dienen. Laat een advocaat of Slachtofferhulp Nederland tijdig helpen.</li>
</ul>$t$,
 array['LEGAL_AID']);

insert into content.step (phase_id, position, slug, title, summary, body, state)
select p.id, s.position, s.slug, s.title, s.summary, s.body, 'PUBLISHED'
from seed_step s join content.phase p on p.slug = s.phase;

insert into content.step_care_need (step_id, care_need)
select st.id, need
from seed_step s join content.step st on st.slug = s.slug, unnest(s.needs) as need;

-- Rights and regulations. Who they are for is in seed_condition below, never in code.
insert into content.regulation (slug, title, summary, body, legal_basis) values
('bedenktijd', 'Bedenktijd voor slachtoffers van buiten de EU',
 $t$Een periode van maximaal drie maanden waarin een slachtoffer zonder verblijfsrecht tot rust komt en beslist over aangifte, zonder te worden uitgezet.$t$,
 $t$<p>Een slachtoffer van mensenhandel dat geen rechtmatig verblijf heeft en niet uit de EU komt, krijgt een bedenktijd van maximaal drie maanden. De politie of de Koninklijke Marechaussee biedt die aan zodra er ook maar een geringe aanwijzing is van mensenhandel; het slachtoffer hoeft dat niet te bewijzen.</p>
<ul>
<li>In de bedenktijd wordt het slachtoffer niet uitgezet.</li>
<li>Het slachtoffer heeft recht op opvang, medische zorg, juridische bijstand en een voorziening voor levensonderhoud.</li>
<li>Aan het eind beslist het slachtoffer of hij of zij aangifte doet of op een andere manier meewerkt. Het kan ook eerder besluiten.</li>
</ul>
<p>Bied de bedenktijd actief aan en leg uit wat hij inhoudt, in een taal die het slachtoffer begrijpt.</p>$t$,
 'Vreemdelingencirculaire 2000, hoofdstuk B8/3 (slachtoffers van mensenhandel); Europese richtlijn 2004/81/EG'),
('verblijfsvergunning-slachtoffer-mensenhandel', 'Tijdelijke verblijfsvergunning voor slachtoffers van mensenhandel',
 $t$Wie aangifte doet of meewerkt aan het strafrechtelijk onderzoek, kan een verblijfsvergunning krijgen zolang het strafproces loopt.$t$,
 $t$<p>Een slachtoffer van buiten de EU dat aangifte doet of op een andere manier meewerkt aan het onderzoek naar de mensenhandelaar, kan een tijdelijke verblijfsvergunning krijgen. De aanvraag loopt meestal via de politie bij de aangifte; de IND beslist.</p>
<ul>
<li>De vergunning geldt zolang het strafproces loopt en geeft recht op opvang, zorg en, onder voorwaarden, op werk.</li>
<li>Na afloop van het strafproces kan in bepaalde situaties voortgezet verblijf worden aangevraagd, bijvoorbeeld na een veroordeling van de dader.</li>
<li>Laat de aanvraag en een eventuele verlenging begeleiden door een advocaat met kennis van vreemdelingenrecht.</li>
</ul>$t$,
 'Vreemdelingenwet 2000; Vreemdelingencirculaire 2000, hoofdstuk B8/3'),
('verblijf-zonder-aangifte', 'Verblijf als aangifte of meewerken niet mogelijk is',
 $t$Een slachtoffer dat door ernstige dreiging of medische of psychische beperkingen niet kan meewerken, kan in bepaalde gevallen toch een verblijfsvergunning krijgen.$t$,
 $t$<p>Soms kan een slachtoffer geen aangifte doen of niet meewerken, bijvoorbeeld omdat de dreiging tegen hem of haar of de familie te groot is, of omdat het slachtoffer daartoe medisch of psychisch niet in staat is. Er bestaat dan een mogelijkheid van ontheffing van de voorwaarde om mee te werken; een deskundige moet de beperking of dreiging onderbouwen.</p>
<ul>
<li>Daarnaast kan een slachtoffer een verblijfsvergunning op humanitaire gronden aanvragen als terugkeer niet verantwoord is.</li>
<li>Deze routes zijn ingewikkeld en de uitkomst is niet zeker. Schakel vroeg een ervaren advocaat in.</li>
</ul>$t$,
 'Vreemdelingenwet 2000; Vreemdelingencirculaire 2000, hoofdstuk B8/3 (ontheffing van de medewerkingsplicht)'),
('verstrekkingen-zorg-en-levensonderhoud', 'Zorgverzekering en levensonderhoud tijdens bedenktijd en verblijf',
 $t$Slachtoffers van buiten de EU in de bedenktijd of met een tijdelijke verblijfsvergunning als slachtoffer krijgen een zorgverzekering en een leefgeld.$t$,
 $t$<p>Een slachtoffer van buiten de EU dat in de bedenktijd zit of een tijdelijke verblijfsvergunning als slachtoffer van mensenhandel heeft, heeft recht op voorzieningen: een ziektekostenverzekering, een bedrag voor levensonderhoud en, zo nodig, onderdak. De uitvoering ligt bij het COA; de zorgcoördinator of de opvang helpt met de aanmelding.</p>$t$,
 'Regeling verstrekkingen bepaalde categorieën vreemdelingen (Rvb)'),
('opvang-buitenlandse-slachtoffers', 'Gespecialiseerde opvang voor buitenlandse slachtoffers',
 $t$Volwassen slachtoffers uit het buitenland kunnen in de eerste periode in gespecialiseerde (categorale) opvang terecht.$t$,
 $t$<p>Voor volwassen slachtoffers die niet uit Nederland komen, zijn er gespecialiseerde opvangplaatsen waar zij tot rust kunnen komen en waar begeleiders ervaring hebben met mensenhandel, trauma en verblijfsvragen. De zorgcoördinator of de landelijke coördinatie regelt de plaatsing.</p>
<p>Na de eerste periode stroomt het slachtoffer zo nodig door naar andere opvang of begeleid wonen.</p>$t$,
 null),
('gratis-rechtsbijstand', 'Gratis rechtsbijstand door een gespecialiseerde advocaat',
 $t$Slachtoffers van mensenhandel kunnen een advocaat krijgen zonder dat zij daarvoor hoeven te betalen.$t$,
 $t$<p>Slachtoffers van ernstige gewelds- en zedenmisdrijven, waaronder mensenhandel, kunnen kosteloos worden bijgestaan door een advocaat, ongeacht hun inkomen. De advocaat helpt bij de aangifte, tijdens het strafproces, bij schadevergoeding en, met een specialist, bij verblijfszaken.</p>
<ul>
<li>Het Juridisch Loket en Slachtofferhulp Nederland helpen een gespecialiseerde advocaat te vinden.</li>
<li>Schakel de advocaat zo vroeg mogelijk in, bij voorkeur vóór het informatieve gesprek met de politie.</li>
</ul>$t$,
 'Wet op de rechtsbijstand; Wetboek van Strafvordering (rechten van het slachtoffer)'),
('recht-op-een-tolk', 'Recht op een tolk en vertaling',
 $t$Een slachtoffer dat onvoldoende Nederlands spreekt, heeft bij politie en justitie recht op een kosteloze tolk en op vertaling van belangrijke stukken.$t$,
 $t$<p>Bij de aangifte, in verhoren en op de zitting heeft een slachtoffer dat het Nederlands niet of onvoldoende beheerst recht op bijstand van een tolk, zonder kosten. Ook de schriftelijke informatie die het slachtoffer nodig heeft om zijn of haar rechten uit te oefenen, kan worden vertaald.</p>
<p>In de zorg en de opvang is een tolk geen wettelijk recht in dezelfde vorm, maar goede hulp is zonder tolk niet mogelijk. Organisaties en de zorgcoördinator weten hoe ze een professionele tolk inzetten.</p>$t$,
 'Wetboek van Strafvordering, rechten van het slachtoffer (artikel 51c); Europese richtlijn 2012/29/EU'),
('rechten-van-het-slachtoffer-in-het-strafproces', 'Rechten van het slachtoffer in het strafproces',
 $t$Informatie over de zaak, inzage in stukken, spreekrecht op de zitting en bijstand door een advocaat.$t$,
 $t$<p>Een slachtoffer is geen procespartij zoals de verdachte, maar heeft wel eigen rechten:</p>
<ul>
<li>op de hoogte gehouden worden van de voortgang en van belangrijke beslissingen, zoals een sepot of de datum van de zitting;</li>
<li>stukken uit het dossier laten inzien, meestal via de advocaat;</li>
<li>spreekrecht op de zitting;</li>
<li>bescherming van de privacy en, bij dreiging, van de veiligheid;</li>
<li>zich voegen als benadeelde partij om schadevergoeding te vragen.</li>
</ul>$t$,
 'Wetboek van Strafvordering, titel over het slachtoffer (artikel 51a en verder)'),
('niet-bestraffingsbeginsel', 'Niet straffen voor feiten die een slachtoffer moest plegen',
 $t$Slachtoffers die door hun uitbuiter zijn gedwongen strafbare feiten te plegen, horen daarvoor in beginsel niet te worden gestraft.$t$,
 $t$<p>Uitbuiters laten slachtoffers soms strafbare feiten plegen: drugs verkopen of vervoeren, stelen, werken met valse papieren. Het beginsel van niet-bestraffing houdt in dat het Openbaar Ministerie en de rechter rekening houden met de dwang waaronder dat gebeurde, en dat het slachtoffer daarvoor in beginsel niet wordt vervolgd of gestraft.</p>
<p>Vertel de politie en de advocaat zo vroeg mogelijk dat iemand mogelijk slachtoffer is. Wie alleen als verdachte in beeld is, wordt anders niet als slachtoffer herkend.</p>$t$,
 'Europese richtlijn 2011/36/EU (artikel 8); beleid van het Openbaar Ministerie over mensenhandel'),
('voeging-benadeelde-partij', 'Schadevergoeding in het strafproces',
 $t$Het slachtoffer kan in de strafzaak schadevergoeding vragen; bij een veroordeling int de Staat het bedrag.$t$,
 $t$<p>Een slachtoffer kan zich in het strafproces voegen als benadeelde partij en daar vergoeding vragen van materiële en immateriële schade. Kent de rechter die toe, dan legt hij vaak ook een schadevergoedingsmaatregel op: de Staat int het bedrag bij de dader.</p>
<p>Betaalt de dader niet binnen de gestelde termijn, dan keert de Staat bij gewelds- en zedenmisdrijven in veel gevallen een voorschot uit aan het slachtoffer (voorschotregeling).</p>$t$,
 'Wetboek van Strafvordering (benadeelde partij, artikel 51f en verder); Wetboek van Strafrecht (schadevergoedingsmaatregel, artikel 36f)'),
('civiele-schadevergoeding', 'Schadevergoeding via de civiele rechter',
 $t$Los van de strafzaak kan het slachtoffer de dader, of anderen die aansprakelijk zijn, voor de civiele rechter aanspreken.$t$,
 $t$<p>Via een civiele procedure kan een slachtoffer schadevergoeding eisen op grond van een onrechtmatige daad. Dit kan ook als er geen strafzaak is, als de verdachte is vrijgesproken of als de strafrechter de vordering niet (helemaal) heeft behandeld.</p>
<p>Een civiele procedure vraagt een advocaat, bewijs en geduld. Laat vooraf inschatten of er iets te halen valt.</p>$t$,
 'Burgerlijk Wetboek, boek 6 (onrechtmatige daad)'),
('achterstallig-loon', 'Achterstallig loon terugvorderen',
 $t$Wie is uitgebuit in werk, heeft recht op ten minste het wettelijk minimumloon voor het gewerkte werk, ook zonder geldige arbeidspapieren.$t$,
 $t$<p>Een slachtoffer van arbeidsuitbuiting kan het loon vorderen dat hem of haar toekwam: ten minste het wettelijk minimumloon en vakantiegeld voor de gewerkte uren. Dat geldt ook als de werknemer geen tewerkstellingsvergunning had.</p>
<ul>
<li>Verzamel wat er is: berichten, foto's van roosters, bankafschriften, namen van collega's en opdrachtgevers.</li>
<li>De vordering kan in de strafzaak of bij de civiele rechter; soms zijn ook opdrachtgevers in de keten aansprakelijk voor het loon.</li>
<li>De Nederlandse Arbeidsinspectie onderzoekt misstanden in arbeid en kan betrokken worden.</li>
</ul>$t$,
 'Wet minimumloon en minimumvakantiebijslag; Burgerlijk Wetboek, boek 7 (arbeidsovereenkomst)'),
('schadefonds-geweldsmisdrijven', 'Uitkering uit het Schadefonds Geweldsmisdrijven',
 $t$Een eenmalige tegemoetkoming voor slachtoffers met ernstig lichamelijk of psychisch letsel door een opzettelijk geweldsmisdrijf.$t$,
 $t$<p>Het Schadefonds Geweldsmisdrijven geeft een eenmalige tegemoetkoming aan slachtoffers die door een opzettelijk geweldsmisdrijf in Nederland ernstig letsel hebben opgelopen. Bij mensenhandel gaat het vaak om psychisch letsel door langdurige dwang en geweld.</p>
<ul>
<li>Een veroordeling van de dader is niet nodig, en de dader hoeft niet bekend te zijn.</li>
<li>Het bedrag volgt vaste letselcategorieën. Andere vergoedingen voor dezelfde schade kunnen worden verrekend.</li>
<li>Er geldt een termijn voor de aanvraag: laat tijdig helpen door de advocaat of Slachtofferhulp Nederland.</li>
</ul>$t$,
 'Wet schadefonds geweldsmisdrijven'),
('voogdij-alleenstaande-minderjarigen', 'Voogdij en bescherming voor alleenstaande minderjarigen',
 $t$Een minderjarige uit het buitenland zonder ouders in Nederland krijgt een voogd en beschermde opvang als er risico op uitbuiting is.$t$,
 $t$<p>Een minderjarige die zonder ouders of wettelijk vertegenwoordiger in Nederland is, krijgt een voogd. Voor alleenstaande minderjarige vreemdelingen is dat een gespecialiseerde voogdij-instelling (Nidos). Bij een risico op mensenhandel of verdwijning kan de minderjarige in beschermde opvang worden geplaatst, met extra toezicht en begeleiding.</p>
<p>Meld een vermoeden direct bij de politie en de voogd: minderjarige slachtoffers verdwijnen soms kort na aankomst.</p>$t$,
 'Burgerlijk Wetboek, boek 1 (gezag en voogdij); Jeugdwet'),
('bescherming-minderjarigen', 'Extra bescherming en jeugdhulp voor minderjarigen',
 $t$Bij minderjarige slachtoffers zijn Veilig Thuis, de jeugdbescherming en de gemeente aan zet, naast politie en zorgcoördinator.$t$,
 $t$<p>Uitbuiting van een minderjarige is altijd mensenhandel, ook als er geen dwang is gebruikt. Minderjarigen worden vaak geronseld via sociale media of via iemand die zich voordoet als vriend of geliefde.</p>
<ul>
<li>Volg de meldcode en bespreek het vermoeden met Veilig Thuis (0800-2000).</li>
<li>De gemeente zorgt voor jeugdhulp; bij ernstige zorgen kan de Raad voor de Kinderbescherming een beschermingsmaatregel vragen.</li>
<li>Betrek ouders of voogd, tenzij dat de veiligheid van het kind in gevaar brengt.</li>
</ul>$t$,
 'Jeugdwet; Wet verplichte meldcode huiselijk geweld en kindermishandeling'),
('terugkeer', 'Hulp bij een veilige terugkeer',
 $t$Slachtoffers die terug willen naar hun land van herkomst, kunnen hulp krijgen bij de reis en bij een nieuwe start.$t$,
 $t$<p>Sommige slachtoffers willen zo snel mogelijk terug naar huis. Gespecialiseerde organisaties helpen bij een veilige terugkeer: reisdocumenten, de reis zelf, opvang bij aankomst en soms steun bij werk of scholing in het land van herkomst.</p>
<p>Bespreek vóór vertrek de risico's: zijn de uitbuiters of schuldeisers in het land van herkomst actief? Een besluit om terug te keren heeft ook gevolgen voor de aangifte en schadevergoeding; laat dat uitleggen door de advocaat.</p>$t$,
 null);

update content.regulation set state = 'PUBLISHED';

create temporary table seed_condition (
    regulation varchar(120),
    kind       varchar(30),
    allowed    text[]
) on commit drop;

insert into seed_condition values
    ('bedenktijd', 'NATIONALITY_GROUP', array['non-eu']),
    ('bedenktijd', 'REPORTS_TO_POLICE', array['no', 'undecided']),
    ('verblijfsvergunning-slachtoffer-mensenhandel', 'NATIONALITY_GROUP', array['non-eu']),
    ('verblijfsvergunning-slachtoffer-mensenhandel', 'REPORTS_TO_POLICE', array['yes', 'undecided']),
    ('verblijf-zonder-aangifte', 'NATIONALITY_GROUP', array['non-eu']),
    ('verblijf-zonder-aangifte', 'REPORTS_TO_POLICE', array['no', 'undecided']),
    ('verstrekkingen-zorg-en-levensonderhoud', 'NATIONALITY_GROUP', array['non-eu']),
    ('opvang-buitenlandse-slachtoffers', 'AGE_GROUP', array['adult']),
    ('opvang-buitenlandse-slachtoffers', 'NATIONALITY_GROUP', array['eu', 'non-eu']),
    ('achterstallig-loon', 'EXPLOITATION_FORM', array['labour']),
    ('voogdij-alleenstaande-minderjarigen', 'AGE_GROUP', array['minor']),
    ('voogdij-alleenstaande-minderjarigen', 'NATIONALITY_GROUP', array['eu', 'non-eu']),
    ('bescherming-minderjarigen', 'AGE_GROUP', array['minor']),
    ('terugkeer', 'NATIONALITY_GROUP', array['eu', 'non-eu']);

insert into content.regulation_condition (regulation_id, kind)
select r.id, c.kind from seed_condition c join content.regulation r on r.slug = c.regulation;

insert into content.regulation_condition_value (condition_id, allowed_value)
select rc.id, allowed_value
from seed_condition c
join content.regulation r on r.slug = c.regulation
join content.regulation_condition rc on rc.regulation_id = r.id and rc.kind = c.kind,
unnest(c.allowed) as allowed_value;

create temporary table seed_link (
    step        varchar(120),
    regulations text[]
) on commit drop;

insert into seed_link values
    ('herkennen-en-melden', array['bedenktijd', 'bescherming-minderjarigen', 'niet-bestraffingsbeginsel']),
    ('eerste-gesprek-met-het-slachtoffer', array['recht-op-een-tolk', 'bedenktijd', 'gratis-rechtsbijstand']),
    ('veiligheid', array['bescherming-minderjarigen', 'voogdij-alleenstaande-minderjarigen']),
    ('verblijf', array['bedenktijd', 'verblijfsvergunning-slachtoffer-mensenhandel', 'verblijf-zonder-aangifte', 'terugkeer', 'gratis-rechtsbijstand']),
    ('opvang', array['opvang-buitenlandse-slachtoffers', 'voogdij-alleenstaande-minderjarigen', 'bescherming-minderjarigen', 'verstrekkingen-zorg-en-levensonderhoud']),
    ('medische-en-psychische-zorg', array['verstrekkingen-zorg-en-levensonderhoud']),
    ('juridische-hulp', array['gratis-rechtsbijstand', 'recht-op-een-tolk']),
    ('tolk', array['recht-op-een-tolk']),
    ('informatief-gesprek-met-de-politie', array['bedenktijd', 'gratis-rechtsbijstand', 'recht-op-een-tolk']),
    ('aangifte', array['verblijfsvergunning-slachtoffer-mensenhandel', 'recht-op-een-tolk', 'gratis-rechtsbijstand', 'rechten-van-het-slachtoffer-in-het-strafproces']),
    ('opsporingsonderzoek', array['rechten-van-het-slachtoffer-in-het-strafproces', 'niet-bestraffingsbeginsel']),
    ('vervolging', array['rechten-van-het-slachtoffer-in-het-strafproces', 'voeging-benadeelde-partij', 'niet-bestraffingsbeginsel']),
    ('veroordeling', array['voeging-benadeelde-partij', 'verblijfsvergunning-slachtoffer-mensenhandel']),
    ('sepot-of-vrijspraak', array['rechten-van-het-slachtoffer-in-het-strafproces', 'civiele-schadevergoeding', 'schadefonds-geweldsmisdrijven', 'verblijf-zonder-aangifte']),
    ('benadeelde-partij-in-het-strafproces', array['voeging-benadeelde-partij', 'achterstallig-loon', 'gratis-rechtsbijstand']),
    ('civiele-vordering', array['civiele-schadevergoeding', 'achterstallig-loon']),
    ('schadefonds-geweldsmisdrijven', array['schadefonds-geweldsmisdrijven']);

insert into content.step_regulation (step_id, regulation_id, position)
select st.id, r.id, link.ordinality - 1
from seed_link l
join content.step st on st.slug = l.step
cross join lateral unnest(l.regulations) with ordinality as link(regulation, ordinality)
join content.regulation r on r.slug = link.regulation;

-- Information pages per audience.
insert into content.information_page (slug, audience, position, title, summary, body) values
('ben-ik-slachtoffer', 'VICTIMS', 1, 'Word ik uitgebuit?',
 $t$Moet u werken of dingen doen die u niet wilt, en kunt u niet weg? Dan kunt u slachtoffer zijn van mensenhandel. Er is hulp, ook als u geen papieren heeft.$t$,
 $t$<p>Misschien herkent u iets hiervan:</p>
<ul>
<li>U moet een schuld afbetalen die steeds groter wordt.</li>
<li>Iemand anders heeft uw paspoort of identiteitskaart.</li>
<li>U krijgt weinig of geen geld voor uw werk, of u moet het afgeven.</li>
<li>U woont waar uw baas of een tussenpersoon het zegt, en u mag niet zomaar weg.</li>
<li>U wordt bedreigd, of uw familie wordt bedreigd.</li>
<li>U moet seks hebben met anderen, of strafbare dingen doen.</li>
</ul>
<p>Dan kunt u slachtoffer zijn van mensenhandel. Dat is niet uw schuld. U heeft recht op hulp: een veilige plek, een dokter, een advocaat en een tolk. Als u geen verblijfsvergunning heeft, krijgt u eerst tijd om na te denken. U beslist zelf of u naar de politie gaat.</p>
<p>Bent u nu in gevaar? Bel <strong>112</strong>. Wilt u eerst praten? Zoek de zorgcoördinator in uw gemeente via deze wegwijzer.</p>$t$),
('uw-rechten-in-het-kort', 'VICTIMS', 2, 'Uw rechten in het kort',
 $t$Wat u als slachtoffer van mensenhandel mag verwachten, in gewone taal.$t$,
 $t$<ul>
<li>U krijgt hulp, ook als u geen aangifte doet.</li>
<li>U mag een advocaat; meestal hoeft u daarvoor niet te betalen.</li>
<li>Bij de politie krijgt u een tolk als u geen Nederlands spreekt.</li>
<li>Komt u van buiten de Europese Unie en heeft u geen verblijfsvergunning? Dan krijgt u eerst bedenktijd. In die tijd wordt u niet uitgezet.</li>
<li>U kunt geld terugkrijgen voor de schade die u heeft geleden.</li>
<li>Niemand mag uw verhaal doorvertellen zonder goede reden. Opvangadressen zijn geheim.</li>
</ul>
<p>Gebruik de <a href="/route-op-maat">route op maat</a> om te zien welke rechten voor u gelden.</p>$t$),
('zorgen-om-iemand', 'CITIZENS', 1, 'Maakt u zich zorgen om iemand?',
 $t$U ziet iets wat niet klopt bij de buren, op het werk of in uw omgeving. Zo kunt u helpen zonder uzelf of de ander in gevaar te brengen.$t$,
 $t$<p>Mensenhandel gebeurt vaak dichtbij: in een woning waar veel mensen wonen en steeds wisselen, in een nagelstudio, een autowasstraat, op een akker, in de bouw, of achter een advertentie voor seks. Ook jongeren in uw omgeving kunnen worden geronseld.</p>
<ul>
<li>Ga niet zelf de confrontatie aan met mogelijke uitbuiters.</li>
<li>Schrijf op wat u ziet: data, tijden, adressen, kentekens.</li>
<li>Is er acuut gevaar? Bel 112.</li>
<li>Geen spoed? Bel de politie op 0900-8844, of meld anoniem bij Meld Misdaad Anoniem (0800-7000).</li>
<li>Gaat het om een kind of jongere? Bel Veilig Thuis (0800-2000) voor advies.</li>
</ul>$t$),
('wat-te-doen-bij-een-vermoeden', 'PROFESSIONALS', 1, 'Wat te doen bij een vermoeden',
 $t$Voor politie, zorg, onderwijs, gemeenten, advocaten en opvang: de stappen van signaal tot zorg, en wie u daarbij helpt.$t$,
 $t$<p>Als professional bent u vaak de eerste die iets opmerkt. U hoeft niet zeker te weten dat het om mensenhandel gaat om in actie te komen.</p>
<ol>
<li><strong>Signaleer</strong> met de indicatorenlijst en bespreek uw vermoeden met een collega of aandachtsfunctionaris.</li>
<li><strong>Spreek</strong> het mogelijke slachtoffer alleen en met een professionele tolk.</li>
<li><strong>Schakel</strong> de zorgcoördinator mensenhandel in de regio in. Die regelt opvang, zorg en juridische hulp en meldt het slachtoffer, met toestemming, bij de landelijke registratie.</li>
<li><strong>Betrek</strong> de politie: bij acuut gevaar direct, anders in overleg. Een slachtoffer van buiten de EU moet de bedenktijd aangeboden krijgen.</li>
<li><strong>Volg</strong> de meldcode van uw beroepsgroep als u een beroepsgeheim heeft.</li>
</ol>
<p>De <a href="/route-op-maat">route op maat</a> laat per slachtofferprofiel zien welke rechten en regelingen van toepassing zijn.</p>$t$),
('over-deze-wegwijzer', 'ABOUT', 1, 'Over deze wegwijzer',
 $t$Waarom deze wegwijzer er is, wie hem maakt en hoe de inhoud tot stand komt.$t$,
 $t$<p>Deze wegwijzer helpt professionals, slachtoffers en betrokken burgers de weg te vinden in de hulp aan slachtoffers van mensenhandel in Nederland: welke stappen er zijn, welke rechten en regelingen gelden en welke organisaties helpen.</p>
<p><strong>Let op:</strong> de teksten in deze versie zijn een eerste opzet. Alle inhoud moet door de redactie worden gecontroleerd en goedgekeurd voordat de wegwijzer live gaat. Regels, termijnen en bedragen veranderen; de teksten zijn daarom bewust algemeen gehouden. Verhalen en nieuwsberichten met het label &quot;Voorbeeld&quot; zijn verzonnen en dienen alleen ter illustratie.</p>
<p>De wegwijzer vervangt geen juridisch advies. Schakel voor een concrete situatie altijd een zorgcoördinator en een gespecialiseerde advocaat in.</p>$t$);

update content.information_page set state = 'PUBLISHED';

-- The forms of exploitation.
insert into content.exploitation_form_page (slug, form, title, summary, body) values
('seksuele-uitbuiting', 'SEXUAL', 'Seksuele uitbuiting',
 $t$Iemand dwingen of misleiden tot seks tegen betaling, of profiteren van diens seksuele diensten.$t$,
 $t$<p>Seksuele uitbuiting is de meest gemelde vorm van mensenhandel in Nederland. Het speelt zich af in de vergunde en de illegale prostitutie, in woningen en hotels en via advertenties online. Daders gebruiken geweld en bedreiging, maar ook verliefdheid, schulden of afhankelijkheid.</p>
<p>Bij minderjarigen is elke vorm van seksuele uitbuiting mensenhandel, ook zonder dwang. Let op jongeren die dure spullen krijgen zonder uitleg, wegblijven, een oudere &quot;vriend&quot; hebben of zich terugtrekken.</p>$t$),
('arbeidsuitbuiting', 'LABOUR', 'Arbeidsuitbuiting',
 $t$Mensen laten werken onder dwang of in omstandigheden ver onder de maat, terwijl een ander daaraan verdient.$t$,
 $t$<p>Arbeidsuitbuiting komt voor in veel sectoren: land- en tuinbouw, bouw, transport en logistiek, horeca, schoonmaak, distributiecentra, huishoudelijk werk en de vleesverwerking. Slachtoffers zijn vaak arbeidsmigranten die afhankelijk zijn van een uitzendbureau of tussenpersoon voor werk, huisvesting en vervoer.</p>
<p>Signalen zijn onder meer: extreem lange werkdagen, geen of te weinig loon, inhoudingen voor huur en boetes, afgepakte papieren en bedreiging. Niet elke slechte werkplek is uitbuiting; bij twijfel kan de Nederlandse Arbeidsinspectie en de zorgcoördinator meedenken.</p>$t$),
('criminele-uitbuiting', 'CRIMINAL', 'Criminele uitbuiting',
 $t$Iemand dwingen strafbare feiten te plegen, zoals drugs vervoeren, stelen of bedelen, voor de winst van een ander.$t$,
 $t$<p>Bij criminele uitbuiting moeten slachtoffers strafbare feiten plegen: drugs verkopen of vervoeren, winkeldiefstal, zakkenrollen, geld witwassen via hun bankrekening, of bedelen. Slachtoffers worden daardoor vaak eerst als verdachte gezien.</p>
<p>Denk aan mensenhandel als iemand onder druk van anderen steeds dezelfde feiten pleegt, schulden heeft bij het netwerk of niet over de opbrengst beschikt. Voor slachtoffers geldt het beginsel dat zij niet worden gestraft voor feiten die zij onder dwang pleegden.</p>$t$),
('gedwongen-orgaanverwijdering', 'ORGAN', 'Gedwongen orgaanverwijdering',
 $t$Iemand dwingen of misleiden om een orgaan af te staan, voor de winst van een ander.$t$,
 $t$<p>Gedwongen orgaanverwijdering komt in Nederland zelden aan het licht, maar slachtoffers kunnen hier wel terechtkomen voor zorg. Het gaat om mensen die onder dwang, uit nood of door misleiding een orgaan, meestal een nier, hebben afgestaan, vaak in het buitenland.</p>
<p>Signalen zijn een recent litteken zonder duidelijke medische voorgeschiedenis, schulden bij een tussenpersoon of een verhaal over een &quot;donatie&quot; tegen betaling. Zorg voor medische nazorg en meld het vermoeden bij de politie.</p>$t$);

update content.exploitation_form_page set state = 'PUBLISHED';

-- The indicator list.
insert into content.indicator_theme (slug, position, title, summary, state) values
('afhankelijkheid', 1, 'Afhankelijkheid van werkgever of uitbuiter',
 $t$Het slachtoffer is voor huisvesting, vervoer, werk of geld afhankelijk van één persoon of organisatie.$t$, 'PUBLISHED'),
('beperkte-vrijheid', 2, 'Beperkte vrijheid',
 $t$Het slachtoffer kan niet vrij beschikken over papieren, geld, tijd of contacten.$t$, 'PUBLISHED'),
('werk-en-leefomstandigheden', 3, 'Werk- en leefomstandigheden',
 $t$De omstandigheden zijn ver onder wat wettelijk en menselijk aanvaardbaar is.$t$, 'PUBLISHED'),
('uiterlijk-en-gedrag', 4, 'Uiterlijk en gedrag',
 $t$Lichamelijke en psychische signalen die op dwang of geweld kunnen wijzen.$t$, 'PUBLISHED'),
('signalen-per-vorm', 5, 'Signalen bij een bepaalde vorm van uitbuiting',
 $t$Signalen die vooral bij één vorm van uitbuiting voorkomen.$t$, 'PUBLISHED');

create temporary table seed_indicator (
    theme    varchar(120),
    position integer,
    code     varchar(60),
    text     varchar(500),
    forms    text[]
) on commit drop;

insert into seed_indicator values
('afhankelijkheid', 1, 'schuld-bij-werkgever', 'Heeft een schuld bij de werkgever, tussenpersoon of reisorganisator die niet of nauwelijks afneemt.', array[]::text[]),
('afhankelijkheid', 2, 'woning-via-werkgever', 'Woont in huisvesting die door de werkgever of tussenpersoon wordt geregeld, en verliest die bij ontslag.', array['LABOUR']),
('afhankelijkheid', 3, 'vervoer-geregeld', 'Wordt gebracht en gehaald door de werkgever of anderen en reist nooit zelfstandig.', array[]::text[]),
('afhankelijkheid', 4, 'inhoudingen-op-loon', 'Krijgt hoge inhoudingen op het loon voor huur, vervoer, boetes of gereedschap.', array['LABOUR']),
('afhankelijkheid', 5, 'geen-taal-geen-netwerk', 'Spreekt de taal niet, kent niemand buiten het werk of de uitbuiter en weet niet waar hij of zij is.', array[]::text[]),
('beperkte-vrijheid', 1, 'geen-eigen-id', 'Heeft het eigen paspoort of identiteitsbewijs niet in bezit.', array[]::text[]),
('beperkte-vrijheid', 2, 'geen-zeggenschap-geld', 'Heeft geen zeggenschap over het verdiende geld of over de eigen bankrekening.', array[]::text[]),
('beperkte-vrijheid', 3, 'geen-vrij-contact', 'Kan niet vrij contact hebben met familie, vrienden of hulpverleners; een ander doet steeds het woord.', array[]::text[]),
('beperkte-vrijheid', 4, 'bewaakt-of-opgesloten', 'Wordt bewaakt, opgesloten of mag de werk- of woonplek niet zonder toestemming verlaten.', array[]::text[]),
('beperkte-vrijheid', 5, 'bedreiging-familie', 'Vertelt dat familie in het land van herkomst wordt bedreigd of onder druk staat.', array[]::text[]),
('werk-en-leefomstandigheden', 1, 'extreem-lange-dagen', 'Werkt extreem lange dagen, zonder vrije dagen of pauzes.', array['LABOUR', 'SEXUAL']),
('werk-en-leefomstandigheden', 2, 'geen-of-laag-loon', 'Krijgt geen loon of ver onder het minimumloon.', array['LABOUR']),
('werk-en-leefomstandigheden', 3, 'slechte-huisvesting', 'Slaapt met veel mensen in een te kleine of onveilige ruimte, soms op de werkplek zelf.', array[]::text[]),
('werk-en-leefomstandigheden', 4, 'geen-veiligheidsmiddelen', 'Werkt zonder beschermingsmiddelen of instructie in gevaarlijk werk.', array['LABOUR']),
('werk-en-leefomstandigheden', 5, 'geen-contract', 'Heeft geen arbeidscontract of een contract in een taal die hij of zij niet begrijpt.', array['LABOUR']),
('uiterlijk-en-gedrag', 1, 'letsel', 'Heeft verwondingen of littekens die kunnen wijzen op mishandeling.', array[]::text[]),
('uiterlijk-en-gedrag', 2, 'angstig-of-schichtig', 'Is angstig, schichtig of gespannen, vooral in aanwezigheid van een begeleider.', array[]::text[]),
('uiterlijk-en-gedrag', 3, 'ingestudeerd-verhaal', 'Vertelt een verhaal dat ingestudeerd lijkt of bij iedereen hetzelfde is.', array[]::text[]),
('uiterlijk-en-gedrag', 4, 'geen-medische-zorg', 'Heeft lang geen medische zorg gehad, of zoekt zorg pas als het heel slecht gaat.', array[]::text[]),
('uiterlijk-en-gedrag', 5, 'wantrouwen-instanties', 'Wantrouwt politie en instanties, bijvoorbeeld door wat de uitbuiter heeft verteld.', array[]::text[]),
('signalen-per-vorm', 1, 'wisselende-werkplekken-seks', 'Werkt in de seksbranche op steeds wisselende adressen of steden, vaak via advertenties die een ander plaatst.', array['SEXUAL']),
('signalen-per-vorm', 2, 'tatoeage-of-merkteken', 'Heeft een tatoeage of merkteken dat naar een eigenaar lijkt te verwijzen.', array['SEXUAL']),
('signalen-per-vorm', 3, 'steeds-dezelfde-delicten', 'Pleegt steeds dezelfde strafbare feiten in opdracht van anderen en beschikt niet over de opbrengst.', array['CRIMINAL']),
('signalen-per-vorm', 4, 'bankrekening-gebruikt', 'Laat anderen de eigen bankrekening of identiteit gebruiken (geldezel).', array['CRIMINAL']),
('signalen-per-vorm', 5, 'litteken-na-donatie', 'Heeft een recent operatielitteken en een verhaal over een betaalde donatie of een schuld bij een tussenpersoon.', array['ORGAN']);

insert into content.indicator (theme_id, position, code, text)
select t.id, i.position, i.code, i.text
from seed_indicator i join content.indicator_theme t on t.slug = i.theme;

insert into content.indicator_form (indicator_id, form)
select ind.id, form
from seed_indicator i join content.indicator ind on ind.code = i.code, unnest(i.forms) as form;

-- Stories: examples written to illustrate; not real people.
insert into content.story (slug, title, summary, body, form, example, position, state) values
('voorbeeld-werken-in-de-kas', 'Voorbeeld: werken in de kas',
 $t$Een verzonnen verhaal over een arbeidsmigrant in de tuinbouw, ter illustratie.$t$,
 $t$<p><em>Dit verhaal is een voorbeeld en gaat niet over een echt persoon.</em></p>
<p>Ik kwam via een bureau in mijn eigen land. Ze beloofden een goed loon en een kamer. De kamer deelde ik met vijf anderen. Elke week ging er geld af voor de huur, de bus en een boete als we te langzaam waren. Aan het eind van de maand hield ik bijna niets over, en mijn schuld voor de reis werd niet kleiner.</p>
<p>Een verpleegkundige bij de huisarts vroeg door toen ik kwam met een ontstoken hand. Zij regelde een tolk en belde de zorgcoördinator. Ik kreeg een andere slaapplek en een advocaat. Nu weet ik dat ik recht heb op mijn loon.</p>$t$,
 'LABOUR', true, 1, 'PUBLISHED'),
('voorbeeld-de-vriend', 'Voorbeeld: hij zei dat hij van me hield',
 $t$Een verzonnen verhaal over een jonge vrouw die via een &quot;vriend&quot; in de prostitutie belandde, ter illustratie.$t$,
 $t$<p><em>Dit verhaal is een voorbeeld en gaat niet over een echt persoon.</em></p>
<p>Ik was zestien toen ik hem leerde kennen. Hij gaf me aandacht en cadeaus. Later zei hij dat hij schulden had en dat ik hem moest helpen. Eerst één keer, daarna elke avond. Ik durfde het niemand te vertellen.</p>
<p>Een docent zag dat ik steeds moe was en vaak wegbleef. Ze vroeg niet meteen wat er was, maar bleef in de buurt. Toen ik het vertelde, belde ze Veilig Thuis. Het was moeilijk, maar ik ben nu veilig en ga weer naar school.</p>$t$,
 'SEXUAL', true, 2, 'PUBLISHED'),
('voorbeeld-de-schuld', 'Voorbeeld: een schuld die nooit kleiner werd',
 $t$Een verzonnen verhaal over een jongen die drugs moest vervoeren, ter illustratie.$t$,
 $t$<p><em>Dit verhaal is een voorbeeld en gaat niet over een echt persoon.</em></p>
<p>Ze zeiden dat ik een pakketje moest wegbrengen om mijn reis terug te betalen. Daarna nog één, en nog één. Toen de politie me aanhield, dacht ik dat ik de cel in zou gaan. Mijn advocaat vertelde de officier van justitie hoe het zat. Ik werd gezien als slachtoffer, en kreeg hulp in plaats van straf.</p>$t$,
 'CRIMINAL', true, 3, 'PUBLISHED');

-- News: examples.
insert into content.news_item (slug, title, summary, body, published_on, example, state) values
('voorbeeld-wegwijzer-online', 'Voorbeeld: nieuwe wegwijzer voor hulp aan slachtoffers',
 $t$Een voorbeeldbericht: de wegwijzer bundelt stappen, rechten en hulporganisaties op één plek.$t$,
 $t$<p><em>Dit is een voorbeeldbericht.</em></p><p>Professionals die een slachtoffer van mensenhandel helpen, vinden in de wegwijzer per fase welke stappen er zijn, welke rechten gelden en welke organisaties helpen. Met de route op maat zien zij in één overzicht wat voor een bepaald slachtoffer van toepassing is.</p>$t$,
 date '2025-01-15', true, 'PUBLISHED'),
('voorbeeld-training-zorgcoordinatoren', 'Voorbeeld: training signaleren voor wijkteams',
 $t$Een voorbeeldbericht over een training in het herkennen van arbeidsuitbuiting.$t$,
 $t$<p><em>Dit is een voorbeeldbericht.</em></p><p>Zorgcoördinatoren verzorgen in hun regio trainingen voor wijkteams, huisartsen en gemeenten over het herkennen van arbeidsuitbuiting. Centraal staat de indicatorenlijst en de vraag wanneer u de zorgcoördinator inschakelt.</p>$t$,
 date '2025-03-03', true, 'PUBLISHED'),
('voorbeeld-nieuwe-handreiking', 'Voorbeeld: handreiking over criminele uitbuiting',
 $t$Een voorbeeldbericht over een handreiking voor professionals in het jeugddomein.$t$,
 $t$<p><em>Dit is een voorbeeldbericht.</em></p><p>Jongeren die drugs vervoeren of verkopen in opdracht van anderen, zijn soms slachtoffer van criminele uitbuiting. Een handreiking helpt jeugdprofessionals om signalen te herkennen en samen te werken met politie en zorgcoördinator.</p>$t$,
 date '2025-05-20', true, 'PUBLISHED');

-- FAQ.
insert into content.faq_entry (slug, position, question, answer, state) values
('aangifte-verplicht', 1, 'Moet een slachtoffer aangifte doen om hulp te krijgen?',
 $t$<p>Nee. Opvang, zorg en juridische hulp zijn er ook zonder aangifte. Voor een slachtoffer van buiten de EU zonder verblijfsrecht is aangifte of medewerking wel de gewone route naar een tijdelijke verblijfsvergunning; eerst is er de bedenktijd om daarover te beslissen.</p>$t$, 'PUBLISHED'),
('geen-papieren', 2, 'Het slachtoffer heeft geen verblijfsvergunning. Wordt hij of zij dan uitgezet?',
 $t$<p>Niet tijdens de bedenktijd. Bij de geringste aanwijzing van mensenhandel biedt de politie een slachtoffer van buiten de EU een bedenktijd aan. Daarna hangt het verblijf af van aangifte of medewerking, of van een andere route. Laat het slachtoffer bijstaan door een advocaat.</p>$t$, 'PUBLISHED'),
('wie-is-de-zorgcoordinator', 3, 'Wie regelt de hulp voor een slachtoffer?',
 $t$<p>In elke regio is een zorgcoördinator mensenhandel. Die regelt opvang, zorg, een advocaat en andere hulp en houdt overzicht. Zoek de zorgcoördinator voor een gemeente of postcode via de wegwijzer. Waar geen regionale zorgcoördinator is, neemt de landelijke coördinatie het over.</p>$t$, 'PUBLISHED'),
('eu-burger', 4, 'Geldt de bedenktijd ook voor iemand uit Polen of Roemenië?',
 $t$<p>Nee. Burgers van de EU mogen in Nederland verblijven volgens de Europese regels over vrij verkeer en hebben geen bedenktijd of verblijfsvergunning als slachtoffer nodig. Zij hebben wel recht op hulp, opvang, een advocaat en schadevergoeding.</p>$t$, 'PUBLISHED'),
('minderjarig', 5, 'Wat is anders als het slachtoffer minderjarig is?',
 $t$<p>Uitbuiting van een minderjarige is altijd mensenhandel, ook zonder dwang. Betrek Veilig Thuis en de jeugdbescherming, en voor een alleenstaande minderjarige uit het buitenland de voogd. Er is beschermde opvang met extra toezicht.</p>$t$, 'PUBLISHED'),
('kosten-advocaat', 6, 'Moet het slachtoffer de advocaat zelf betalen?',
 $t$<p>Meestal niet. Slachtoffers van ernstige gewelds- en zedenmisdrijven, waaronder mensenhandel, kunnen kosteloos rechtsbijstand krijgen, ongeacht hun inkomen. De advocaat vraagt dit aan.</p>$t$, 'PUBLISHED');
