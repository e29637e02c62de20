-- The office account (M&E officer or coordinator) responsible for collecting and rating an activity's data; the
-- free-text responsible_person stays as the plan's written name for workbook round trips.
alter table activity add column responsible_username varchar(100);
create index activity_responsible_username_idx on activity (responsible_username);
