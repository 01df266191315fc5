-- E-mail notices to coordinators (issue 23 §6). Each coordinator can switch each kind off; a user
-- without a row gets all of them. The mails hold no case data, so nothing else is stored.
create table casework.notice_setting (
    user_name        varchar(255) primary key,
    signal_arrived   boolean      not null default true,
    transfer_offered boolean      not null default true,
    daily_digest     boolean      not null default true,
    version          bigint       not null default 0
);

-- The day a digest of tomorrow's deadlines was sent: on a cluster every node's timer fires, and the
-- first to claim the day sends it.
create table casework.notice_digest (
    day     date        primary key,
    sent_at timestamptz not null default now()
);
