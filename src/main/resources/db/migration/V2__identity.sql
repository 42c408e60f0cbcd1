-- identity: logins. A login belongs to a person, except a bootstrap administrator.
create table user_account (
    id                   bigserial primary key,
    username             text not null,
    person_id            bigint unique references person (id),
    password_hash        text not null,
    role                 text not null check (role in ('ADMIN', 'DIRECTOR', 'MANAGER', 'REP')),
    enabled              boolean not null default true,
    must_change_password boolean not null default false,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              integer not null default 0
);
create unique index user_account_username_uq on user_account (lower(username));
