-- An institution's name in the region's other languages and its acronyms ("MLSW", "MPMS"), so that a spreadsheet
-- written in Albanian or Serbian, or naming the ministry by its acronym, finds the institution (issue 9, item 7).
alter table institution add column name_sq varchar(300);
alter table institution add column name_sr varchar(300);
alter table institution add column name_mk varchar(300);
-- acronyms separated by commas, as the form takes them: "MPMS, MRSZ"
alter table institution add column acronyms varchar(200);
