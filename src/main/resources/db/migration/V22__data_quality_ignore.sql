-- A data-quality finding (a deal and one check) someone decided to leave as it is: no longer counted, shown under
-- "ignored" with who ignored it and when, until un-ignored.
create table data_quality_ignore (
    opportunity_id bigint      not null references opportunity (id) on delete cascade,
    check_key      text        not null,
    ignored_by     text        not null,
    ignored_at     timestamptz not null,
    primary key (opportunity_id, check_key)
);
