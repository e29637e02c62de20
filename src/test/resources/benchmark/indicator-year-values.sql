-- The figures plan progress is computed from, written by hand in one pass over the reported values: per indicator
-- and year, the sum, the average, the number of values, the sums of numerators and denominators, and the latest value
-- (latest period end, then latest entered) of a plan's accepted reports up to the end of a year. The benchmarks run
-- it next to the application and check that it gives exactly the application's figures.
-- Parameters: the plan's id, the first day after the year.
select indicator_id, yr, sum(total) as total_sum, avg(total) as total_avg, sum(numerator) as numerator_sum,
       sum(denominator) as denominator_sum, count(*) as values_count,
       max(case when latest = 1 then total end) as last_total
from (select v.indicator_id, extract(year from v.ends_on) as yr, v.total, v.numerator, v.denominator,
             row_number() over (partition by v.indicator_id, extract(year from v.ends_on)
                                order by v.ends_on desc, v.id desc) as latest
      from report_value v join progress_report r on r.id = v.report_id
      where r.plan_id = ? and r.status = 'ACCEPTED' and v.total is not null and v.ends_on < ?) valued
group by indicator_id, yr
order by indicator_id, yr
