package dev.frontline.pipeline.internal;

import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.DealSort;
import dev.frontline.pipeline.DealSort.Column;
import dev.frontline.pipeline.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of deal lists, written so that an index can serve it: conditions and orders on the opportunity table's own
 * columns (or the expressions V10 indexes), each filter present only when it filters, the display joins applied to
 * the rows a page keeps.
 */
final class ListSql {

    private ListSql() {
    }

    record StageRow(long id, String name, Outcome outcome) {
    }

    record Query(String sql, Map<String, Object> params) {
    }

    /**
     * The key that stands, in a stage sort, for the deals the data closes after today: they stand at the last open
     * stage today, and sort right after its own deals.
     */
    static final long AHEAD = -1;

    /** The deals the data closes after today: still open today (see {@link PipelineStore#AS_OF}). */
    static final String AHEAD_CONDITION = "(o.stage_id = any(:closedStages) and o.close_date > :today)";

    /** One key's deals while walking a key column: {@code key} null for the deals without one. */
    record Segment(String column, @Nullable Long key) {

        String condition() {
            if (key == null) {
                return column + " is null";
            }
            if (column.equals("o.stage_id")) {
                // by the stage each deal stands at today: a close dated after today is not one yet
                return key == AHEAD ? AHEAD_CONDITION
                        : "(o.stage_id = :segmentKey and (o.stage_id <> all(:closedStages) or o.close_date <= :today))";
            }
            return column + " = :segmentKey";
        }
    }

    interface Ids {
        Set<Long> ids(String sql, Map<String, ?> params);
    }

    /** The last open stage, where a deal the data closes after today stands today. */
    static StageRow lastOpen(List<StageRow> stages) {
        return stages.stream().filter(s -> s.outcome() == Outcome.OPEN).reduce((first, second) -> second)
                .orElse(new StageRow(0, "Open", Outcome.OPEN));
    }

