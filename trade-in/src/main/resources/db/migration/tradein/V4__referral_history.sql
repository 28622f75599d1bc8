-- Every step of a referral: who reported what, when.
create sequence trd_referral_event_seq start with 1 increment by 50;

create table trd_referral_event (
    id          bigint      not null primary key,
    referral_id bigint      not null references trd_referral (id),
    occurred_at timestamp with time zone not null,
    actor       varchar(60) not null,
    from_state  varchar(20),
    to_state    varchar(20) not null
);
create index trd_referral_event_referral_idx on trd_referral_event (referral_id, occurred_at);
