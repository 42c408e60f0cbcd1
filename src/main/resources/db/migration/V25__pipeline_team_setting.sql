-- pipeline: per-team settings of the deal list. stale_after_days: an open deal with no recorded change in more
-- days than this is flagged stale (30 when a team has no row). team_id is organization's team, named by its id
-- only (pipeline reads no organization table).
create table pipeline_team_setting (
    team_id          bigint primary key,
    stale_after_days integer not null check (stale_after_days between 1 and 365),
    version          integer not null default 1,
    updated_at       timestamptz not null default now(),
    updated_by       text
);
