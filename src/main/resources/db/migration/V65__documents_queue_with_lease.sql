-- Document generation as a queue that any node takes from (documents.DocumentWorker): a node takes a queued
-- document, or one whose lease ran out because its node died, by one conditional UPDATE, and renews the lease while
-- it works. A document taken too often (it killed its node each time) fails instead of going round for ever.
alter table generated_document add column lease_owner varchar(255);
alter table generated_document add column lease_until timestamp;
alter table generated_document add column attempts integer not null default 0;
create index ix_generated_document_status on generated_document (status, lease_until);
