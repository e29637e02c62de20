-- An uploaded plan workbook waits here between preview and confirmation, so nothing is written to the
-- plan until the user has seen every problem and confirmed; rows older than a day are removed.
create table plan_import (
    id               varchar(36)  primary key,
    -- the plan to import into, or null for a new plan described by the new_plan_* columns
    plan_id          bigint references action_plan (id) on delete cascade,
    new_plan_title   varchar(300),
    new_plan_start   integer,
    new_plan_end     integer,
    uploaded_by      varchar(100) not null,
    uploaded_at      timestamp    not null,
    file_name        varchar(300) not null,
    content          bytea        not null
);
create index ix_plan_import_uploaded_at on plan_import (uploaded_at);
