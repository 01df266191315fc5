-- Organisation profiles go through the workflow too. The kind list lives in the Java enum
-- (EditorialKind); the column only checks the form, so adding a kind needs no migration here.
alter table revision drop constraint if exists revision_kind_check;
alter table revision add constraint revision_kind_format_check check (kind ~ '^[A-Z_]{1,20}$');
