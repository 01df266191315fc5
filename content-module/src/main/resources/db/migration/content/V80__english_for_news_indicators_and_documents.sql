-- English beside the Dutch for the news, the indicator list and the documents (issue 22 §4), the last guide
-- content that was Dutch only (V31 translated the phases, steps, regulations, information pages,
-- forms of exploitation, stories and questions). Like V31 the English is our own plain wording of the
-- Dutch seed of V2, to be checked by the editors with the Dutch before going live; the news items are
-- examples. Editors change both languages in the same four-eyes workflow: a news item's English
-- title, summary and body, an indicator theme's English title and summary, and its indicators' English
-- texts (the field indicatorsEn, one "code | text" line per indicator).
alter table news_item add column title_en varchar(200), add column summary_en text, add column body_en text;
alter table indicator_theme add column title_en varchar(200), add column summary_en text;
alter table indicator add column text_en varchar(500);

-- News (examples).
update content.news_item set
    title_en = 'Example: a new guide to help for victims',
    summary_en = 'An example item: the guide brings steps, rights and support organisations together in one place.',
    body_en = '<p><em>This is an example news item.</em></p><p>Professionals who help a victim of human trafficking find in the guide, for each phase, which steps there are, which rights apply and which organisations can help. With the tailored route they see in one overview what applies to a particular victim.</p>'
where slug = 'voorbeeld-wegwijzer-online';
update content.news_item set
    title_en = 'Example: training in recognising exploitation for neighbourhood teams',
    summary_en = 'An example item about a training course in recognising labour exploitation.',
    body_en = '<p><em>This is an example news item.</em></p><p>Care coordinators give training in their region to neighbourhood teams, family doctors and municipalities on recognising labour exploitation. The course is built around the list of indicators and the question of when to call in the care coordinator.</p>'
where slug = 'voorbeeld-training-zorgcoordinatoren';
update content.news_item set
    title_en = 'Example: guidance on criminal exploitation',
    summary_en = 'An example item about guidance for professionals who work with young people.',
    body_en = '<p><em>This is an example news item.</em></p><p>Young people who carry or sell drugs on the orders of others are sometimes victims of criminal exploitation. New guidance helps professionals in youth work to recognise the signs and to work together with the police and the care coordinator.</p>'
where slug = 'voorbeeld-nieuwe-handreiking';

-- The indicator list: themes.
update content.indicator_theme set
    title_en = 'Dependence on an employer or exploiter',
    summary_en = 'The victim depends on one person or organisation for housing, transport, work or money.'
where slug = 'afhankelijkheid';
update content.indicator_theme set
    title_en = 'Restricted freedom',
    summary_en = 'The victim cannot freely decide about their own papers, money, time or contacts.'
where slug = 'beperkte-vrijheid';
update content.indicator_theme set
    title_en = 'Working and living conditions',
    summary_en = 'The conditions are far below what the law and common decency accept.'
where slug = 'werk-en-leefomstandigheden';
update content.indicator_theme set
    title_en = 'Appearance and behaviour',
    summary_en = 'Physical and mental signs that can point to force or violence.'
where slug = 'uiterlijk-en-gedrag';
update content.indicator_theme set
    title_en = 'Signs of a particular form of exploitation',
    summary_en = 'Signs that are seen mainly with one form of exploitation.'
where slug = 'signalen-per-vorm';

-- The indicators, by their stable code.
update content.indicator i set text_en = e.text_en
from (values
  ('schuld-bij-werkgever', 'Owes a debt to the employer, go-between or travel organiser that hardly gets smaller, if at all.'),
  ('woning-via-werkgever', 'Lives in housing arranged by the employer or go-between, and loses it when the job ends.'),
  ('vervoer-geregeld', 'Is taken to and from places by the employer or others and never travels alone.'),
  ('inhoudingen-op-loon', 'Has large amounts taken off their wages for rent, transport, fines or tools.'),
  ('geen-taal-geen-netwerk', 'Does not speak the language, knows nobody outside work or the exploiter, and does not know where they are.'),
  ('geen-eigen-id', 'Does not have their own passport or identity card.'),
  ('geen-zeggenschap-geld', 'Has no say over the money they earn or over their own bank account.'),
  ('geen-vrij-contact', 'Cannot freely contact family, friends or care workers; someone else always does the talking.'),
  ('bewaakt-of-opgesloten', 'Is watched or locked up, or may not leave the place of work or the home without permission.'),
  ('bedreiging-familie', 'Says that family in the home country is being threatened or put under pressure.'),
  ('extreem-lange-dagen', 'Works extremely long days, without days off or breaks.'),
  ('geen-of-laag-loon', 'Gets no wages, or far below the minimum wage.'),
  ('slechte-huisvesting', 'Sleeps with many people in a room that is too small or unsafe, sometimes at the workplace itself.'),
  ('geen-veiligheidsmiddelen', 'Does dangerous work without protective equipment or instructions.'),
  ('geen-contract', 'Has no employment contract, or one in a language they do not understand.'),
  ('letsel', 'Has injuries or scars that may point to abuse.'),
  ('angstig-of-schichtig', 'Is anxious, jumpy or tense, especially when the person who comes along is there.'),
  ('ingestudeerd-verhaal', 'Tells a story that seems rehearsed or is the same for everyone.'),
  ('geen-medische-zorg', 'Has had no medical care for a long time, or only seeks care when things are very bad.'),
  ('wantrouwen-instanties', 'Distrusts the police and the authorities, for example because of what the exploiter has told them.'),
  ('wisselende-werkplekken-seks', 'Works in the sex industry at addresses or in cities that keep changing, often through adverts that someone else places.'),
  ('tatoeage-of-merkteken', 'Has a tattoo or mark that seems to refer to an owner.'),
  ('steeds-dezelfde-delicten', 'Keeps committing the same offences on the orders of others and does not keep what they bring in.'),
  ('bankrekening-gebruikt', 'Lets others use their own bank account or identity (a money mule).'),
  ('litteken-na-donatie', 'Has a recent surgical scar and a story about a paid donation or a debt to a go-between.')
) as e (code, text_en)
where i.code = e.code;

-- Documents: an English title and description beside the Dutch (the file itself stays as uploaded).
alter table document add column title_en varchar(200), add column description_en text;
update content.document set
    title_en = 'Card of signs of human trafficking (example)',
    description_en = 'A short card with signs of human trafficking to keep at hand. An example document: the editors replace it with the real handbooks and the full list of indicators.'
where slug = 'signalenkaart-voorbeeld';
