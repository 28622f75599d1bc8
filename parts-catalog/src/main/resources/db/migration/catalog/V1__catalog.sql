-- Parts catalog: product models, parts with supersession, and serial-range fitments.
-- Portable between H2 (MODE=PostgreSQL) and PostgreSQL.

create sequence cat_product_model_seq start with 1 increment by 50;
create sequence cat_part_seq start with 1 increment by 50;
create sequence cat_fitment_seq start with 1 increment by 50;

create table cat_product_model (
    id                  bigint       not null primary key,
    code                varchar(40)  not null,
    name                varchar(120) not null,
    family              varchar(80)  not null,
    launched_on         date         not null,
    discontinued_on     date,
    parts_support_until date,
    successor_id        bigint references cat_product_model (id),
    version             bigint       not null,
    constraint cat_product_model_code_uk unique (code)
);
create index cat_product_model_support_idx on cat_product_model (parts_support_until);

create table cat_part (
    id                 bigint        not null primary key,
    part_number        varchar(40)   not null,
    description        varchar(200)  not null,
    list_price         numeric(12, 2) not null,
    currency           varchar(3)    not null,
    lifecycle          varchar(20)   not null,
    stock_on_hand      integer       not null,
    superseded_by_id   bigint references cat_part (id),
    interchangeability varchar(10),
    version            bigint        not null,
    constraint cat_part_number_uk unique (part_number),
    constraint cat_part_stock_ck check (stock_on_hand >= 0),
    constraint cat_part_price_ck check (list_price >= 0)
);
create index cat_part_superseded_by_idx on cat_part (superseded_by_id);

create table cat_fitment (
    id            bigint      not null primary key,
    part_id       bigint      not null references cat_part (id),
    model_id      bigint      not null references cat_product_model (id),
    serial_from   varchar(40) not null,
    serial_to     varchar(40) not null,
    unit_position varchar(80) not null
);
-- the fits-my-unit lookup: all fitments of a model whose range starts at or before the serial
create index cat_fitment_model_serial_idx on cat_fitment (model_id, serial_from, serial_to);
create index cat_fitment_part_idx on cat_fitment (part_id);
