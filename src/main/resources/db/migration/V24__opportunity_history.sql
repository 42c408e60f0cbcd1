alter table opportunity add column next_step text;
create table opportunity_history (
    id             bigserial primary key,
    opportunity_id bigint not null references opportunity (id) on delete cascade,
    changed_at     timestamptz not null,
    field          text not null check (field in ('stage', 'amount', 'close_date', 'owner', 'forecast_category', 'next_step')),
    old_value      text,
    new_value      text,
    source         text not null check (source in ('import', 'edit', 'crm')),
    changed_by     text
);
create index opportunity_history_deal on opportunity_history (opportunity_id, changed_at);
create index opportunity_history_field on opportunity_history (field, changed_at);
