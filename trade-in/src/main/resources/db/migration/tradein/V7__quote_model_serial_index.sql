-- A unit's credit is also looked up by model and serial: quotes made before V6 name no unit, and a credit they
-- carry still counts (code-level only: such old rows may already hold several credits for one unit).
create index trd_quote_model_serial_idx on trd_quote (model_code, serial);
