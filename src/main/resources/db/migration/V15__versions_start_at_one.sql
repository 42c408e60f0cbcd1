-- Quotas and goals are written "expect absent": version 0 means "there is none yet", so a stored row is never at 0.
update quota set version = version + 1;
alter table quota alter column version set default 1;
update goal set version = version + 1;
alter table goal alter column version set default 1;
