-- Product transitions: partner suppliers and their offers, refurbished stock, and trade-in programs.
-- Our parts and models are referenced by their public numbers: the catalog's tables belong to the catalog.

create sequence trd_partner_seq start with 1 increment by 50;
create sequence trd_offer_seq start with 1 increment by 50;
create sequence trd_refurbished_seq start with 1 increment by 50;
create sequence trd_program_seq start with 1 increment by 50;

create table trd_partner (
    id            bigint        not null primary key,
    name          varchar(120)  not null,
    royalty_rate  numeric(5, 4) not null,
    active        boolean       not null,
    version       bigint        not null,
    constraint trd_partner_name_uk unique (name),
    constraint trd_partner_royalty_ck check (royalty_rate >= 0 and royalty_rate < 1)
);

create table trd_offer (
    id                  bigint         not null primary key,
    partner_id          bigint         not null references trd_partner (id),
    partner_part_number varchar(60)    not null,
    our_part_number     varchar(40)    not null,
    price               numeric(12, 2) not null,
    currency            varchar(3)     not null,
    stock               integer        not null,
    lead_time_days      integer        not null,
    constraint trd_offer_partner_part_uk unique (partner_id, partner_part_number),
    constraint trd_offer_price_ck check (price >= 0),
    constraint trd_offer_stock_ck check (stock >= 0),
    constraint trd_offer_lead_ck check (lead_time_days between 0 and 365)
);
create index trd_offer_our_part_idx on trd_offer (our_part_number);

create table trd_refurbished (
    id              bigint         not null primary key,
    our_part_number varchar(40)    not null,
    price           numeric(12, 2) not null,
    currency        varchar(3)     not null,
    stock           integer        not null,
    lead_time_days  integer        not null,
    constraint trd_refurbished_part_uk unique (our_part_number)
);

create table trd_program (
    id                   bigint         not null primary key,
    model_code           varchar(40)    not null,
    successor_code       varchar(40)    not null,
    base_credit          numeric(12, 2) not null,
    currency             varchar(3)     not null,
    monthly_depreciation numeric(5, 4)  not null,
    floor_credit         numeric(12, 2) not null,
    quote_valid_days     integer        not null,
    constraint trd_program_model_uk unique (model_code)
);
