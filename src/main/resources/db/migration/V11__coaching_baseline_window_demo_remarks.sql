-- coaching: the window a plan's baseline was measured over, so that every page can say which it is. Plans made
-- before this migration keep an unknown window (null): their baseline reads "as entered".
alter table coaching_plan
    add column baseline_from date,
    add column baseline_to   date,
    add constraint coaching_plan_baseline_window_ck
        check ((baseline_from is null) = (baseline_to is null) and (baseline_from is null or baseline_from <= baseline_to));

-- people: the manager's words the demo writes are flagged like every other piece of demo content.
alter table manager_remark add column demo boolean not null default false;
