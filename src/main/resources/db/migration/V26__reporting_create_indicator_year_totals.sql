-- The accepted values of each indicator added up per year, kept up to date by the acceptance (and the reopening) of
-- a report in the same transaction, so that a dashboard after an acceptance reads one row per indicator and year
-- instead of adding up every value the plan ever received (a million values took seconds, see issue 11).
-- A row whose values_count is 0 stands for "no accepted value": rows are never deleted by the workflow, so that two
-- acceptances at once always find, and lock, the same row.
create table indicator_year_total (
    indicator_id      bigint         not null references indicator (id) on delete cascade,
    yr                integer        not null,
    plan_id           bigint         not null references action_plan (id) on delete cascade,
    values_count      integer        not null,
    total_sum         numeric(30, 4) not null,
    numerator_sum     numeric(30, 4),
    numerator_count   integer        not null,
    denominator_sum   numeric(30, 4),
    denominator_count integer        not null,
    -- the latest value of the year (latest period end, then latest entered), for indicators that keep a level
    last_ends_on      date,
    last_value_id     bigint,
    last_total        numeric(19, 4),
    primary key (indicator_id, yr)
);
create index ix_indicator_year_total_plan on indicator_year_total (plan_id, yr);

-- an upgraded database starts from the values accepted so far
insert into indicator_year_total (indicator_id, yr, plan_id, values_count, total_sum, numerator_sum, numerator_count,
                                  denominator_sum, denominator_count)
select v.indicator_id, extract(year from v.ends_on), r.plan_id, count(*), sum(v.total), sum(v.numerator),
       count(v.numerator), sum(v.denominator), count(v.denominator)
from report_value v join progress_report r on r.id = v.report_id
where r.status = 'ACCEPTED' and v.total is not null
group by v.indicator_id, extract(year from v.ends_on), r.plan_id;

update indicator_year_total set last_value_id = (
    select v.id from report_value v join progress_report r on r.id = v.report_id
    where v.indicator_id = indicator_year_total.indicator_id and r.status = 'ACCEPTED' and v.total is not null
      and extract(year from v.ends_on) = indicator_year_total.yr
    order by v.ends_on desc, v.id desc limit 1);

update indicator_year_total set
    last_ends_on = (select v.ends_on from report_value v where v.id = indicator_year_total.last_value_id),
    last_total = (select v.total from report_value v where v.id = indicator_year_total.last_value_id);
