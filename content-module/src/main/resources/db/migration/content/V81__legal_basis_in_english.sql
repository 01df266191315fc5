-- The legal basis of a rule version for an English reader (issue 22 §4): an English gloss of each law
-- and regulation with its Dutch name kept in brackets, so that a reader can find it (as V31 keeps
-- Dutch legal terms in brackets).
-- Editors write it beside the Dutch one in the regulation's workflow (field legalBasisEn); an English
-- reader whose version has none gets the regulation in Dutch, marked as Dutch. The glosses are our
-- own plain wording, not official translations.
alter table rule_version add column legal_basis_en varchar(500);

update content.rule_version v set legal_basis_en = e.english
from (values
  ('Burgerlijk Wetboek, boek 1 (gezag en voogdij); Jeugdwet',
   'Civil Code (Burgerlijk Wetboek), book 1 on parental authority and guardianship; Youth Act (Jeugdwet)'),
  ('Europese richtlijn 2011/36/EU (artikel 8); beleid van het Openbaar Ministerie over mensenhandel',
   'EU Directive 2011/36/EU, article 8; the policy of the Public Prosecution Service (Openbaar Ministerie) on human trafficking'),
  ('Jeugdwet; Wet verplichte meldcode huiselijk geweld en kindermishandeling',
   'Youth Act (Jeugdwet); Act on the compulsory reporting code for domestic violence and child abuse (Wet verplichte meldcode huiselijk geweld en kindermishandeling)'),
  ('Regeling verstrekkingen bepaalde categorieën vreemdelingen (Rvb)',
   'the scheme that provides housing, an allowance and health insurance to certain groups of foreign nationals (Regeling verstrekkingen bepaalde categorieën vreemdelingen, Rvb)'),
  ('Vreemdelingenwet 2000, artikel 8 onder k; Vreemdelingencirculaire 2000, paragraaf B8/3.1 (WBV 2023/11: Dublinclaimanten dertig dagen); Europese richtlijn 2004/81/EG',
   'Aliens Act 2000 (Vreemdelingenwet 2000), article 8 under k; Aliens Circular 2000 (Vreemdelingencirculaire 2000), section B8/3.1, where since WBV 2023/11 a Dublin claimant gets thirty days; EU Directive 2004/81/EC'),
  ('Vreemdelingenwet 2000, artikel 8 onder k; Vreemdelingencirculaire 2000, hoofdstuk B8/3 (Dublinclaimanten: aangifte eerst beoordeeld op opsporingsindicaties); Europese richtlijn 2004/81/EG',
   'Aliens Act 2000 (Vreemdelingenwet 2000), article 8 under k; Aliens Circular 2000 (Vreemdelingencirculaire 2000), chapter B8/3, where the report of a Dublin claimant is first checked for leads for an investigation; EU Directive 2004/81/EC'),
  ('Vreemdelingenwet 2000, artikel 8 onder k; Vreemdelingencirculaire 2000, hoofdstuk B9 (later vernummerd tot B8/3); Europese richtlijn 2004/81/EG',
   'Aliens Act 2000 (Vreemdelingenwet 2000), article 8 under k; Aliens Circular 2000 (Vreemdelingencirculaire 2000), chapter B9, later renumbered B8/3; EU Directive 2004/81/EC'),
  ('Vreemdelingenwet 2000; Vreemdelingenbesluit 2000, artikel 3.48; Vreemdelingencirculaire 2000, hoofdstuk B8/3 (voorheen B9)',
   'Aliens Act 2000 (Vreemdelingenwet 2000); Aliens Decree 2000 (Vreemdelingenbesluit 2000), article 3.48; Aliens Circular 2000 (Vreemdelingencirculaire 2000), chapter B8/3, formerly B9'),
  ('Vreemdelingenwet 2000; Vreemdelingencirculaire 2000, hoofdstuk B8/3 (ontheffing van de medewerkingsplicht)',
   'Aliens Act 2000 (Vreemdelingenwet 2000); Aliens Circular 2000 (Vreemdelingencirculaire 2000), chapter B8/3 on release from the duty to cooperate with the investigation'),
  ('Wet minimumloon en minimumvakantiebijslag; Burgerlijk Wetboek, boek 7 (arbeidsovereenkomst)',
   'Minimum Wage and Holiday Pay Act (Wet minimumloon en minimumvakantiebijslag); Civil Code (Burgerlijk Wetboek), book 7 on the employment contract'),
  ('Wet op de rechtsbijstand; Wetboek van Strafvordering (rechten van het slachtoffer)',
   'Legal Aid Act (Wet op de rechtsbijstand); Code of Criminal Procedure (Wetboek van Strafvordering) on the rights of the victim'),
  ('Wet schadefonds geweldsmisdrijven',
   'the act on the fund that compensates victims of violent crime (Wet schadefonds geweldsmisdrijven)'),
  ('Wetboek van Strafvordering (benadeelde partij, artikel 51f en verder); Wetboek van Strafrecht (schadevergoedingsmaatregel, artikel 36f)',
   'Code of Criminal Procedure (Wetboek van Strafvordering) on the injured party, article 51f and following; Criminal Code (Wetboek van Strafrecht) on the compensation order, article 36f'),
  ('Wetboek van Strafvordering, rechten van het slachtoffer (artikel 51c); Europese richtlijn 2012/29/EU',
   'Code of Criminal Procedure (Wetboek van Strafvordering) on the rights of the victim, article 51c; EU Directive 2012/29/EU'),
  ('Wetboek van Strafvordering, titel over het slachtoffer (artikel 51a en verder)',
   'Code of Criminal Procedure (Wetboek van Strafvordering), the title on the victim, article 51a and following')
) as e (dutch, english)
where v.legal_basis = e.dutch;
