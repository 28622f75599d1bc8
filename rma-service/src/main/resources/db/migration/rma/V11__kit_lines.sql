-- Kits (1:N supersession): a line for which a kit ships keeps the kit's parts, each scanned at the shipment
-- gate, and names the kit in approved_part ("DOOR-2 + 2 × PIN-1": up to 10 parts). H2 and PostgreSQL.

alter table rma_line alter column approved_part set data type varchar(200);

create table rma_line_kit_part (
    line_id     bigint      not null references rma_line (id),
    part_no     integer     not null,
    part_number varchar(40) not null,
    quantity    integer     not null,
    constraint rma_line_kit_part_pk primary key (line_id, part_no)
);
-- how many kit parts a line has (0: one part ships), so a list of RMAs reads the kit table only for kit lines
alter table rma_line add column kit_size integer default 0 not null;
