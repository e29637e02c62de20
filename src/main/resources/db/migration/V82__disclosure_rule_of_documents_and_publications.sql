-- The disclosure rule (DisclosureControl.RULE) was strengthened on 7 Dec 2026: overlapping tables are protected
-- together (version 2) where each table used to be protected on its own (version 1). A document or publication made
-- under version 1, read beside what members read today, can give hidden counts back: each row keeps the version it
-- was made under, so that the office is told to make it again before it is shared or published again. Every row
-- already there was made under version 1, which is why that is the default; the application writes the version for
-- every new row, it does not rely on the default.
alter table generated_document add column disclosure_rule integer not null default 1;
alter table publication add column disclosure_rule integer not null default 1;
