-- The application takes ids for signals and access-log rows 50 at a time (Signal.IDS_PER_FETCH):
-- one nextval per 50 inserts instead of a lastval() round trip after each. EclipseLink takes a
-- value N as the last of its block N-49..N, so the first value must be at least 50. Rows inserted
-- with the column's default get such an N themselves, so both kinds of insert never collide.
alter sequence signal_id_seq increment by 50;
alter sequence access_log_id_seq increment by 50;
select setval('signal_id_seq', greatest(last_value, 50)) from signal_id_seq;
select setval('access_log_id_seq', greatest(last_value, 50)) from access_log_id_seq;
