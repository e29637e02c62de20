-- One table for every file waiting between its preview and its confirmation (common.upload.PendingUploads), in
-- place of one per kind of upload (plan_import, report_workbook_upload). Uploads waiting there when this runs are
-- dropped: they were previews, not data, and their uploader uploads the file again.
create table pending_upload (
    id           varchar(36)   primary key,
    -- what the upload is for ('plan-workbook', 'report-workbook') and for which thing the address must name
    purpose      varchar(40)   not null,
    subject      varchar(200)  not null,
    -- the module's own details, as name=value&... (the title of a new plan)
    details      varchar(4000) not null,
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamp     not null,
    file_name    varchar(300)  not null,
    content      bytea         not null,
    -- set by the confirmation, in its transaction: a second confirmation finds it and imports nothing
    confirmed_at timestamp,
    outcome      varchar(200)
);
create index ix_pending_upload_uploaded_at on pending_upload (uploaded_at);
create index ix_pending_upload_uploaded_by on pending_upload (uploaded_by, uploaded_at);

drop table plan_import;
drop table report_workbook_upload;
