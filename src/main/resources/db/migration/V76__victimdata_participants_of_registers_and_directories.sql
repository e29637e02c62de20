-- Issue 19 item 2: the roots of the victim register, the services directory and the stakeholders' contacts belong to a
-- participant (V73). They hang from no plan, so they carry it themselves; every existing row is the home
-- participant's. Evaluations, consultation rounds and register-linked indicators take their plan's participant.

-- A person and their cases are one participant's: the linkage never compares a case with another participant's.
alter table victim_person add column participant_id bigint not null default 1 references participant (id);
alter table victim_case add column participant_id bigint not null default 1 references participant (id);
create index victim_case_participant_block on victim_case (participant_id, linkage_block, key_generation);
-- the access log is read per participant, exports (no case) included
alter table victim_case_access add column participant_id bigint not null default 1 references participant (id);
create index victim_case_access_participant on victim_case_access (participant_id, at);

alter table support_service add column participant_id bigint not null default 1 references participant (id);
create index ix_support_service_participant on support_service (participant_id);

-- a contact takes its institution's participant when it is made
alter table stakeholder_contact add column participant_id bigint not null default 1 references participant (id);
create index ix_stakeholder_contact_participant on stakeholder_contact (participant_id);
