-- English beside the Dutch in an organisation profile (issue 22 §4): the description and, per
-- service, its name and description. Optional: where one is missing the English site shows the
-- Dutch text marked as Dutch. Editors fill them in the same four-eyes workflow as the Dutch ones
-- (the ORGANISATION kind's fields descriptionEn, service.N.nameEn and service.N.descriptionEn).
alter table organisation add column description_en text;
alter table care_service add column name_en varchar(200), add column description_en text;
