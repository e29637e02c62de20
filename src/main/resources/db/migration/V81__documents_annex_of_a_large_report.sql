-- Issue 11: the annual report (and the quarterly summary) of a plan too large to read as one document keeps the
-- summaries per objective, and the detail per activity and per indicator goes into an annex, a document of its own
-- kept with the report. The report is offered as soon as it is written; the annex follows from the same worker:
-- annex_status is null for a report without annex, RUNNING while the annex is made, then FINISHED or FAILED; a
-- node that dies while making the annex leaves its lease to run out, and another node makes the document again.
alter table generated_document add column annex_status varchar(20);
alter table generated_document add column annex_pdf bytea;
alter table generated_document add column annex_docx bytea;
alter table generated_document add column annex_pdf_size bigint;
alter table generated_document add column annex_docx_size bigint;
