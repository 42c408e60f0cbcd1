-- pipeline: what the opportunity list sorts, filters and searches by, each served by an index (issues 9 and 12).
-- ARCHITECTURE.md, "Deal list and deal page", gives the reasons.

-- Substring search (ILIKE '%…%') on deal ids, deal names and account names. pg_trgm ships with PostgreSQL (contrib)
-- and is a trusted extension: the database's owner may create it without being a superuser.
create extension if not exists pg_trgm;

-- The value a list shows, sorts and filters by: the deal's amount, else its product's list price (an open deal
-- without an amount). Kept by triggers so that every writer, the importer's upserts and a product's new price alike,
-- leaves it right; it lets one index on the opportunity table serve the amount sort and range.
alter table opportunity add column value numeric(14, 2);

create function opportunity_value() returns trigger language plpgsql as $$
begin
    new.value := coalesce(new.amount, (select p.sales_price from product p where p.id = new.product_id));
    return new;
end
$$;

create trigger opportunity_value before insert or update of amount, product_id on opportunity
    for each row execute function opportunity_value();

create function product_price_reaches_opportunities() returns trigger language plpgsql as $$
begin
    update opportunity set value = new.sales_price where product_id = new.id and amount is null;
    return null;
end
$$;

create trigger product_price_reaches_opportunities after update of sales_price on product
    for each row when (old.sales_price is distinct from new.sales_price)
    execute function product_price_reaches_opportunities();

update opportunity o set value = coalesce(o.amount, (select p.sales_price from product p where p.id = o.product_id));

-- The default order (open deals without a close date first, then the newest close) and one index per sortable
-- column, each ending in the id so that pages are stable; scanned backwards for descending sorts.
create index opportunity_list_idx on opportunity (close_date desc nulls first, engage_date desc nulls last, id);
create index opportunity_close_idx on opportunity (close_date, id);
create index opportunity_engage_idx on opportunity (engage_date, id);
create index opportunity_created_idx on opportunity ((coalesce(created_date, engage_date)), id);
create index opportunity_value_idx on opportunity (value, id);
-- Ids sort byte by byte (collation "C"), the same on every server whatever its default collation.
create index opportunity_external_id_c_idx on opportunity (external_id collate "C");

-- Sorting by rep, account, product or stage walks the keys in name (stage) order; each key's deals come from these
-- in id order. They serve the filters and the search's account and product matches too.
create index opportunity_owner_id_idx on opportunity (owner_id, id);
create index opportunity_account_idx on opportunity (account_id, id);
create index opportunity_product_idx on opportunity (product_id, id);
create index opportunity_stage_id_idx on opportunity (stage_id, id);
drop index opportunity_stage_idx;

create index opportunity_search_idx on opportunity using gin (external_id gin_trgm_ops, name gin_trgm_ops);
create index account_name_trgm_idx on account using gin (name gin_trgm_ops);
