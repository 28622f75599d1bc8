-- Trade-in quotes (quote -> accept -> credit code; re-graded on receipt) and partner referrals with royalties.

create sequence trd_quote_seq start with 1 increment by 50;
create sequence trd_referral_seq start with 1 increment by 50;

create table trd_quote (
    id                bigint         not null primary key,
    customer_username varchar(60)    not null,
    model_code        varchar(40)    not null,
    serial            varchar(40)    not null,
    purchased_on      date           not null,
    grade             varchar(1)     not null,
    credit            numeric(12, 2) not null,
    currency          varchar(3)     not null,
    successor_code    varchar(40)    not null,
    quoted_at         timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    state             varchar(20)    not null,
    credit_code       varchar(40),
    note              varchar(300),
    version           bigint         not null,
    constraint trd_quote_code_uk unique (credit_code)
);
create index trd_quote_customer_idx on trd_quote (customer_username, quoted_at);

create table trd_referral (
    id                  bigint         not null primary key,
    partner_id          bigint         not null references trd_partner (id),
    offer_id            bigint         not null references trd_offer (id),
    customer_username   varchar(60)    not null,
    our_part_number     varchar(40)    not null,
    partner_part_number varchar(60)    not null,
    sale_price          numeric(12, 2) not null,
    currency            varchar(3)     not null,
    state               varchar(20)    not null,
    issued_at           timestamp with time zone not null,
    changed_at          timestamp with time zone not null,
    changed_by          varchar(60)    not null,
    royalty             numeric(12, 2),
    fulfilled_at        timestamp with time zone,
    version             bigint         not null
);
create index trd_referral_partner_idx on trd_referral (partner_id, state, fulfilled_at);
create index trd_referral_customer_idx on trd_referral (customer_username, issued_at);