    /**
     * The conditions of a list as the deals stand on {@code today} (the rule of {@link PipelineStore#AS_OF}): a deal
     * created after today is left out; one the data closes after today counts as open, at the last open stage, for
     * the stage and status filters and a close-date window. Each is written on the opportunity's own columns, so
     * that the indexes still serve the list.
     */
    static DealListStore.Where where(boolean allOwners, Collection<Long> owners, DealFilter f, LocalDate today,
                                     List<StageRow> stages, Ids ids, FlagSql.Rules rules) {
        List<String> and = new ArrayList<>();
        Map<String, Object> p = new HashMap<>(rules.params(allOwners, Set.copyOf(owners)));
        Map<Column, Set<Long>> restricts = new EnumMap<>(Column.class);
        StageRow lastOpen = lastOpen(stages);
        p.put("today", today);
        p.put("lastOpenStage", lastOpen.name());
        p.put("closedStages", stages.stream().filter(s -> s.outcome() != Outcome.OPEN).map(StageRow::id)
                .toArray(Long[]::new));
        if (!allOwners) {
            and.add("o.owner_id = any(:owners)");
            p.put("owners", owners.toArray(Long[]::new));
        }
        and.add("not coalesce(coalesce(o.created_date, o.engage_date) > :today, false)");
        boolean closedWindow = f.closedFrom() != null || f.closedTo() != null;
        java.util.function.Predicate<StageRow> chosen = s -> (f.stage() == null || s.name().equalsIgnoreCase(f.stage().trim()))
                && (f.outcomes() == null || f.outcomes().isEmpty() || f.outcomes().contains(s.outcome()))
                && (!closedWindow || s.outcome() != Outcome.OPEN);
        Set<Long> stageIds = stages.stream().filter(chosen).map(StageRow::id).collect(Collectors.toSet());
        Set<Long> closedStages = stages.stream().filter(s -> s.outcome() != Outcome.OPEN).map(StageRow::id)
                .collect(Collectors.toSet());
        if (stageIds.size() < stages.size()) {
            p.put("stages", stageIds.toArray(Long[]::new));
            boolean closedChosen = stageIds.stream().anyMatch(closedStages::contains);
            String ofStage = closedChosen
                    ? "(o.stage_id = any(:stages) and (o.stage_id <> all(:closedStages) or o.close_date <= :today))"
                    : "o.stage_id = any(:stages)";
            Set<Long> walked = new java.util.HashSet<>(stageIds);
            if (stageIds.contains(lastOpen.id()) && !closedWindow) {
                // a deal the data closes after today stands at the last open stage today
                ofStage = "(" + ofStage + " or " + AHEAD_CONDITION + ")";
                walked.add(AHEAD);
            }
            restricts.put(Column.STAGE, walked);
            and.add(ofStage);
            // won and lost deals always have a close date: said, it lets a close-date index skip the open deals
            if (stages.stream().noneMatch(s -> s.outcome() == Outcome.OPEN && stageIds.contains(s.id()))) {
                and.add("o.close_date is not null");
            }
        }
        if (closedWindow) {
            and.add("o.close_date <= :today");
        }
        range(and, p, "o.close_date", "closed", f.closedFrom(), f.closedTo());
        range(and, p, "coalesce(o.created_date, o.engage_date)", "created", f.createdFrom(), f.createdTo());
        range(and, p, "o.value", "amount", f.minAmount(), f.maxAmount());
        if (f.product() != null) {
            Set<Long> products = ids.ids("select id from product where name = :name", Map.of("name", f.product()));
            and.add("o.product_id = any(:products)");
            p.put("products", products.toArray(Long[]::new));
            restricts.put(Column.PRODUCT, products);
        }
        if (f.sector() != null) {
            Set<Long> accounts = ids.ids("select id from account where sector = :sector", Map.of("sector", f.sector()));
            and.add("o.account_id = any(:sectorAccounts)");
            p.put("sectorAccounts", accounts.toArray(Long[]::new));
            restricts.put(Column.ACCOUNT, accounts);
        }
        if (f.text() != null) {
            String pattern = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            p.put("pattern", pattern);
            List<String> or = new ArrayList<>(List.of("o.external_id ilike :pattern", "o.name ilike :pattern"));
            Set<Long> accounts = ids.ids("select id from account where name ilike :pattern", Map.of("pattern", pattern));
            if (!accounts.isEmpty()) {
                or.add("o.account_id = any(:textAccounts)");
                p.put("textAccounts", accounts.toArray(Long[]::new));
            }
            Set<Long> products = ids.ids("select id from product where name ilike :pattern", Map.of("pattern", pattern));
            if (!products.isEmpty()) {
                or.add("o.product_id = any(:textProducts)");
                p.put("textProducts", products.toArray(Long[]::new));
            }
            and.add("(" + String.join(" or ", or) + ")");
        }
        if (f.flagged() != null) {
            and.add(FlagSql.condition(f.flagged()));
        }
        String countOrder = f.minAmount() != null || f.maxAmount() != null ? "o.value"
                : f.createdFrom() != null || f.createdTo() != null ? "coalesce(o.created_date, o.engage_date)"
                : closedWindow ? "o.close_date" : null;
        return new DealListStore.Where(and, p, allOwners, Set.copyOf(owners), restricts, countOrder);
    }

    private static void range(List<String> and, Map<String, Object> p, String expression, String name,
                              @Nullable Object from, @Nullable Object to) {
        if (from != null) {
            and.add(expression + " >= :" + name + "From");
            p.put(name + "From", from);
        }
        if (to != null) {
            and.add(expression + " <= :" + name + "To");
            p.put(name + "To", to);
        }
    }

    /** The order of a sort over the alias {@code o}; for a key column, by the keys' positions in {@code sortKeys}. */
    static String order(DealSort sort) {
        if (sort.isDefault()) {
            return "o.close_date desc nulls first, o.engage_date desc nulls last, o.id";
        }
        String d = sort.descending() ? " desc" : "";
        return switch (sort.column()) {
            case EXTERNAL_ID -> "o.external_id collate \"C\"" + d;
            case AMOUNT -> "o.value" + d + ", o.id" + d;
            case CREATED -> "coalesce(o.created_date, o.engage_date)" + d + ", o.id" + d;
            case ENGAGED -> "o.engage_date" + d + ", o.id" + d;
            case CLOSED -> "o.close_date" + d + ", o.id" + d;
            case OWNER, ACCOUNT, PRODUCT -> "array_position(cast(:sortKeys as bigint[]), " + keyColumn(sort.column())
                    + ")" + d + ", " + keyColumn(sort.column()) + d + ", o.id" + d;
            // by the stage each deal stands at today, as the walk reads them (see Segment#condition)
            case STAGE -> "array_position(cast(:sortKeys as bigint[]), case when " + AHEAD_CONDITION + " then "
                    + AHEAD + " else o.stage_id end)" + d + ", o.id" + d;
        };
    }

