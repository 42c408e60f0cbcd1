package dev.frontline.benchmark;

import dev.frontline.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Grows the demo organisation for the benchmarks: copies of every office, team, manager, rep and deal, with the
 * dataset's distributions (copy {@code k} of "Central" is "Central #k", of a rep "Name #k", of a deal "ID-k").
 */
final class GrownOrganisation {

    /** Copies that make the organisation 100 times the dataset. */
    static final int HUNDRED_TIMES = 99;

    private GrownOrganisation() {
    }

    /**
     * Adds {@code copies} copies of everything, then vacuums and analyses so that plans see the new sizes, and tells
     * the caches (which don't see raw SQL) that everything changed.
     */
    static void grow(JdbcClient jdbc, ApplicationEventPublisher events, int copies) {
        growTables(jdbc, copies);
        events.publishEvent(DataChanged.everything());
    }

    private static void growTables(JdbcClient jdbc, int copies) {
        jdbc.sql("create temporary table copy_no as select generate_series(1, " + copies + ") as k").update();
        jdbc.sql("insert into region (name) select r.name || ' #' || c.k from region r cross join copy_no c").update();
        jdbc.sql("""
                insert into team (name, region_id)
                select t.name || ' #' || c.k, r2.id
                  from team t join region r on r.id = t.region_id cross join copy_no c
                  join region r2 on lower(r2.name) = lower(r.name || ' #' || c.k)
                """).update();
        jdbc.sql("""
                insert into person (username, first_name, last_name, display_name, title, team_id)
                select p.username || '.' || c.k, p.first_name, p.last_name, p.display_name || ' #' || c.k, p.title, t2.id
                  from person p cross join copy_no c
                  left join team t on t.id = p.team_id
                  left join team t2 on lower(t2.name) = lower(t.name || ' #' || c.k)
                 where p.title in ('REP', 'MANAGER')
                """).update();
        jdbc.sql("""
                update team t2 set manager_id = m2.id
                  from team t join person m on m.id = t.manager_id cross join copy_no c
                  join person m2 on lower(m2.display_name) = lower(m.display_name || ' #' || c.k)
                 where lower(t2.name) = lower(t.name || ' #' || c.k)
                """).update();
        jdbc.sql("""
                insert into opportunity (external_id, owner_id, product_id, account_id, stage_id, amount, engage_date,
                                         close_date, created_date)
                select o.external_id || '-' || c.k, p2.id, o.product_id, o.account_id, o.stage_id, o.amount,
                       o.engage_date, o.close_date, o.created_date
                  from opportunity o join person p on p.id = o.owner_id cross join copy_no c
                  join person p2 on lower(p2.display_name) = lower(p.display_name || ' #' || c.k)
                """).update();
        jdbc.sql("drop table copy_no").update();
        jdbc.sql("vacuum analyze opportunity").update();
        jdbc.sql("analyze").update();
    }
}
