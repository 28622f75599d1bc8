-- The catalog's audit trail: every admin change to a part (price, stock, lifecycle, supersession) or a model
-- (lifecycle dates, successor, fitments), with who, when, before and after. Written in the transaction of
-- the change. Keyed by code, no foreign key: the trail outlives a removed fitment. H2 and PostgreSQL.

create sequence cat_change_seq start with 1 increment by 50;

create table cat_change (
    id           bigint       not null primary key,
    subject      varchar(10)  not null,
    subject_code varchar(40)  not null,
    what         varchar(40)  not null,
    before_value varchar(200),
    after_value  varchar(200),
    actor        varchar(80)  not null,
    occurred_at  timestamp with time zone not null
);
-- a part's or a model's recent changes, newest first
create index cat_change_subject_idx on cat_change (subject, subject_code, occurred_at);