    static String keyColumn(Column column) {
        return switch (column) {
            case OWNER -> "o.owner_id";
            case ACCOUNT -> "o.account_id";
            case PRODUCT -> "o.product_id";
            case STAGE -> "o.stage_id";
            default -> throw new IllegalArgumentException(column + " is not a key column");
        };
    }

    /** A page (or, with {@code limit} {@link Long#MAX_VALUE}, all) of the list in one sorted query. */
    static Query sorted(DealListStore.Where where, DealSort sort, List<Long> keys, long offset, long limit) {
        Map<String, Object> p = new HashMap<>(where.params());
        String order = order(sort);
        if (order.contains(":sortKeys")) {
            p.put("sortKeys", keys.toArray(Long[]::new));
        }
        String inner = "select o.* from opportunity o" + whereClause(where.conditions()) + " order by " + order
                + limit(p, offset, limit);
        return new Query(DealListStore.DISPLAY.formatted(inner, order), p);
    }

    /** Counts the list (or one key of it) up to {@code upTo}: a larger count answers {@code upTo + 1}. */
    static Query count(DealListStore.Where where, @Nullable Segment segment, long upTo) {
        Map<String, Object> p = new HashMap<>(where.params());
        String from = "from opportunity o" + whereClause(withSegment(where, segment, p));
        if (upTo == Long.MAX_VALUE) {
            return new Query("select count(*) " + from, p);
        }
        p.put("upTo", upTo + 1);
        // ordered by a range filter's column, the capped count walks that index and stops at the cap; unordered,
        // the planner may scan the table for matches it takes to be spread evenly (they seldom are)
        String order = where.countOrder() == null ? "" : " order by " + where.countOrder();
        return new Query("select count(*) from (select 1 " + from + order + " limit :upTo) c", p);
    }

    /** The key column's segments in the sort's order: each key in turn, then the deals without one. */
    static List<Segment> segments(DealListStore.Where where, DealSort sort, List<Long> keys) {
        Column column = sort.column();
        Set<Long> allowed = where.restricts().get(column);
        List<Segment> segments = new ArrayList<>();
        keys.stream().filter(k -> allowed == null || allowed.contains(k))
                .forEach(k -> segments.add(new Segment(keyColumn(column), k)));
        if ((column == Column.ACCOUNT || column == Column.PRODUCT) && allowed == null) {
            segments.add(new Segment(keyColumn(column), null));
        }
        if (sort.descending()) {
            Collections.reverse(segments);
        }
        return segments;
    }

    /** Part of one segment's deals, by id. */
    static Query segment(DealListStore.Where where, Segment segment, boolean descending, long offset, long limit) {
        Map<String, Object> p = new HashMap<>(where.params());
        String order = "o.id" + (descending ? " desc" : "");
        String inner = "select o.* from opportunity o" + whereClause(withSegment(where, segment, p)) + " order by "
                + order + limit(p, offset, limit);
        return new Query(DealListStore.DISPLAY.formatted(inner, order), p);
    }

    private static List<String> withSegment(DealListStore.Where where, @Nullable Segment segment, Map<String, Object> p) {
        if (segment == null) {
            return where.conditions();
        }
        List<String> and = new ArrayList<>(where.conditions());
        and.add(segment.condition());
        if (segment.key() != null) {
            p.put("segmentKey", segment.key());
        }
        return and;
    }

    private static String whereClause(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String limit(Map<String, Object> p, long offset, long limit) {
        if (limit == Long.MAX_VALUE && offset == 0) {
            return "";
        }
        p.put("limit", limit);
        p.put("offset", offset);
        return " limit :limit offset :offset";
    }
}
