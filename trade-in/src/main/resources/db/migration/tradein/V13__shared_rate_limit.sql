-- The partner rate limit's token bucket, one row per partner, shared by every node (it used to live in each
-- node's memory, so N nodes allowed N times the rate). tokens is fractional: the bucket refills evenly.
-- refilled_at is in epoch milliseconds of the node that last took a token (nodes keep their clocks in step).
create table trd_partner_rate (
    partner_id  bigint           not null primary key,
    per_minute  integer          not null,
    tokens      double precision not null,
    refilled_at bigint           not null
);
