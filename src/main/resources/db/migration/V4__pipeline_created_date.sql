-- When a deal was created in the CRM (exports carry it); the dataset has none, engage_date stands in for it.
alter table opportunity add column created_date date;
create index opportunity_owner_created_idx on opportunity (owner_id, created_date);
