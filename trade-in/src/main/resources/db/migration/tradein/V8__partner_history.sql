-- What admins (and partners through their API) changed about a partner: who, when, what.
create sequence trd_partner_event_seq start with 1 increment by 50;

create table trd_partner_event (
    id          bigint       not null primary key,
    partner_id  bigint       not null references trd_partner (id),
    occurred_at timestamp with time zone not null,
    actor       varchar(60)  not null,
    action      varchar(30)  not null,
    detail      varchar(300)
);
create index trd_partner_event_partner_idx on trd_partner_event (partner_id, occurred_at);
