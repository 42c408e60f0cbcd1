-- Notifications (issue 15 point 9): one in-app inbox per login, e-mail per kind as the login chooses.
create table notification (
    id          bigserial primary key,
    recipient   bigint      not null references user_account (id),
    kind        text        not null,
    title       text        not null,
    body        text        not null,
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz,
    -- when it went out by e-mail (on its own or in a digest); null while it waits for the next digest, or never mailed
    mailed_at   timestamptz,
    version     int         not null default 1
);
create index notification_recipient_idx on notification (recipient, created_at desc);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- Per login and kind: how e-mail goes (OFF, EACH, DIGEST). No row: OFF. In-app always.
create table notification_preference (
    account_id bigint not null references user_account (id),
    kind       text   not null,
    email      text   not null check (email in ('OFF', 'EACH', 'DIGEST')),
    primary key (account_id, kind)
);
-- The version of a login's whole set of preferences (edited as one form); no row: version 0.
create table notification_settings (
    account_id bigint primary key references user_account (id),
    version    int    not null
);
