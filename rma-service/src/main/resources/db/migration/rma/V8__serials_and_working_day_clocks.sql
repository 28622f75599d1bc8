-- Serial and lot traceability: what was scanned at shipment and at return receipt, per line (optional:
-- parts without a serial or lot leave it empty)
alter table rma_line add column shipped_serial varchar(40);
alter table rma_line add column returned_serial varchar(40);
-- the serial last shipped for a part to a unit (the one expected back): by part and serial
create index rma_line_approved_serial_idx on rma_line (approved_part, shipped_serial);

-- Working-day clocks: the delivery promise in working days, a warning before it, a breach once after it
alter table rma_rma add column due_on date;
alter table rma_rma add column due_warned boolean default false not null;
alter table rma_rma add column breached_on date;
create index rma_rma_due_idx on rma_rma (due_on, state);
create index rma_rma_breached_idx on rma_rma (breached_on);

-- A unit's service history lists the notices about its RMAs (a notice's case is the RMA number)
create index rcv_notice_case_idx on rcv_notice (case_ref);
-- ... and the wrong parts caught on its RMAs (gate checks are kept by unit)
create index rma_gate_check_unit_idx on rma_gate_check (unit_id, passed);
