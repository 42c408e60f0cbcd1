-- people: the rep dossier. Competencies (the admin's framework), dated ratings, motivations, aspirations, the
-- manager's words beside them, private notes with their audit log, and onboarding checklists.
create table competency (
    id          bigserial primary key,
    key         text not null,
    name        text not null,
    description text not null default '',
    level_1     text not null,
    level_2     text not null,
    level_3     text not null,
    level_4     text not null,
    level_5     text not null,
    position    integer not null,
    active      boolean not null default true,
    version     integer not null default 0
);
create unique index competency_key_uq on competency (lower(key));

insert into competency (key, name, description, level_1, level_2, level_3, level_4, level_5, position) values
('prospecting', 'Prospecting', 'Finds and opens new opportunities without waiting for inbound leads.',
 'Relies on leads handed to them; rarely opens a conversation on their own.',
 'Prospects when reminded; outreach is generic and irregular.',
 'Keeps a steady weekly prospecting rhythm with targeted outreach.',
 'Builds a healthy pipeline on their own with well-researched, multi-channel outreach.',
 'Opens doors others cannot; their pipeline creation sets the team standard.', 1),
('qualification', 'Qualification and discovery', 'Asks the questions that show whether, why and when a customer will buy.',
 'Takes every lead at face value; deals stall late for reasons knowable early.',
 'Asks basic questions but misses budget, authority or timing.',
 'Qualifies consistently against a framework and records what they learn.',
 'Uncovers pain, decision process and stakeholders early; disqualifies quickly.',
 'Discovery reshapes how the customer sees their problem; rarely chases a deal that cannot close.', 2),
('presenting', 'Presenting and demos', 'Shows the product in the customer''s terms.',
 'Runs the same generic demo for everyone; loses the room.',
 'Knows the demo script but struggles to tailor it.',
 'Tailors demos to the customer''s stated needs and handles the room well.',
 'Tells a clear story from the customer''s pain to our value; adapts on the fly.',
 'Memorable, persuasive presentations that others ask to shadow.', 3),
('objection_handling', 'Objection handling', 'Turns concerns into understanding rather than arguments.',
 'Avoids or argues with objections; deals go quiet afterwards.',
 'Answers common objections with stock replies.',
 'Explores the concern behind an objection and answers it honestly.',
 'Anticipates objections and addresses them before they harden.',
 'Uses objections to deepen trust and move the deal forward.', 4),
('negotiation', 'Negotiation', 'Reaches agreements that hold value for both sides.',
 'Discounts at the first push back; gives value away.',
 'Negotiates price only, with little preparation.',
 'Prepares give-and-gets and holds price on most deals.',
 'Trades terms for value; deal sizes hold up under pressure.',
 'Creates options that grow the deal while keeping margin.', 5),
('closing', 'Closing', 'Brings decisions to a close on a clear timeline.',
 'Waits for the customer to decide; deals slip quarter after quarter.',
 'Asks for the business late or inconsistently.',
 'Agrees next steps and close plans with the customer on most deals.',
 'Drives mutual close plans; forecasts land when they say they will.',
 'Closes reliably even complex, multi-stakeholder deals.', 6),
('pipeline_discipline', 'Pipeline discipline', 'Keeps the CRM true: stages, dates and amounts that can be trusted.',
 'CRM is out of date; stale deals and missing amounts.',
 'Updates the CRM before reviews only.',
 'Keeps stages and close dates current week by week.',
 'Pipeline is clean, realistic and reviewed without prompting.',
 'Their forecast is the one the team calibrates against.', 7),
('product_knowledge', 'Product knowledge', 'Knows what each product does, for whom, and how it compares.',
 'Needs help for most product questions.',
 'Knows the main products at a feature level.',
 'Positions the whole range correctly for common use cases.',
 'Matches products to needs precisely, including the edge cases.',
 'The team''s go-to person for product questions and competitive positioning.', 8),
('account_planning', 'Account planning', 'Plans how to grow each important account over time.',
 'Treats every deal as a one-off.',
 'Knows key contacts but has no written plan.',
 'Keeps plans for their main accounts: contacts, needs and next opportunities.',
 'Maps stakeholders and whitespace; grows accounts deliberately.',
 'Account plans shape the customer''s own roadmap.', 9),
('collaboration', 'Collaboration', 'Works with colleagues, other teams and the manager to win together.',
 'Works alone; shares little.',
 'Helps when asked.',
 'Shares what works and brings in colleagues at the right moments.',
 'Actively helps peers and pulls in experts to win deals.',
 'Raises the whole team; others seek them out.', 10);

-- Every rating is kept: the latest per rater is the current one, the earlier ones are the history.
create table competency_rating (
    id            bigserial primary key,
    rep_id        bigint not null references person (id),
    competency_id bigint not null references competency (id),
    rater         text not null check (rater in ('MANAGER', 'SELF')),
    rated_by      bigint references person (id),
    rated_by_name text,
    level         smallint not null check (level between 1 and 5),
    note          text,
    rated_at      timestamptz not null,
    demo          boolean not null default false
);
create index competency_rating_rep_idx on competency_rating (rep_id, competency_id, rated_at);

create table motivation_profile (
    rep_id     bigint primary key references person (id),
    updated_at timestamptz not null,
    updated_by text,
    demo       boolean not null default false,
    version    integer not null default 0
);

create table motivation_driver (
    rep_id bigint not null references motivation_profile (rep_id) on delete cascade,
    driver text not null check (driver in ('EARNINGS', 'RECOGNITION', 'MASTERY', 'AUTONOMY', 'CAREER_GROWTH',
                                           'COMPETITION', 'BELONGING', 'SECURITY')),
    rank   smallint not null,
    note   text,
    primary key (rep_id, driver)
);

create table aspiration (
    rep_id      bigint primary key references person (id),
    target_role text not null,
    target_by   text,
    updated_at  timestamptz not null,
    updated_by  text,
    demo        boolean not null default false,
    version     integer not null default 0
);

create table development_action (
    id       bigserial primary key,
    rep_id   bigint not null references aspiration (rep_id) on delete cascade,
    position smallint not null,
    text     text not null,
    done     boolean not null default false
);
create index development_action_rep_idx on development_action (rep_id, position);

-- The manager's own words: pinned beside strengths and weaknesses, comments on motivations and aspirations.
create table manager_remark (
    rep_id     bigint not null references person (id),
    topic      text not null check (topic in ('STRENGTHS', 'WEAKNESSES', 'MOTIVATIONS', 'ASPIRATIONS')),
    text       text not null,
    author     text not null,
    updated_at timestamptz not null,
    version    integer not null default 0,
    primary key (rep_id, topic)
);

-- The strengths a rep chose to show their peers (keys of derived strengths).
create table shared_strength (
    rep_id       bigint not null references person (id),
    strength_key text not null,
    primary key (rep_id, strength_key)
);

create table private_note (
    id         bigserial primary key,
    rep_id     bigint not null references person (id),
    author_id  bigint references person (id),
    author     text not null,
    text       text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    integer not null default 0
);
create index private_note_rep_idx on private_note (rep_id, created_at);

-- Every read and write of a private note. note_id is null when a reader opened a rep's notes and found none.
create table note_audit (
    id         bigserial primary key,
    at         timestamptz not null,
    actor      text not null,
    actor_role text not null,
    action     text not null check (action in ('READ', 'CREATE', 'UPDATE')),
    rep_id     bigint not null references person (id),
    note_id    bigint references private_note (id)
);
create index note_audit_at_idx on note_audit (at desc);

create table onboarding (
    id           bigserial primary key,
    rep_id       bigint not null references person (id),
    team_id      bigint not null references team (id),
    from_team_id bigint references team (id),
    opened_at    timestamptz not null,
    closed_at    timestamptz,
    closed_why   text check (closed_why in ('DONE', 'MOVED_ON', 'DEMO_HISTORY'))
);
create unique index onboarding_open_uq on onboarding (rep_id) where closed_at is null;
