package dev.frontline.forecast;

import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * History replayed: at the start of every period, the forecast of Frontline and of the two baselines against what
 * was won. MAPE and bias (percent) are over periods with a won revenue; coverage (percent) is how often the
 * won revenue fell inside Frontline's P10–P90.
 */
public record Backtest(String level, String grain, List<Method> methods, List<Row> rows) {

    public record Method(String name, BigDecimal mape, BigDecimal bias, @Nullable BigDecimal coverage, int periods) {
    }

    /** One team-period or rep-period. */
    public record Row(SalesPeriod period, long teamId, String team, @Nullable Long repId, @Nullable String rep,
                      BigDecimal actual, BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean,
                      BigDecimal weightedPipeline, BigDecimal runRate, boolean covered) {
    }

    static Backtest of(Backtester.Result r) {
        return new Backtest(r.level().name().toLowerCase(Locale.ROOT), r.grain().name().toLowerCase(Locale.ROOT),
                r.methods().stream().map(m -> new Method(m.name(), pct(m.mape()), pct(m.bias()),
                        m.coverage() == null ? null : pct(m.coverage()), m.rows())).toList(),
                r.rows().stream().map(x -> new Row(x.period(), x.teamId(), x.team(), x.repId(), x.rep(),
                        Money.of(x.actual()), Money.of(x.p10()), Money.of(x.p50()), Money.of(x.p90()),
                        Money.of(x.mean()), Money.of(x.weightedPipeline()), Money.of(x.runRate()), x.covered()))
                        .toList());
    }

    public @Nullable Method method(String name) {
        return methods.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    private static BigDecimal pct(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
