-- Benchmark catalog: 100,000 models, 1,000,000 parts, 5,000,000 fitments (H2 SQL).
-- Ids start at 10,000,001 so they never meet the application's own sequences.
-- Each model has 50 fitments: 20 for revision A serials (S000000-S499999), 20 for revision B
-- (S500000-S999999), 10 for all serials; so a unit's lookup matches 30 fitments. Every tenth part is
-- discontinued without stock and superseded (one way) by the next part.

insert into cat_product_model (id, code, name, family, launched_on, discontinued_on, parts_support_until, successor_id, version)
select 10000000 + x, 'BM-' || lpad(cast(x as varchar), 6, '0'), 'Bench model ' || x, 'Bench family ' || mod(x, 100),
       date '2020-01-01', null, null, null, 0
from system_range(1, 100000);

insert into cat_part (id, part_number, description, list_price, currency, lifecycle, stock_on_hand, superseded_by_id, interchangeability, version)
select 10000000 + x, 'BP-' || lpad(cast(x as varchar), 7, '0'), 'Bench part ' || x, 10.00 + mod(x, 90), 'EUR',
       case when mod(x, 10) = 0 then 'DISCONTINUED' else 'ACTIVE' end,
       case when mod(x, 10) = 0 then 0 else mod(x, 50) end,
       null, null, 0
from system_range(1, 1000000);

update cat_part set superseded_by_id = id + 1, interchangeability = 'ONE_WAY'
where mod(id, 10) = 0 and id < 11000000;

insert into cat_fitment (id, part_id, model_id, serial_from, serial_to, unit_position)
select 10000000 + x,
       10000001 + mod(x * 7919, 1000000),
       10000001 + x / 50,
       case when mod(x, 50) between 20 and 39 then 'S500000' else 'S000000' end,
       case when mod(x, 50) < 20 then 'S499999' else 'S999999' end,
       'position ' || mod(x, 50)
from system_range(0, 4999999);

alter sequence cat_product_model_seq restart with 20000000;
alter sequence cat_part_seq restart with 20000000;
alter sequence cat_fitment_seq restart with 20000000;

analyze;
