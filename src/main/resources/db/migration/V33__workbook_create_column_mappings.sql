-- What the officer said an unrecognised column of a plan workbook is (a field of the plan, or nothing to import),
-- remembered for the next file with the same layout: the same header row, as its texts read folded.
create table workbook_column_mapping (
    -- a digest of the header row's texts (NameKey folded, in order): files with the same headers share it
    layout_key  varchar(64)  not null,
    -- the column's header, NameKey folded, and as the file wrote it
    header_key  varchar(300) not null,
    header_text varchar(300) not null,
    -- a WorkbookColumn name, or IGNORE
    field       varchar(40)  not null,
    chosen_by   varchar(100) not null,
    chosen_at   timestamp    not null,
    primary key (layout_key, header_key)
);
