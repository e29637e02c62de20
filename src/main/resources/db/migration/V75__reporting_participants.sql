-- Issue 19 item 2, several participants: the directory, the reporting cycle and the audit trail per participant.

-- Public holidays differ per country: each participant keeps its own, and a report's deadline skips the holidays of
-- its plan's participant (reportingcycle.DeadlineRule).
alter table holiday add column participant_id bigint not null default 1 references participant (id);
alter table holiday drop constraint uq_holiday_date;
alter table holiday add constraint uq_holiday_date unique (participant_id, holiday_date);

-- Two participants may both know their Ministry of Interior as "MoI": another spelling is unique within a
-- participant only. The participant is its institution's, copied so that the database can hold the rule.
alter table institution_alias add column participant_id bigint not null default 1 references participant (id);
update institution_alias set participant_id = (select i.participant_id from institution i where i.id = institution_alias.institution_id);
alter table institution_alias drop constraint uq_institution_alias_key;
alter table institution_alias add constraint uq_institution_alias_key unique (participant_id, alias_key);

-- Each line of the trail belongs to a participant: that of the record's plan or institution where known, else the
-- acting person's (audit.AuditTrail); a person of a participant reads its lines only.
alter table audit_event add column participant_id bigint not null default 1;
create index ix_audit_event_participant on audit_event (participant_id, occurred_at);

-- A notice belongs to its readers' participant: the institution's, or the office's it was written to (none for a notice
-- to one account, which only that account reads); an office reads its own participant's notices only.
alter table notice add column participant_id bigint;
update notice set participant_id = 1;
