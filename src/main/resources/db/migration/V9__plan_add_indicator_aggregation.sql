-- How an indicator's values over a year add up (SUM, LAST, AVERAGE); null means the default for its type.
alter table indicator add column aggregation varchar(20);
