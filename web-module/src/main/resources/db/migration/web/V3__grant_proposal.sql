-- Four-eyes for privileged grants (GrantProposal): giving a user the role admin or coordinator, or
-- a region, is proposed by one administrator and carried out in Keycloak only when a second,
-- different administrator approves it. Here, not beside the audit trail in the directory schema:
-- the proposals are the web module's own user management (they name Keycloak users and roles,
-- which the domain modules know nothing of), while the audit trail keeps what was decided.
create table grant_proposal (
  id bigint generated always as identity primary key,
  version bigint not null default 0,
  user_id varchar(64) not null,
  user_name varchar(255) not null,
  kind varchar(10) not null check (kind in ('ROLE', 'REGION')),
  grant_value varchar(64) not null,
  state varchar(10) not null default 'OPEN'
    check (state in ('OPEN', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
  proposed_by varchar(255) not null,
  proposed_at timestamptz not null,
  decided_by varchar(255),
  decided_at timestamptz,
  reason varchar(500),
  check ((state = 'OPEN') = (decided_by is null and decided_at is null))
);

-- one open proposal per user and grant: proposing it again changes nothing
create unique index grant_proposal_open_idx on grant_proposal (user_id, kind, grant_value)
  where state = 'OPEN';
-- the list of open proposals, oldest first
create index grant_proposal_state_idx on grant_proposal (state, proposed_at, id);
