-- Issue 19 item 2: several participants in one installation. The roots of coordination, capacity building and the
-- recommendations tracker belong to one participant each; what hangs below them (invitations, decisions, follow-up
-- actions, files, certifications, participant lists, recommendations, follow-up notes) takes its root's.
-- A root that names a plan or an institution starts with theirs; every existing row is participant 1's anyway.

alter table meeting add column participant_id bigint not null default 1 references participant (id);
alter table agreement add column participant_id bigint not null default 1 references participant (id);
alter table committee_report add column participant_id bigint not null default 1 references participant (id);
alter table training_need add column participant_id bigint not null default 1 references participant (id);
alter table planned_training add column participant_id bigint not null default 1 references participant (id);
alter table trainer add column participant_id bigint not null default 1 references participant (id);
alter table training add column participant_id bigint not null default 1 references participant (id);
alter table training_indicator_link add column participant_id bigint not null default 1 references participant (id);
-- recommendations to one country (a GRETA round, a TIP report) come in a source of that country's plan
alter table recommendation_source add column participant_id bigint not null default 1 references participant (id);

update committee_report set participant_id =
    (select i.participant_id from institution i where i.id = committee_report.committee_institution_id);
update training_need set participant_id =
    (select i.participant_id from institution i where i.id = training_need.institution_id);
update training set participant_id =
    (select i.participant_id from institution i where i.id = training.institution_id);
update recommendation_source set participant_id =
    (select p.participant_id from action_plan p where p.id = recommendation_source.plan_id);
update training_indicator_link set participant_id =
    (select p.participant_id from indicator x join action_plan p on p.id = x.plan_id
     where x.id = training_indicator_link.indicator_id);

create index ix_meeting_participant_id on meeting (participant_id);
create index ix_agreement_participant_id on agreement (participant_id);
create index ix_training_participant_id on training (participant_id);
create index ix_recommendation_source_participant_id on recommendation_source (participant_id);
