-- Kits (1:N supersession): a part replaced by a set of parts that ship together, each with a quantity.
-- cat_part.kit_size counts the members (0: no kit), so the fit lookup reads cat_kit_member only when a part
-- it read has a kit. H2 and PostgreSQL.

alter table cat_part add column kit_size integer default 0 not null;

create table cat_kit_member (
    part_id   bigint  not null references cat_part (id),
    member_no integer not null,
    member_id bigint  not null references cat_part (id),
    quantity  integer not null,
    constraint cat_kit_member_pk primary key (part_id, member_no),
    constraint cat_kit_member_quantity_ck check (quantity between 1 and 99)
);
-- which kits a part is in (the cycle check walks forward only, but a part's removal or audit may ask)
create index cat_kit_member_member_idx on cat_kit_member (member_id);
