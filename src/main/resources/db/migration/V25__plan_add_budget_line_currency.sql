-- A budget line carries the currency its amount is written in ("1.200.000 lekë", "Costs (thousand MDL)"), so that
-- an imported plan keeps what the file says instead of reading every amount as the installation's currency.
-- Null means the installation's currency (ariadne.currency, EUR unless configured): every line written before
-- this migration, and every line whose currency is that one.
alter table budget_line add column currency varchar(3);
