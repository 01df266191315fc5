-- One counter that goes up in the same transaction as every change to what the public site shows
-- (a publication, an archived item, a coordinator, the postcode table). Each application server
-- polls it to empty its cache of rendered public pages when another server changed the content.
create table published_content (
    id         smallint primary key check (id = 1),
    generation bigint not null,
    changed_at timestamptz not null
);
insert into published_content (id, generation, changed_at) values (1, 0, now());
