-- organization: a rep can leave (deactivated) and come back; their deals stay, owned by a former rep
alter table person add column active boolean not null default true;
alter table person add column left_at timestamptz;
