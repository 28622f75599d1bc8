-- RMA service: customers, registered units, warranty policies, RMAs with lines, their audit trail,
-- the wrong-part gate checks and failed fulfilments. Part and model are referenced by their public
-- numbers/codes: the catalog's tables belong to the catalog.

create sequence rma_customer_seq start with 1 increment by 50;
create sequence rma_unit_seq start with 1 increment by 50;
create sequence rma_rma_seq start with 1 increment by 50;
create sequence rma_line_seq start with 1 increment by 50;
create sequence rma_event_seq start with 1 increment by 50;
create sequence rma_gate_check_seq start with 1 increment by 50;
create sequence rma_failure_seq start with 1 increment by 50;
-- the public RMA numbers: gapless enough for people, independent of ids
create sequence rma_number_seq start with 1 increment by 1;

create table rma_customer (
    id           bigint       not null primary key,
    username     varchar(60)  not null,
    display_name varchar(120) not null,
    email        varchar(200) not null,
    constraint rma_customer_username_uk unique (username)
);

create table rma_registered_unit (
    id                 bigint      not null primary key,
    customer_id        bigint      not null references rma_customer (id),
    model_code         varchar(40) not null,
    serial             varchar(40) not null,
    purchased_on       date        not null,
    proof_of_purchase  varchar(80),
    constraint rma_unit_model_serial_uk unique (model_code, serial)
);
create index rma_unit_customer_idx on rma_registered_unit (customer_id);

create table rma_warranty_policy (
    model_code      varchar(40) not null primary key,
    coverage_months integer     not null,
    constraint rma_warranty_months_ck check (coverage_months >= 0)
);

create table rma_rma (
    id                   bigint       not null primary key,
    rma_number           varchar(20)  not null,
    customer_id          bigint       not null references rma_customer (id),
    unit_id              bigint       not null references rma_registered_unit (id),
    state                varchar(20)  not null,
    in_warranty          boolean      not null,
    return_required      boolean      not null,
    requested_at         timestamp with time zone not null,
    promised_ship_by     date,
    late_flagged         boolean      not null,
    escalated_to         varchar(120),
    escalation_deadline  timestamp with time zone,
    version              bigint       not null,
    constraint rma_number_uk unique (rma_number)
);
create index rma_rma_customer_idx on rma_rma (customer_id, requested_at);
create index rma_rma_state_idx on rma_rma (state, requested_at);
create index rma_rma_unit_idx on rma_rma (unit_id);

create table rma_line (
    id              bigint         not null primary key,
    rma_id          bigint         not null references rma_rma (id),
    line_no         integer        not null,
    requested_part  varchar(40)    not null,
    approved_part   varchar(40)    not null,
    quantity        integer        not null,
    reason          varchar(20)    not null,
    unit_price      numeric(12, 2) not null,
    currency        varchar(3)     not null,
    constraint rma_line_qty_ck check (quantity between 1 and 20)
);
create index rma_line_rma_idx on rma_line (rma_id);

create table rma_event (
    id          bigint       not null primary key,
    rma_id      bigint       not null references rma_rma (id),
    occurred_at timestamp with time zone not null,
    actor       varchar(60)  not null,
    from_state  varchar(20),
    to_state    varchar(20)  not null,
    note        varchar(500)
);
create index rma_event_rma_idx on rma_event (rma_id, occurred_at);

-- every wrong-part check at every gate, passed or caught; the catches are recorded even when the request
-- they belong to is refused (so rma_number may be empty at the request gate). Written in a transaction of
-- its own, so unit_id carries no foreign key: the unit may still be uncommitted in the caller's transaction.
create table rma_gate_check (
    id          bigint       not null primary key,
    rma_number  varchar(20),
    unit_id     bigint       not null,
    gate        varchar(20)  not null,
    passed      boolean      not null,
    expected    varchar(40)  not null,
    actual      varchar(40)  not null,
    checked_at  timestamp with time zone not null,
    actor       varchar(60)  not null
);
create index rma_gate_check_gate_idx on rma_gate_check (gate, passed);

create table rma_failure (
    id          bigint       not null primary key,
    unit_id     bigint       not null references rma_registered_unit (id),
    rma_id      bigint       not null references rma_rma (id),
    kind        varchar(20)  not null,
    occurred_at timestamp with time zone not null,
    note        varchar(500)
);
create index rma_failure_unit_idx on rma_failure (unit_id);
