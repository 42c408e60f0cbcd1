-- identity: ending sessions, throttling failed sign-ins, personal access tokens, e-mail for single sign-on.

-- A session holds the generation its login had when it signed in; disabling, a password reset or a new role or
-- place moves the generation on, and every session holding an older one ends at its next request. It lives on the
-- login (not in the session store), so it holds whatever stores the sessions. The aggregate never writes it: only
-- "set session_generation = session_generation + 1", so a concurrent save cannot move it back.
alter table user_account add column session_generation integer not null default 0;

-- The address single sign-on matches (the identity provider's e-mail claim), set by the admin.
alter table user_account add column email text;
create unique index user_account_email_uq on user_account (lower(email));

-- Every refused sign-in, for the log the admin reads. Kept 30 days.
create table sign_in_failure (
    id       bigserial primary key,
    at       timestamptz not null,
    username text not null,
    address  text not null,
    reason   text not null check (reason in ('UNKNOWN_LOGIN', 'WRONG_PASSWORD', 'DISABLED', 'THROTTLED', 'SSO_NO_LOGIN'))
);
create index sign_in_failure_at_idx on sign_in_failure (at desc);

-- Failures counted per submitted username ('login:…', whether or not it exists) and per client address
-- ('address:…'); past the free attempts each failure doubles the wait. Shared by every node.
create table sign_in_throttle (
    key             text primary key,
    failures        integer not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz not null
);

-- Personal access tokens for the API. Only the SHA-256 of the token is kept; the token is shown once.
create table api_token (
    id           bigserial primary key,
    account_id   bigint not null references user_account (id),
    name         text not null,
    prefix       text not null,
    token_hash   text not null,
    read_only    boolean not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_uq on api_token (token_hash);
create index api_token_account_idx on api_token (account_id);
