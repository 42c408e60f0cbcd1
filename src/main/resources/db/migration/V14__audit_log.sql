-- audit: one log of every access to private content — who read, wrote or was refused whose notes, of which kind.
-- It replaces people's note_audit and coaching's coaching_audit: every row of both moves here, in time order, and
-- the old tables go. subject_id is the person whose private content it is (no foreign key: a refused attempt may
-- name an id that does not exist); object_id the note or 1:1 when there is one.
create table audit_log (
    id         bigserial primary key,
    at         timestamptz not null,
    actor      text not null,
    actor_role text not null,
    action     text not null check (action in ('READ', 'CREATE', 'UPDATE', 'WRITE', 'REFUSED')),
    kind       text not null check (kind ~ '^[a-z][a-z-]{0,39}$'),
    subject_id bigint,
    object_id  bigint
);
create index audit_log_at_idx on audit_log (at desc, id desc);
create index audit_log_subject_idx on audit_log (subject_id, at desc);

insert into audit_log (at, actor, actor_role, action, kind, subject_id, object_id)
select at, actor, actor_role, action, kind, rep_id, object_id
  from (select at, actor, actor_role, action, 'dossier' as kind, rep_id, note_id as object_id, id, 1 as source
          from note_audit
        union all
        select at, actor, actor_role, action, 'coaching', rep_id, one_on_one_id, id, 2
          from coaching_audit) moved
 order by at, source, id;

drop table note_audit;
drop table coaching_audit;
