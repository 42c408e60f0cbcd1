package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.DealFlag;
import dev.frontline.shared.SalesPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the deal list's flags, over an opportunity row {@code o}, set-based: each is a probe of
 * {@code opportunity_history_deal} per deal shown, inside the list's one query.
 *
 * <ul>
 *   <li>the last change: the latest history entry up to today, else when the deal was last written
 *       ({@code updated_at}: an import or an edit);</li>
 *   <li>the stale limit: the owner's team's, from {@code :staleOwners}/{@code :staleDays} (the people of teams that
 *       set one), else {@code :staleDefault};</li>
 *   <li>the slip: the earliest fiscal quarter a recorded close-date change moved the date out of into a later
 *       quarter, when the close date now is still later than it. Quarters are numbered by {@code width_bucket} over
 *       their first days, {@code :flagStarts}, as the fiscal calendar gives them (never computed here).</li>
 * </ul>
 */
final class FlagSql {

    private FlagSql() {
    }

    /** Quarters the slip knows on each side of today's; a date before them counts as "an earlier quarter". */
    static final int QUARTERS_AROUND = 100;
    static final String EARLIER = "an earlier quarter";

    private static final String UNTIL = "cast(:flagUntil as timestamptz)";
    private static final String STARTS = "cast(:flagStarts as date[])";

    static final String LAST_CHANGE = """
            coalesce((select max(h.changed_at) from opportunity_history h
                       where h.opportunity_id = o.id and h.changed_at < %s), o.updated_at)""".formatted(UNTIL);

    static final String STALE_AFTER = "coalesce((cast(:staleDays as int[]))[array_position(cast(:staleOwners as "
            + "bigint[]), o.owner_id)], cast(:staleDefault as int))";

    static final String SLIP_BUCKET = """
            (select min(width_bucket(c.old_day, %1$s))
               from (select case when h.old_value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then cast(h.old_value as date) end as old_day,
                            case when h.new_value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then cast(h.new_value as date) end as new_day
                       from opportunity_history h
                      where h.opportunity_id = o.id and h.field = 'close_date' and h.changed_at < %2$s) c
              where width_bucket(c.new_day, %1$s) > width_bucket(c.old_day, %1$s)
                and width_bucket(o.close_date, %1$s) > width_bucket(c.old_day, %1$s))""".formatted(STARTS, UNTIL);

    /** The day (in the viewer's zone) of a timestamp. */
    static String day(String timestamp) {
        return "cast((" + timestamp + ") at time zone cast(:flagZone as text) as date)";
    }

    /** Open as the list shows it today: not at a closed stage, or closed by the data only after today. */
    private static final String OPEN = "(o.stage_id <> all(:closedStages) or o.close_date > cast(:today as date))";

    /** The condition of the "flagged" filter over {@code o}. */
    static String condition(DealFlag flag) {
        return switch (flag) {
            case STALE -> "(" + OPEN + " and " + day(LAST_CHANGE) + " < cast(:today as date) - " + STALE_AFTER + ")";
            case SLIPPED -> "(" + OPEN + " and " + SLIP_BUCKET + " is not null)";
        };
    }

    /**
     * What the flags are computed from, as parameters.
     *
     * @param zone           the viewer's zone, that days of changes are read in
     * @param until          the start of the viewer's tomorrow: history dated later has not happened yet
     * @param quarters       the fiscal quarters, consecutive, in order
     * @param staleByOwner   the stale limit of the people of teams that set one
     * @param staleDefault   everyone else's
     */
    record Rules(ZoneId zone, Instant until, List<SalesPeriod> quarters, Map<Long, Integer> staleByOwner,
                 int staleDefault) {

        Rules {
            quarters = List.copyOf(quarters);
            staleByOwner = Map.copyOf(staleByOwner);
        }

        /** The rules on a day, with the fiscal calendar's quarter of that day and those around it. */
        static Rules of(LocalDate today, ZoneId zone, SalesPeriod current, Map<Long, Integer> staleByOwner,
                        int staleDefault) {
            List<SalesPeriod> quarters = new ArrayList<>(2 * QUARTERS_AROUND + 1);
            SalesPeriod q = current.minus(QUARTERS_AROUND);
            for (int i = 0; i <= 2 * QUARTERS_AROUND; i++, q = q.next()) {
                quarters.add(q);
            }
            return new Rules(zone, today.plusDays(1).atStartOfDay(zone).toInstant(), quarters, staleByOwner,
                    staleDefault);
        }

        /** The parameters, with the owners' limits narrowed to the owners a list can show. */
        Map<String, Object> params(boolean allOwners, Collection<Long> owners) {
            Map<String, Object> p = new HashMap<>();
            p.put("flagZone", zone.getId());
            p.put("flagUntil", OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            p.put("flagStarts", quarters.stream().map(s -> s.start().toString()).toArray(String[]::new));
            p.put("flagNames", quarters.stream().map(SalesPeriod::toString).toArray(String[]::new));
            List<Long> ids = new ArrayList<>();
            List<Integer> days = new ArrayList<>();
            staleByOwner.forEach((owner, d) -> {
                if (allOwners || owners.contains(owner)) {
                    ids.add(owner);
                    days.add(d);
                }
            });
            p.put("staleOwners", ids.toArray(Long[]::new));
            p.put("staleDays", days.toArray(Integer[]::new));
            p.put("staleDefault", staleDefault);
            return p;
        }
    }
}
