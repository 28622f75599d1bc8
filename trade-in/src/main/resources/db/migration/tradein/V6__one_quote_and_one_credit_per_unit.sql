-- A trade-in quote is for one registered unit (rma-service's unit id: trade-in keeps the number, not a foreign
-- key into another module's tables). At most one open quote and one credit per unit, enforced here too so that
-- two requests at once cannot both win: open_unit_id is set while a quote is QUOTED, credit_unit_id once it is
-- ACCEPTED (and kept when RECEIVED). Both are unique; nulls never collide on H2 or PostgreSQL, so closed quotes
-- (superseded, expired) cost nothing. H2 has no partial indexes, hence the extra columns.
-- Quotes made before this migration name no unit and stay as they are.
alter table trd_quote add column unit_id bigint;
alter table trd_quote add column open_unit_id bigint;
alter table trd_quote add column credit_unit_id bigint;
alter table trd_quote add constraint trd_quote_open_unit_uk unique (open_unit_id);
alter table trd_quote add constraint trd_quote_credit_unit_uk unique (credit_unit_id);
alter table trd_quote add constraint trd_quote_open_unit_ck check (open_unit_id is null or open_unit_id = unit_id);
alter table trd_quote add constraint trd_quote_credit_unit_ck check (credit_unit_id is null or credit_unit_id = unit_id);
create index trd_quote_unit_idx on trd_quote (unit_id);
