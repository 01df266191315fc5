-- People type 'Middelburg', not CBS's 'Middelburg (Z.)', and 'Den Haag', not ''s-Gravenhage'.
alter table municipality
    add column plain_name varchar(120)
        generated always as (lower(regexp_replace(name, '\s*\([^)]*\)$', ''))) stored;
create index municipality_plain_name_idx on municipality (plain_name);

create table municipality_alias (
    alias           varchar(120) primary key check (alias = lower(alias)),
    municipality_id bigint not null references municipality (id) on delete cascade
);

insert into municipality_alias (alias, municipality_id)
select v.alias, m.id
from (values ('den haag', 'GM0518'),
             ('the hague', 'GM0518'),
             ('den bosch', 'GM0796'),
             ('hertogenbosch', 'GM0796'),
             ('gravenhage', 'GM0518')) as v(alias, cbs_code)
         join municipality m on m.cbs_code = v.cbs_code;
