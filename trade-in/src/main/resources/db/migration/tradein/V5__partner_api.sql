-- The partner-facing API: per-partner keys, a request rate per partner, and offer feeds with their reports.

alter table trd_partner add column requests_per_minute integer default 600 not null;
alter table trd_partner add constraint trd_partner_rate_ck check (requests_per_minute between 1 and 100000);

-- A key is shown once when issued; only a SHA-256 of its secret part is kept. Revoked keys stay for the record.
create table trd_partner_key (
    key_id      varchar(16)  not null primary key,
    partner_id  bigint       not null references trd_partner (id),
    secret_hash varchar(64)  not null,
    label       varchar(80),
    created_at  timestamp with time zone not null,
    created_by  varchar(60)  not null,
    revoked_at  timestamp with time zone,
    revoked_by  varchar(60)
);
create index trd_partner_key_partner_idx on trd_partner_key (partner_id);

-- One uploaded feed: its state, its progress and what it did. The content is kept (in chunks, so that any
-- database stores it the same way) until the feed is applied, so a crash loses nothing.
create sequence trd_offer_feed_seq start with 1 increment by 50;
create table trd_offer_feed (
    id            bigint      not null primary key,
    partner_id    bigint      not null references trd_partner (id),
    format        varchar(10) not null,
    status        varchar(20) not null,
    received_at   timestamp with time zone not null,
    received_by   varchar(60) not null,
    started_at    timestamp with time zone,
    heartbeat_at  timestamp with time zone,
    finished_at   timestamp with time zone,
    size_bytes    bigint      not null,
    content_sha256 varchar(64) not null,
    rows_total    integer     not null,
    rows_done     integer     not null,
    created_count   integer   not null,
    updated_count   integer   not null,
    unchanged_count integer   not null,
    rejected_count  integer   not null,
    attempts      integer     not null,
    failure       varchar(300),
    version       bigint      not null
);
create index trd_offer_feed_partner_idx on trd_offer_feed (partner_id, received_at);
create index trd_offer_feed_status_idx on trd_offer_feed (status, heartbeat_at);

create table trd_offer_feed_chunk (
    feed_id bigint  not null references trd_offer_feed (id),
    seq     integer not null,
    data    bytea   not null,
    primary key (feed_id, seq)
);

create sequence trd_feed_rejection_seq start with 1 increment by 50;
create table trd_feed_rejection (
    id         bigint       not null primary key,
    feed_id    bigint       not null references trd_offer_feed (id),
    feed_row   integer      not null,
    field      varchar(40),
    reason     varchar(300) not null
);
create index trd_feed_rejection_feed_idx on trd_feed_rejection (feed_id, feed_row);

-- Feeds look up a chunk's offers by the partner's part numbers (an IN list). H2 only uses an index for an IN
-- list on the index's first column, so the unique key leads with the number: one index serves both.
alter table trd_offer drop constraint trd_offer_partner_part_uk;
alter table trd_offer add constraint trd_offer_number_partner_uk unique (partner_part_number, partner_id);
