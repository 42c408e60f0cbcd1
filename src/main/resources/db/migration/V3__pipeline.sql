-- pipeline: customer accounts, products, stages and opportunities
create table account (
    id               bigserial primary key,
    name             text not null,
    sector           text,
    year_established integer,
    revenue_musd     numeric(14, 2),
    employees        integer,
    office_location  text,
    parent_name      text,
    version          integer not null default 0
);
create unique index account_name_uq on account (lower(name));

create table product (
    id          bigserial primary key,
    name        text not null,
    match_key   text not null,
    series      text,
    sales_price numeric(14, 2),
    version     integer not null default 0
);
create unique index product_match_key_uq on product (match_key);

-- Stages are data: each pipeline's own list, ordered, each with an outcome.
create table stage (
    id       bigserial primary key,
    name     text not null,
    position integer not null,
    outcome  text not null check (outcome in ('OPEN', 'WON', 'LOST'))
);
create unique index stage_name_uq on stage (lower(name));

insert into stage (name, position, outcome) values
    ('Prospecting', 1, 'OPEN'),
    ('Engaging', 2, 'OPEN'),
    ('Won', 3, 'WON'),
    ('Lost', 4, 'LOST');

create table opportunity (
    id          bigserial primary key,
    external_id text not null,
    owner_id    bigint not null references person (id),
    product_id  bigint references product (id),
    account_id  bigint references account (id),
    stage_id    bigint not null references stage (id),
    name        text,
    amount      numeric(14, 2),
    engage_date date,
    close_date  date,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     integer not null default 0
);
create unique index opportunity_external_id_uq on opportunity (external_id);
create index opportunity_owner_idx on opportunity (owner_id, close_date);
create index opportunity_stage_idx on opportunity (stage_id);
