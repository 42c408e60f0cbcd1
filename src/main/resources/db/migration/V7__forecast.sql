-- forecast: the forecast category reps give their open deals, and every call reps and managers submit
create table forecast_category (
    opportunity_id bigint primary key references opportunity (id) on delete cascade,
    category       text not null check (category in ('COMMIT', 'BEST_CASE', 'PIPELINE', 'OMITTED')),
    set_by         text not null,
    set_at         timestamptz not null
);

-- Calls are never updated: each submission is a new row, kept beside the system forecast of that moment.
create table forecast_call (
    id           bigserial primary key,
    rep_id       bigint references person (id) on delete cascade,
    team_id      bigint references team (id) on delete cascade,
    grain        text not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    start_date   date not null,
    amount       numeric(14, 2) not null check (amount >= 0),
    note         text,
    system_p10   numeric(14, 2),
    system_p50   numeric(14, 2),
    system_p90   numeric(14, 2),
    submitted_by text not null,
    submitted_at timestamptz not null,
    check ((rep_id is null) <> (team_id is null))
);
create index forecast_call_rep_idx on forecast_call (rep_id, grain, start_date) where rep_id is not null;
create index forecast_call_team_idx on forecast_call (team_id, grain, start_date) where team_id is not null;
