-- Resolutions per RMA line (replace, advance replacement, keep it, refund, store credit) and their money,
-- recorded once per line; an advance replacement's return date and the day the customer was told it is overdue
alter table rma_line add column resolution varchar(30);
alter table rma_line add column value_each numeric(12, 2);
alter table rma_line add column settlement varchar(20);
alter table rma_line add column settled_amount numeric(12, 2);
alter table rma_line add column settled_at timestamp with time zone;
-- lines approved before resolutions: the old part back was a replacement, none a keep-it
update rma_line set resolution = 'REPLACE'
    where rma_id in (select id from rma_rma where return_required = true and state not in ('REQUESTED', 'VERIFIED'));
update rma_line set resolution = 'KEEP_IT'
    where resolution is null and rma_id in (select id from rma_rma where state not in ('REQUESTED', 'VERIFIED'));

alter table rma_rma add column return_due_on date;
alter table rma_rma add column return_reminded_on date;
alter table rma_rma add column wrong_part_shipped boolean default false not null;
-- the overdue-return round: RMAs waiting for an old part by due day
create index rma_rma_return_due_idx on rma_rma (return_due_on, state);
