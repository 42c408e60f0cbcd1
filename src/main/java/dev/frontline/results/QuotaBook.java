package dev.frontline.results;

import dev.frontline.results.internal.QuotaRow;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The quotas of some reps and teams, and the rule that finds the quota of any period: the quota set for exactly
 * that period; else the sum of those set for the quarters (or, failing that, months) inside it; else the share of
 * the quarter or year it lies in, by months. A team without its own quota has the sum of its reps'.
 *
 * <p>A new hire's quota is prorated from the join date ({@link Proration}): the full quota so found is spread over
 * the period's months by the same rule (a quota set for a quarter or year evenly, parts as they are set), and each
 * month counts at its ramp factor. Quotas set for a team are the manager's own figure and are not prorated.
 */
final class QuotaBook {

    private final List<QuotaRow> rows;
    private final Map<Long, Proration.Start> starts;

    QuotaBook(List<QuotaRow> rows) {
        this(rows, Map.of());
    }

    QuotaBook(List<QuotaRow> rows, Map<Long, Proration.Start> starts) {
        this.rows = List.copyOf(rows);
        this.starts = Map.copyOf(starts);
    }

    /**
     * This book cut into one book per team, in one pass over its rows: each team's holds the team's own quotas and
     * those of its reps ({@code teamOfRep}), so that a roll-up over many teams does not search every row for each.
     * Teams without a row get an empty book.
     */
    Map<Long, QuotaBook> byTeam(Map<Long, Long> teamOfRep) {
        Map<Long, List<QuotaRow>> rowsOf = new java.util.HashMap<>();
        for (QuotaRow row : rows) {
            java.util.Set<Long> teams = new java.util.HashSet<>();
            if (row.teamId() != null) {
                teams.add(row.teamId());
            }
            if (row.repId() != null && teamOfRep.get(row.repId()) != null) {
                teams.add(teamOfRep.get(row.repId()));
            }
            teams.forEach(team -> rowsOf.computeIfAbsent(team, t -> new java.util.ArrayList<>()).add(row));
        }
        Map<Long, Map<Long, Proration.Start>> startsOf = new java.util.HashMap<>();
        starts.forEach((rep, start) -> {
            Long team = teamOfRep.get(rep);
            if (team != null) {
                startsOf.computeIfAbsent(team, t -> new java.util.HashMap<>()).put(rep, start);
            }
        });
        Map<Long, QuotaBook> books = new java.util.HashMap<>();
        java.util.Set<Long> teams = new java.util.HashSet<>(teamOfRep.values());
        teams.addAll(rowsOf.keySet());
        teams.forEach(t -> books.put(t, new QuotaBook(rowsOf.getOrDefault(t, List.of()),
                startsOf.getOrDefault(t, Map.of()))));
        return books;
    }

    /** The rep's quota for the period, prorated when they joined in it or are still ramping. */
    @Nullable BigDecimal forRep(long repId, SalesPeriod period) {
        BigDecimal full = fullForRep(repId, period);
        Proration.Start start = starts.get(repId);
        if (full == null || start == null || !Proration.prorates(start, period)) {
            return full;
        }
        return Proration.prorate(start, monthly(r -> Objects.equals(r.repId(), repId), period));
    }

    /** The rep's full quota for the period, before any proration. */
    @Nullable BigDecimal fullForRep(long repId, SalesPeriod period) {
        return resolve(r -> Objects.equals(r.repId(), repId), period);
    }

    /**
     * What of the rep's quota is due by {@code today}: the quota × the elapsed share of the period's days, or for a
     * prorated period the sum over its months of full × ramp factor × the share of each month's days elapsed since
     * the join date.
     */
    @Nullable BigDecimal expectedForRep(long repId, SalesPeriod period, LocalDate today) {
        BigDecimal quota = forRep(repId, period);
        Proration.Start start = starts.get(repId);
        if (quota == null || start == null || !Proration.prorates(start, period)) {
            return elapsed(quota, period, today);
        }
        return Proration.dueBy(start, monthly(r -> Objects.equals(r.repId(), repId), period), today);
    }

    /** How the rep's quota for the period is prorated, in words; null when it is not. */
    @Nullable String note(long repId, SalesPeriod period) {
        Proration.Start start = starts.get(repId);
        return start == null ? null : Proration.note(start, period);
    }

    /** The share (0–1) of a period's full quota the rep carries, months weighing equally; 1 when not prorated. */
    BigDecimal share(long repId, SalesPeriod period) {
        Proration.Start start = starts.get(repId);
        return start == null ? BigDecimal.ONE : Proration.share(start, period);
    }

