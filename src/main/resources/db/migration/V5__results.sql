-- results: the fiscal calendar, quotas (revenue targets), other goals and each team's quota policy
create table fiscal_setting (
    id          smallint primary key default 1 check (id = 1),
    first_month smallint not null default 1 check (first_month between 1 and 12),
    version     integer not null default 0
);
insert into fiscal_setting (id, first_month) values (1, 1);

create table quota (
    id         bigserial primary key,
    rep_id     bigint references person (id),
    team_id    bigint references team (id),
    grain      text not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    start_date date not null,
    amount     numeric(14, 2) not null check (amount >= 0),
    source     text not null check (source in ('MANUAL', 'IMPORT', 'SUGGESTION', 'DEMO')),
    updated_at timestamptz not null default now(),
    updated_by text,
    version    integer not null default 0,
    check ((rep_id is null) <> (team_id is null))
);
create unique index quota_rep_uq on quota (rep_id, grain, start_date) where rep_id is not null;
create unique index quota_team_uq on quota (team_id, grain, start_date) where team_id is not null;

create table goal (
    id         bigserial primary key,
    rep_id     bigint not null references person (id),
    grain      text not null check (grain in ('MONTH', 'QUARTER', 'YEAR')),
    start_date date not null,
    metric     text not null check (metric in ('DEALS_WON', 'PIPELINE_CREATED', 'OPPORTUNITIES_CREATED')),
    target     numeric(14, 2) not null check (target >= 0),
    updated_at timestamptz not null default now(),
    version    integer not null default 0,
    unique (rep_id, grain, start_date, metric)
);

create table quota_policy (
    team_id    bigint primary key references team (id),
    growth_pct numeric(6, 2) not null default 0,
    version    integer not null default 0
);
