-- Write to us: every message a customer (or anyone with an e-mail address) sends is a case with a named
-- owner and a reply deadline, its thread, its audit trail, and the letters we mail about it (an outbox).

create sequence cs_case_seq start with 1 increment by 50;
create sequence cs_message_seq start with 1 increment by 50;
create sequence cs_event_seq start with 1 increment by 50;
create sequence cs_letter_seq start with 1 increment by 50;

create table cs_case (
    id                bigint        not null primary key,
    version           integer       not null,
    topic             varchar(20)   not null,
    status            varchar(20)   not null,
    step              varchar(20)   not null,
    -- null for a letter from the public form (no account)
    customer_username varchar(60),
    writer_name       varchar(120)  not null,
    email             varchar(200)  not null,
    rma_number        varchar(40),
    unit_id           bigint,
    owner             varchar(60)   not null,
    delegate          varchar(60),
    deadline_at       timestamp with time zone not null,
    created_at        timestamp with time zone not null,
    answered_at       timestamp with time zone,
    -- the sender's address, for the public form's hourly limit
    origin            varchar(64)
);
create index cs_case_customer_idx on cs_case (customer_username, created_at);
create index cs_case_owner_idx on cs_case (owner, status, deadline_at);
create index cs_case_delegate_idx on cs_case (delegate, status);
create index cs_case_due_idx on cs_case (status, deadline_at);
create index cs_case_email_idx on cs_case (email, created_at);
create index cs_case_origin_idx on cs_case (origin, created_at);

create table cs_message (
    id            bigint        not null primary key,
    case_id       bigint        not null references cs_case (id),
    author        varchar(60),
    author_name   varchar(200)  not null,
    from_customer boolean       not null,
    body          varchar(4000) not null,
    written_at    timestamp with time zone not null
);
create index cs_message_case_idx on cs_message (case_id, written_at);

create table cs_event (
    id       bigint       not null primary key,
    case_id  bigint       not null references cs_case (id),
    kind     varchar(20)  not null,
    actor    varchar(60)  not null,
    owner    varchar(60)  not null,
    note     varchar(300),
    occurred_at timestamp with time zone not null
);
create index cs_event_case_idx on cs_event (case_id, occurred_at);

create table cs_letter (
    id             bigint        not null primary key,
    -- one letter per occurrence (acknowledgement, each climb, the answer), however often it is triggered
    occurrence_key varchar(120)  not null,
    case_id        bigint        not null references cs_case (id),
    email          varchar(200)  not null,
    subject        varchar(200)  not null,
    body           varchar(4000) not null,
    created_at     timestamp with time zone not null,
    claimed_at     timestamp with time zone,
    sent_at        timestamp with time zone,
    attempts       integer       not null,
    constraint cs_letter_occurrence_uk unique (occurrence_key)
);
create index cs_letter_unsent_idx on cs_letter (sent_at, created_at);
create index cs_letter_case_idx on cs_letter (case_id);
