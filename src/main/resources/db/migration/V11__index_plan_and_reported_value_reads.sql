-- Dashboards, the indicator detail and the annual report read reported values by plan and by indicator; a
-- plan with five years of quarterly data from 80 institutions holds about a million values. Without these, each
-- read scanned every value, and deleting an indicator or an activity scanned the tables that cascade from it.
create index ix_progress_report_plan on progress_report (plan_id, status);
create index ix_report_value_indicator on report_value (indicator_id, ends_on);
create index ix_report_activity_activity on report_activity (activity_id);
create index ix_report_evidence_activity on report_evidence (activity_id);
create index ix_strategic_objective_plan on strategic_objective (plan_id);
create index ix_specific_objective_plan on specific_objective (plan_id);
create index ix_activity_plan on activity (plan_id);
