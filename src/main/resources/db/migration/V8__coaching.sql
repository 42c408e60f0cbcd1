-- coaching: 1:1 cadences and meetings (agenda, shared notes, private manager notes with their audit log),
-- action items that carry over until done, coaching plans measured on the pipeline, coaching topics a rep asks
-- for, and private calendar feeds.

-- How often a rep meets their manager, anchored on the first meeting; the schedule holds concrete meetings made
-- from it for the next twelve weeks.
create table coaching_cadence (
    rep_id           bigint primary key references person (id),
    cadence          text not null check (cadence in ('WEEKLY', 'BIWEEKLY', 'MONTHLY')),
    first_at         timestamptz not null,
    duration_minutes integer not null check (duration_minutes between 5 and 480),
    since            timestamptz not null,
    updated_by       text not null,
    demo             boolean not null default false,
    version          integer not null default 0
);

-- A 1:1. slot_at is the cadence occurrence a meeting fills (null for one made by hand), so that moving or cancelling
-- one does not make the schedule create it again. Held and cancelled meetings are recorded as such.
create table one_on_one (
    id               bigserial primary key,
    rep_id           bigint not null references person (id),
    starts_at        timestamptz not null,
    duration_minutes integer not null check (duration_minutes between 5 and 480),
    slot_at          timestamptz,
    status           text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    shared_notes     text not null default '',
    created_by       text not null,
    created_at       timestamptz not null,
    demo             boolean not null default false,
    version          integer not null default 0
);
create index one_on_one_rep_idx on one_on_one (rep_id, starts_at);
create unique index one_on_one_slot_uq on one_on_one (rep_id, slot_at) where slot_at is not null;

create table agenda_item (
    id            bigserial primary key,
    one_on_one_id bigint not null references one_on_one (id) on delete cascade,
    author_role   text not null check (author_role in ('REP', 'MANAGER')),
    author        text not null,
    text          text not null,
    created_at    timestamptz not null
);
create index agenda_item_meeting_idx on agenda_item (one_on_one_id, created_at);

-- The manager's private notes of one meeting: for the rep's manager and director only.
create table one_on_one_private_note (
    one_on_one_id bigint primary key references one_on_one (id) on delete cascade,
    text          text not null,
    updated_at    timestamptz not null,
    updated_by    text not null,
    version       integer not null default 0
);

-- Every read and write of a meeting's private notes.
create table coaching_audit (
    id            bigserial primary key,
    at            timestamptz not null,
    actor         text not null,
    actor_role    text not null,
    action        text not null check (action in ('READ', 'WRITE')),
    rep_id        bigint not null references person (id),
    one_on_one_id bigint not null references one_on_one (id)
);
create index coaching_audit_at_idx on coaching_audit (at desc);

-- An action item raised in a meeting; it shows on every later meeting of the rep until it is done.
create table coaching_action (
    id            bigserial primary key,
    rep_id        bigint not null references person (id),
    one_on_one_id bigint not null references one_on_one (id),
    text          text not null,
    owner         text not null check (owner in ('REP', 'MANAGER')),
    due_on        date,
    done_at       timestamptz,
    done_by       text,
    created_by    text not null,
    created_at    timestamptz not null,
    demo          boolean not null default false,
    version       integer not null default 0
);
create index coaching_action_rep_idx on coaching_action (rep_id, created_at);

-- A coaching plan: a competency to work on, the number it should move (with an optional product or sector), the
-- baseline and target, actions and a review date. A finished plan keeps what it measured.
create table coaching_plan (
    id             bigserial primary key,
    rep_id         bigint not null references person (id),
    competency_key text not null,
    metric         text not null check (metric in ('CONVERSION', 'MEDIAN_CYCLE', 'AVG_DEAL', 'PIPELINE_CREATED')),
    segment        text,
    baseline       numeric(14, 2),
    target         numeric(14, 2) not null,
    starts_on      date not null,
    review_on      date not null,
    status         text not null default 'ACTIVE' check (status in ('ACTIVE', 'FINISHED')),
    finished_on    date,
    before_value   numeric(14, 2),
    after_value    numeric(14, 2),
    verdict        text check (verdict in ('REACHED', 'IMPROVED', 'NOT_IMPROVED', 'NOT_MEASURABLE')),
    outcome_note   text,
    created_by     text not null,
    created_at     timestamptz not null,
    demo           boolean not null default false,
    version        integer not null default 0,
    check (review_on > starts_on)
);
create index coaching_plan_rep_idx on coaching_plan (rep_id, starts_on);

create table coaching_plan_action (
    id       bigserial primary key,
    plan_id  bigint not null references coaching_plan (id) on delete cascade,
    position smallint not null,
    text     text not null,
    done     boolean not null default false
);
create index coaching_plan_action_plan_idx on coaching_plan_action (plan_id, position);

-- A coaching topic a rep asked for.
create table coaching_request (
    id             bigserial primary key,
    rep_id         bigint not null references person (id),
    competency_key text,
    text           text not null,
    created_at     timestamptz not null,
    addressed_at   timestamptz,
    addressed_by   text,
    demo           boolean not null default false,
    version        integer not null default 0
);
create index coaching_request_rep_idx on coaching_request (rep_id, created_at);

-- A private calendar feed: the token in its URL is the only key. Regenerating replaces it; revoking deletes it.
create table calendar_feed (
    person_id  bigint primary key references person (id),
    token      text not null unique,
    created_at timestamptz not null
);
