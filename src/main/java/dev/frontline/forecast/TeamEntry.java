package dev.frontline.forecast;

import dev.frontline.pipeline.Deal;
import dev.frontline.shared.SalesPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A team's data read at one version of what it was read from, and everything computed from it so far: each
 * period's outlook, the past periods' forecasts, quotas, calls, the open deals and their categories. Nothing in it
 * depends on who asked: the caller filters what leaves the module to the viewer. {@link ForecastCache} keeps it
 * until the version moves.
 */
final class TeamEntry {

    /** How many outlooks (of periods other than the past ones) an entry keeps; more start it over. */
    static final int OUTLOOKS_KEPT = 12;

    private final TeamData data;
    private final long version;
    private final List<String> subjects;
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();
    private final ForecastCache cache;

    /**
     * @param version  {@link dev.frontline.system.DataVersions#version} of the subjects, taken before the data was
     *                 read
     * @param subjects what the entry was read from: each rep, the team, the organisation, the settings
     */
    TeamEntry(TeamData data, long version, List<String> subjects, ForecastCache cache) {
        this.data = data;
        this.version = version;
        this.subjects = List.copyOf(subjects);
        this.cache = cache;
    }

    TeamData data() {
        return data;
    }

    long version() {
        return version;
    }

    List<String> subjects() {
        return subjects;
    }

    private record OutlookOf(SalesPeriod period) {
    }

    private record PastOf(SalesPeriod period) {
    }

    /** One of the entry's other memos, named by what it holds. */
    record Memo(String what) {
    }

    static final Memo REP_CALLS = new Memo("the reps' calls");
    static final Memo TEAM_CALLS = new Memo("the team's calls");
    static final Memo OPEN_DEALS = new Memo("the open deals by id");
    static final Memo CATEGORIES = new Memo("the open deals' categories");

    LocalDate today() {
        return data.today();
    }

    long teamId() {
        return data.team().id();
    }

    List<Long> repIds() {
        return data.repIds();
    }

    /** The outlook of the period as of today: simulated once per version. */
    Outlook outlook(SalesPeriod period) {
        OutlookOf key = new OutlookOf(period);
        Outlook kept = (Outlook) memo.get(key);
        if (kept != null) {
            return kept;
        }
        Outlook computed = cache.simulated(() -> data.outlook(period));
        if (memo.keySet().stream().filter(OutlookOf.class::isInstance).count() >= OUTLOOKS_KEPT) {
            memo.keySet().removeIf(OutlookOf.class::isInstance);
        }
        Outlook raced = (Outlook) memo.putIfAbsent(key, computed);
        cache.grew();
        return raced == null ? computed : raced;
    }

    /** A past period as it was forecast on its eve: the quantiles only, simulated once per version. */
    Past past(SalesPeriod period) {
        return memo(new PastOf(period), () -> cache.simulated(() -> Past.of(data.outlook(period,
                period.start().minusDays(1)))));
    }

    /** Whatever else the entry keeps, computed on first use. */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, Supplier<T> compute) {
        Object kept = memo.get(key);
        if (kept != null) {
            return (T) kept;
        }
        T computed = compute.get();
        Object raced = memo.putIfAbsent(key, computed);
        cache.grew();
        return raced == null ? computed : (T) raced;
    }

    /** Keeps a value computed elsewhere (a set-based read of several teams), unless one is kept already. */
    void keep(Object key, Object value) {
        memo.putIfAbsent(key, value);
    }

    boolean has(Object key) {
        return memo.containsKey(key);
    }

    /** About how many bytes the entry holds, to bound the cache. */
    long weight() {
        long bytes = 200L * data.facts().size() + 200L * data.reps().size();
        for (Object value : memo.values()) {
            bytes += weight(value);
        }
        return bytes;
    }

    private static long weight(Object value) {
        if (value instanceof Outlook o) {
            long longs = o.team().draws().length + (o.team().raw() == o.team().draws() ? 0 : o.team().raw().length);
            long deals = 0;
            for (Outlook.RepOutlook r : o.reps().values()) {
                longs += r.dist().draws().length + (r.dist().raw() == r.dist().draws() ? 0 : r.dist().raw().length);
                deals += r.deals().size();
            }
            return 8 * longs + 150 * deals + 500;
        }
        if (value instanceof Map<?, ?> m) {
            return 300L * m.size() + 100;
        }
        if (value instanceof List<?> l) {
            return 300L * l.size() + 100;
        }
        return 300;
    }

    /**
     * A past period's forecast as of its eve, kept as the figures the card shows.
     *
     * @param reps each rep's P10, P50 and P90 (cents)
     */
    record Past(boolean history, long[] team, Map<Long, long[]> reps) {

        static Past of(Outlook o) {
            Map<Long, long[]> reps = new java.util.HashMap<>();
            o.reps().forEach((id, r) -> reps.put(id, quantiles(r.dist())));
            return new Past(o.history(), quantiles(o.team()), reps);
        }

        private static long[] quantiles(Dist d) {
            return new long[] {d.p10(), d.p50(), d.p90()};
        }
    }

    /** The open deals of the team's reps, by id, as {@link TeamReads#openDeals} reads them: one query per version. */
    Map<Long, Deal> openDeals(Supplier<Map<Long, Deal>> read) {
        return memo(OPEN_DEALS, read);
    }
}
