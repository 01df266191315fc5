-- The directory as open data (Open Referral HSDS 3.0, docs/hsds.md).
--
-- modified_at: when the organisation's stored profile last changed (registered, replaced, published
-- or archived), stamped by OrganisationRepository.reindex in the changing transaction, so that a
-- consumer can sync with ?modified_after=. Existing profiles start at their last verification.
alter table organisation add column modified_at timestamptz;
update organisation set modified_at = coalesce(last_verified_on::timestamptz, now());
alter table organisation alter column modified_at set not null;
alter table organisation alter column modified_at set default now();
create index organisation_modified_idx on organisation (modified_at, id);

-- The published Wegwijzer taxonomy: the codes the directory files services under (the enums of
-- directory.model, in their stable lower-case codes), with the names the public site shows for
-- them (web-module messages.properties and messages_en.properties, keys careNeed.*, access.*,
-- age.*, gender.*, nationality.*, form.*, as of 2026-12-07), plus the two terms the open data needs
-- beside them: a phone staffed day and night, and a location's municipality (its CBS code as the
-- attribute's value). HSDS serves each term once per language (nl, en) under stable ids.
create table hsds_term (
    facet    varchar(20)  not null,
    code     varchar(40)  not null,
    position integer      not null,
    name_nl  varchar(120) not null,
    name_en  varchar(120) not null,
    primary key (facet, code)
);

insert into hsds_term (facet, code, position, name_nl, name_en) values
    ('care-need', 'legal-aid', 1, 'Juridische hulp', 'Legal help'),
    ('care-need', 'medical-care', 2, 'Medische zorg', 'Medical care'),
    ('care-need', 'psychological-care', 3, 'Psychische zorg', 'Mental health care'),
    ('care-need', 'shelter', 4, 'Opvang', 'Shelter'),
    ('care-need', 'safety', 5, 'Veiligheid', 'Safety'),
    ('care-need', 'residence-advice', 6, 'Verblijf en immigratie', 'Residence and immigration'),
    ('care-need', 'interpreting', 7, 'Tolken', 'Interpreting'),
    ('care-need', 'work-and-income', 8, 'Werk en inkomen', 'Work and income'),
    ('care-need', 'return-assistance', 9, 'Terugkeer', 'Return home'),
    ('access', 'direct', 1, 'Direct aanmelden', 'Sign up directly'),
    ('access', 'via-coordinator', 2, 'Alleen via de zorgcoördinator', 'Only through the care coordinator'),
    ('access', 'via-national-registration', 3, 'Via de landelijke aanmelding', 'Through the national registration'),
    ('age', 'minor', 1, 'Minderjarigen (onder 18)', 'Minors (under 18)'),
    ('age', 'adult', 2, 'Volwassenen (18+)', 'Adults (18+)'),
    ('gender', 'female', 1, 'Vrouwen', 'Women'),
    ('gender', 'male', 2, 'Mannen', 'Men'),
    ('gender', 'x', 3, 'Non-binair / X', 'Non-binary / X'),
    ('nationality', 'dutch', 1, 'Nederlands', 'Dutch'),
    ('nationality', 'eu', 2, 'EU', 'EU'),
    ('nationality', 'non-eu', 3, 'Buiten de EU', 'Outside the EU'),
    ('form', 'sexual-domestic', 1, 'Seksuele uitbuiting binnen Nederland', 'Sexual exploitation within the Netherlands'),
    ('form', 'sexual-cross-border', 2, 'Grensoverschrijdende seksuele uitbuiting', 'Cross-border sexual exploitation'),
    ('form', 'labour', 3, 'Arbeidsuitbuiting', 'Labour exploitation'),
    ('form', 'criminal', 4, 'Criminele uitbuiting', 'Criminal exploitation'),
    ('form', 'forced-begging', 5, 'Gedwongen bedelarij', 'Forced begging'),
    ('form', 'organ', 6, 'Gedwongen orgaanverwijdering', 'Forced organ removal'),
    ('form', 'other', 7, 'Andere vormen van uitbuiting', 'Other forms of exploitation'),
    ('phone', '24x7', 1, 'Dag en nacht bereikbaar (24/7)', 'Staffed day and night (24/7)'),
    ('location', 'municipality', 1, 'Gemeente (CBS-code)', 'Municipality (CBS code)');
