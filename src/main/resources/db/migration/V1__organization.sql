-- organization: offices (regions), teams and the people in them
create table region (
    id      bigserial primary key,
    name    text not null,
    version integer not null default 0
);
create unique index region_name_uq on region (lower(name));

create table person (
    id           bigserial primary key,
    username     text not null,
    first_name   text not null,
    last_name    text not null,
    display_name text not null,
    title        text not null check (title in ('REP', 'MANAGER', 'DIRECTOR', 'ADMIN')),
    team_id      bigint,
    region_id    bigint references region (id),
    created_at   timestamptz not null default now(),
    version      integer not null default 0
);
create unique index person_username_uq on person (lower(username));
create unique index person_display_name_uq on person (lower(display_name));

create table team (
    id         bigserial primary key,
    name       text not null,
    region_id  bigint not null references region (id),
    manager_id bigint references person (id),
    version    integer not null default 0
);
create unique index team_name_uq on team (lower(name));
create index team_region_idx on team (region_id);
create index team_manager_idx on team (manager_id);

alter table person add constraint person_team_fk foreign key (team_id) references team (id);
create index person_team_idx on person (team_id);
