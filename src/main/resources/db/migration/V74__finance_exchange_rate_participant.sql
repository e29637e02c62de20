-- Issue 19 item 2: each participant's office records its own exchange rates (its central bank's, on its own dates);
-- a plan's amounts are converted at the rates of the plan's participant. Existing rates are the home participant's.
alter table exchange_rate add column participant_id bigint not null default 1 references participant (id);
alter table exchange_rate drop constraint uq_exchange_rate;
alter table exchange_rate add constraint uq_exchange_rate unique (participant_id, currency, valid_from);
