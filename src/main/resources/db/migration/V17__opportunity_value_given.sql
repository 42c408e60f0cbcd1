-- pipeline: an import writes all its deals with one set-based upsert (issue 12, COPY into a staging table), which
-- gives each new deal its value (its amount, else its product's list price) from the same statement. The value
-- trigger ran its query for every inserted row all the same. An insert now keeps the value it gives when that value
-- agrees with its amount, or when it has no amount (the price is the writer's to join); an insert that leaves the
-- value out, or gives one its amount contradicts, gets it computed as before. A change of amount or product
-- recomputes it as before.
drop trigger opportunity_value on opportunity;

create trigger opportunity_value before insert on opportunity
    for each row when (new.value is null or new.value is distinct from coalesce(new.amount, new.value))
    execute function opportunity_value();

create trigger opportunity_value_changed before update of amount, product_id on opportunity
    for each row execute function opportunity_value();
