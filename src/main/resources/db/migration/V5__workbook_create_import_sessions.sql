-- An uploaded plan workbook waits here between preview and confirmation, so nothing is written to the
-- plan until the user has seen every problem and confirmed; rows older than a day are removed.
create table plan_import (
    id          varchar(36)  primary key,
    plan_id     bigint references action_plan (id) on delete cascade,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp    not null,
    file_name   varchar(300) not null,
    content     bytea        not null,
    status      varchar(20)  not null
);
