-- Quotas and goals are written "expect absent": version 0 means "there is none yet", so a stored row is never at 0.
update quota set version = version + 1;
alter table quota alter column version set default 1;
update goal set version = version + 1;
alter table goal alter column version set default 1;

-- A deal's forecast category is edited too: it keeps a version, from 1, so a stale write can be refused.
alter table forecast_category add column version integer not null default 1;