    @Nullable BigDecimal forTeam(long teamId, Collection<Long> repIds, SalesPeriod period) {
        BigDecimal own = resolve(r -> Objects.equals(r.teamId(), teamId), period);
        if (own != null) {
            return own;
        }
        return repIds.stream().map(id -> forRep(id, period)).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    /** The team's quota due by today: its own × the elapsed share, else the sum of its reps' (each prorated). */
    @Nullable BigDecimal expectedForTeam(long teamId, Collection<Long> repIds, SalesPeriod period, LocalDate today) {
        BigDecimal own = resolve(r -> Objects.equals(r.teamId(), teamId), period);
        if (own != null) {
            return elapsed(own, period, today);
        }
        return repIds.stream().map(id -> expectedForRep(id, period, today)).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
    }

    private static @Nullable BigDecimal elapsed(@Nullable BigDecimal quota, SalesPeriod period, LocalDate today) {
        return quota == null ? null
                : quota.multiply(BigDecimal.valueOf(period.elapsed(today))).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The full quota of each month of the period, by the rule that found the period's quota: one set for exactly
     * the period, or around it, spreads evenly over its months; parts inside it keep their own amounts (a
     * quarter's spread over its three months). Months the rule leaves without a quota are absent.
     */
    private Map<YearMonth, BigDecimal> monthly(Predicate<QuotaRow> whose, SalesPeriod period) {
        Map<YearMonth, BigDecimal> months = new LinkedHashMap<>();
        QuotaRow exact = exact(whose, period);
        if (exact != null) {
            spread(months, exact.amount(), period);
            return months;
        }
        for (Grain finer : finer(period.grain())) {
            List<QuotaRow> inside = rows.stream().filter(whose).filter(r -> r.grain() == finer)
                    .filter(r -> period.encloses(new SalesPeriod(finer, r.start(), period.firstMonth()))).toList();
            if (!inside.isEmpty()) {
                inside.forEach(r -> spread(months, r.amount(), new SalesPeriod(finer, r.start(), period.firstMonth())));
                return months;
            }
        }
        for (Grain coarser : coarser(period.grain())) {
            QuotaRow around = rows.stream().filter(whose).filter(r -> r.grain() == coarser)
                    .filter(r -> new SalesPeriod(coarser, r.start(), period.firstMonth()).encloses(period))
                    .findFirst().orElse(null);
            if (around != null) {
                BigDecimal perMonth = around.amount().divide(BigDecimal.valueOf(
                        new SalesPeriod(coarser, around.start(), period.firstMonth()).months()), Proration.SCALE,
                        RoundingMode.HALF_UP);
                Proration.months(period).forEach(m -> months.put(m, perMonth));
                return months;
            }
        }
        return months;
    }

    private static void spread(Map<YearMonth, BigDecimal> months, BigDecimal amount, SalesPeriod period) {
        BigDecimal perMonth = amount.divide(BigDecimal.valueOf(period.months()), Proration.SCALE, RoundingMode.HALF_UP);
        Proration.months(period).forEach(m -> months.merge(m, perMonth, BigDecimal::add));
    }

    @Nullable QuotaRow exact(Predicate<QuotaRow> whose, SalesPeriod period) {
        return rows.stream().filter(whose)
                .filter(r -> r.grain() == period.grain() && r.start().equals(period.start()))
                .findFirst().orElse(null);
    }

    boolean anyFrom(String source) {
        return rows.stream().anyMatch(r -> r.source().equals(source));
    }

    private @Nullable BigDecimal resolve(Predicate<QuotaRow> whose, SalesPeriod period) {
        QuotaRow exact = exact(whose, period);
        if (exact != null) {
            return exact.amount();
        }
        for (Grain finer : finer(period.grain())) {
            List<QuotaRow> inside = rows.stream().filter(whose).filter(r -> r.grain() == finer)
                    .filter(r -> period.encloses(new SalesPeriod(finer, r.start(), period.firstMonth()))).toList();
            if (!inside.isEmpty()) {
                return inside.stream().map(QuotaRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
        }
        for (Grain coarser : coarser(period.grain())) {
            QuotaRow around = rows.stream().filter(whose).filter(r -> r.grain() == coarser)
                    .filter(r -> new SalesPeriod(coarser, r.start(), period.firstMonth()).encloses(period))
                    .findFirst().orElse(null);
            if (around != null) {
                int share = new SalesPeriod(coarser, around.start(), period.firstMonth()).months();
                return around.amount().multiply(BigDecimal.valueOf(period.months()))
                        .divide(BigDecimal.valueOf(share), 2, RoundingMode.HALF_UP);
            }
        }
        return null;
    }

    private static List<Grain> finer(Grain grain) {
        return switch (grain) {
            case YEAR -> List.of(Grain.QUARTER, Grain.MONTH);
            case QUARTER -> List.of(Grain.MONTH);
            case MONTH -> List.of();
        };
    }

    private static List<Grain> coarser(Grain grain) {
        return switch (grain) {
            case MONTH -> List.of(Grain.QUARTER, Grain.YEAR);
            case QUARTER -> List.of(Grain.YEAR);
            case YEAR -> List.of();
        };
    }
}
