-- The day up to which an activity's status is known (the end of the period of the accepted report that gave it),
-- so that accepting an older period's report never overwrites a newer status.
alter table activity add column status_as_of date;
