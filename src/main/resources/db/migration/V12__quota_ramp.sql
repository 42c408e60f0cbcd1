-- results: when each new hire started (their quota is prorated from that day) and each team's ramp
create table rep_start (
    rep_id     bigint primary key references person (id),
    team_id    bigint references team (id),            -- the team whose ramp applies: the one they joined or moved to
    joined_on  date,                                   -- null: joined before Frontline's records, no proration
    source     text not null check (source in ('JOINED', 'MANUAL', 'DEMO')),
    updated_at timestamptz not null default now(),
    updated_by text,
    version    integer not null default 0
);

create table quota_ramp (
    team_id    bigint primary key references team (id),
    steps      smallint[] not null default '{}',        -- percent of the full quota in the 1st, 2nd, … month
    updated_at timestamptz not null default now(),
    updated_by text,
    version    integer not null default 0,
    check (cardinality(steps) <= 12)
);
