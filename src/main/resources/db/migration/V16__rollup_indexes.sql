-- results and boards over many teams (issue 12, points 1 and 4): the period's deals of many owners, read through
-- indexes rather than every deal those owners ever had. ARCHITECTURE.md, "Pages over many teams", gives the reasons.

-- Deals at an open stage, per owner: with opportunity_owner_idx (owner_id, close_date) for the deals closed in a
-- period or dated after today, a bitmap OR reads an owner's open deals and the period's closed ones only.
create index opportunity_owner_stage_idx on opportunity (owner_id, stage_id);

-- Deals created in a period, per owner, by the created date results count (the CRM's, else the engage date).
create index opportunity_owner_created_on_idx on opportunity (owner_id, (coalesce(created_date, engage_date)));
