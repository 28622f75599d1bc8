-- Exploded diagrams: per model and serial range (a revision), a sanitised SVG drawing with hotspots that
-- stand for the unit's positions; and the trail of every change to them. H2 (MODE=PostgreSQL) and PostgreSQL.

create sequence cat_diagram_seq start with 1 increment by 50;
create sequence cat_diagram_event_seq start with 1 increment by 50;

create table cat_diagram (
    id          bigint       not null primary key,
    model_id    bigint       not null references cat_product_model (id),
    serial_from varchar(40)  not null,
    serial_to   varchar(40)  not null,
    label       varchar(80)  not null,
    svg         bytea,
    view_box    varchar(80),
    changed_by  varchar(80)  not null,
    changed_at  timestamp with time zone not null,
    version     bigint       not null
);
-- the fit page's lookup (the diagram whose range holds a serial) and the overlap check on upload
create index cat_diagram_model_serial_idx on cat_diagram (model_id, serial_from, serial_to);

create table cat_diagram_hotspot (
    diagram_id    bigint      not null references cat_diagram (id) on delete cascade,
    ordinal       integer     not null,
    unit_position varchar(80) not null,
    shape         varchar(10) not null,
    x             integer     not null,
    y             integer     not null,
    width         integer     not null,
    height        integer     not null,
    label         varchar(80),
    primary key (diagram_id, ordinal)
);

-- no foreign key to cat_diagram: the trail of a deleted diagram stays
create table cat_diagram_event (
    id          bigint       not null primary key,
    diagram_id  bigint       not null,
    model_code  varchar(40)  not null,
    action      varchar(20)  not null,
    actor       varchar(80)  not null,
    occurred_at timestamp with time zone not null,
    detail      varchar(300)
);
create index cat_diagram_event_diagram_idx on cat_diagram_event (diagram_id, occurred_at);
