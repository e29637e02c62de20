-- The dashboards' heaviest statements, as the application sends them, for EXPLAIN on PostgreSQL (README, Benchmarks,
-- "Where the dashboards' time goes in PostgreSQL"). Run on a benchmark's database after ANALYZE:
--   psql -d bench -v plan=1 -v year=2023 -v period=<a period of the plan> -f explain-dashboards.sql
-- The last three are restricted to one period, as if the plan were a small part of the tables: they show whether the
-- joins find an index.

-- the kept totals of the plan up to the year (ReportedValues.yearly: the dashboard after an acceptance)
explain (analyze, buffers)
select indicator_id, yr, values_count, total_sum, numerator_sum, numerator_count, denominator_sum,
       denominator_count, last_ends_on, last_value_id, last_total
from indicator_year_total where plan_id = :plan and yr <= :year and values_count > 0;

-- an indicator's breakdowns and values (ReportedValues.series: the indicator page)
explain (analyze, buffers)
select p.report_value_id, p.part_key, p.amount from report_value_part p
join report_value v on v.id = p.report_value_id join progress_report r on r.id = v.report_id
where v.indicator_id = (select min(id) from indicator where plan_id = :plan) and r.status in ('ACCEPTED');
explain (analyze, buffers)
select v.*, r.status, r.institution_id from report_value v join progress_report r on r.id = v.report_id
where v.indicator_id = (select min(id) from indicator where plan_id = :plan) and r.status in ('ACCEPTED')
  and v.total is not null
order by v.starts_on, v.id;

-- what was reported per activity (ReportedActivities: the dashboards' statuses)
explain (analyze, buffers)
select a.id, a.activity_id, a.report_id, a.status, a.narrative, a.problems, a.reviewer_comment,
       r.period_id, r.institution_id, r.status as report_status
from report_activity a join progress_report r on r.id = a.report_id
where r.plan_id = :plan and r.status in ('ACCEPTED');

-- spending per activity, period and source (ReportedActivities: the budget page)
explain (analyze, buffers)
select a.activity_id, r.period_id, s.source_kind, s.source_institution_id, sum(s.amount) as amount
from report_spending s join report_activity a on a.id = s.report_activity_id
join progress_report r on r.id = a.report_id
where r.plan_id = :plan and r.status in ('ACCEPTED')
group by a.activity_id, r.period_id, s.source_kind, s.source_institution_id;

-- the administrator's recount of the plan's totals (IndicatorYearTotals.recount)
explain (analyze, buffers)
select v.id, v.indicator_id, v.ends_on, v.total, v.numerator, v.denominator
from report_value v join progress_report r on r.id = v.report_id
where r.plan_id = :plan and r.status = 'ACCEPTED' and v.total is not null;

-- the same joins for one period's reports only
explain (analyze, buffers)
select a.activity_id, r.period_id, s.source_kind, s.source_institution_id, sum(s.amount) as amount
from report_spending s join report_activity a on a.id = s.report_activity_id
join progress_report r on r.id = a.report_id
where r.plan_id = :plan and r.status in ('ACCEPTED') and r.period_id = :period
group by a.activity_id, r.period_id, s.source_kind, s.source_institution_id;
explain (analyze, buffers)
select a.id, a.activity_id, a.report_id, a.status, r.period_id, r.institution_id
from report_activity a join progress_report r on r.id = a.report_id
where r.plan_id = :plan and r.status in ('ACCEPTED') and r.period_id = :period;
explain (analyze, buffers)
select v.id, v.indicator_id, v.ends_on, v.total from report_value v join progress_report r on r.id = v.report_id
where r.plan_id = :plan and r.status = 'ACCEPTED' and r.period_id = :period and v.total is not null;
