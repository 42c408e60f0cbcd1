-- Several nodes on one database: what a node used to keep in its memory is kept here, so that any node can serve any
-- request and a node may die at any moment.

-- identity: the browser sessions (Spring Session JDBC 4.0, its schema-postgresql.sql as shipped in the jar). The
-- signed-in user is a serialized attribute; whether the session still stands is the login's session generation.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- system: the Spring Modulith event publication registry (spring-modulith-events-jdbc 2.0, schemas/v2/
-- schema-postgresql.sql): one row per event and listener, written in the publishing transaction, deleted once the
-- listener completed; a row left behind by a node that died is published again on the next start.
create table event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- system: the lock that lets one node alone run a scheduled job (ShedLock's table, times in the database's clock).
create table shedlock (
    name       varchar(64) not null,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null,
    primary key (name)
);
