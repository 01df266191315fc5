-- The public forms' per-address limits, shared by every node of a cluster (PostAllowance). One row
-- per accepted post, kept only until its window has passed. The visitor's address is never stored:
-- a bucket is an HMAC-SHA256 of the limit and the address, under a key that is not in the
-- database, so a copy of this table cannot be turned back into addresses.
create table post_allowance (
  id bigint generated always as identity primary key,
  bucket bytea not null check (length(bucket) = 32),
  expires_at timestamptz not null
);

-- counting one bucket's posts in its window
create index post_allowance_bucket_idx on post_allowance (bucket, expires_at);
-- the sweep of expired rows
create index post_allowance_expiry_idx on post_allowance (expires_at);
