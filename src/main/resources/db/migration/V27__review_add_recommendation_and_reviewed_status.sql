-- Seed 002's review rules (issue 12): a rating carries, besides the comments saying why, an optional recommendation
-- (text, separate from corrective actions) and the activity's status as the M&E officer sets it during the review
-- ("to be completed during review"), next to the status the institutions had reported when it was set, so that the
-- difference stays visible. Statuses are ActivityStatus names (NOT_STARTED, CONTINUOUS, STARTED, COMPLETED).
alter table activity_rating add column recommendation varchar(4000);
alter table activity_rating add column reviewed_status varchar(20);
alter table activity_rating add column reported_status varchar(20);
