package dev.frontline.results;

import dev.frontline.results.internal.QuotaRow;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The quotas of some reps and teams, and the rule that finds the quota of any period: the quota set for exactly
 * that period; else the sum of those set for the quarters (or, failing that, months) inside it; else the share of
 * the quarter or year it lies in, by months. A team without its own quota has the sum of its reps'.
 */
final class QuotaBook {

    private final List<QuotaRow> rows;

    QuotaBook(List<QuotaRow> rows) {
        this.rows = List.copyOf(rows);
    }

    @Nullable BigDecimal forRep(long repId, SalesPeriod period) {
        return resolve(r -> Objects.equals(r.repId(), repId), period);
    }

    @Nullable BigDecimal forTeam(long teamId, Collection<Long> repIds, SalesPeriod period) {
        BigDecimal own = resolve(r -> Objects.equals(r.teamId(), teamId), period);
        if (own != null) {
            return own;
        }
        return repIds.stream().map(id -> forRep(id, period)).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
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
