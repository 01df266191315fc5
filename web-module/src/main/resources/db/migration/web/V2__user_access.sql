-- What each node asks before it serves a logged-in request (AccessRegister): whether the user is
-- still enabled, which roles and regions they hold now, and from when earlier logins and tokens no
-- longer count. Keycloak owns these facts; a row is its answer, re-read when older than a few
-- seconds, and written at once by /beheer when it revokes something, so that every node of a
-- cluster refuses the user's next request.
create table user_access (
  user_name text primary key,
  enabled boolean not null,
  roles text[] not null,
  regions text[] not null,
  -- sessions that logged in and tokens issued before this moment are ended
  revoked_at timestamptz,
  checked_at timestamptz not null
);

-- Logins (Keycloak's session id, the 'sid' claim) that were logged out: every node ends its own
-- session of that login at the next request. Kept until no session could still carry them.
create table ended_login (
  login_id text primary key,
  ended_at timestamptz not null
);

create index ended_login_ended_at_idx on ended_login (ended_at);
