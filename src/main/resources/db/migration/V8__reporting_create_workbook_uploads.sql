-- An uploaded report workbook waits here between preview and confirmation, so that nothing is written to the
-- progress report until the focal point has seen every change and every problem; rows older than a day are removed.
create table report_workbook_upload (
    id             varchar(36)  primary key,
    period_id      bigint       not null references reporting_period (id) on delete cascade,
    institution_id bigint       not null references institution (id) on delete cascade,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamp    not null,
    file_name      varchar(300) not null,
    content        bytea        not null
);
create index ix_report_workbook_upload_uploaded_at on report_workbook_upload (uploaded_at);
