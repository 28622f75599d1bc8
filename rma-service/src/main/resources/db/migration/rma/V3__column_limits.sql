-- A notice about an incident carries the incident's title (up to 120 characters) as its case reference;
-- 40 characters overflowed and made declaring an incident with a longer title fail.
alter table rcv_notice alter column case_ref set data type varchar(120);
-- At the return gate "expected" lists every line's part ("BD-880-A or HG-12"): up to 10 lines of 40.
alter table rma_gate_check alter column expected set data type varchar(500);
