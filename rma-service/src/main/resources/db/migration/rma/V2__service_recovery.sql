-- Service recovery: notices that own our faults (an outbox for mail), the concessions granted with them,
-- and incidents declared by staff.

create sequence rcv_notice_seq start with 1 increment by 50;
create sequence rcv_concession_seq start with 1 increment by 50;
create sequence rcv_incident_seq start with 1 increment by 50;

create table rcv_incident (
    id           bigint        not null primary key,
    title        varchar(120)  not null,
    description  varchar(1000) not null,
    started_at   timestamp with time zone not null,
    ended_at     timestamp with time zone not null,
    declared_by  varchar(60)   not null,
    declared_at  timestamp with time zone not null
);

create table rcv_notice (
    id                bigint        not null primary key,
    -- one notice per occurrence of a fault, however often its trigger fires
    occurrence_key    varchar(120)  not null,
    customer_username varchar(60)   not null,
    email             varchar(200)  not null,
    kind              varchar(30)   not null,
    case_ref          varchar(40)   not null,
    subject           varchar(200)  not null,
    body              varchar(4000) not null,
    created_at        timestamp with time zone not null,
    claimed_at        timestamp with time zone,
    sent_at           timestamp with time zone,
    attempts          integer       not null,
    incident_id       bigint references rcv_incident (id),
    constraint rcv_notice_occurrence_uk unique (occurrence_key)
);
create index rcv_notice_customer_idx on rcv_notice (customer_username, created_at);
create index rcv_notice_unsent_idx on rcv_notice (sent_at, attempts);

create table rcv_concession (
    id                bigint         not null primary key,
    notice_id         bigint         not null references rcv_notice (id),
    customer_username varchar(60)    not null,
    kind              varchar(30)    not null,
    amount            numeric(12, 2) not null,
    currency          varchar(3)     not null,
    granted_at        timestamp with time zone not null
);
create index rcv_concession_customer_idx on rcv_concession (customer_username);
create index rcv_concession_notice_idx on rcv_concession (notice_id);
