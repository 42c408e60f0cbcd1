package dev.frontline.forecast.web;

import dev.frontline.forecast.Backtest;
import dev.frontline.forecast.Call;
import dev.frontline.forecast.Driver;
import dev.frontline.forecast.Forecast;
import dev.frontline.forecast.ForecastCategory;
import dev.frontline.forecast.OfficeForecast;
import dev.frontline.forecast.RepForecast;
import dev.frontline.forecast.TeamForecast;
import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import dev.frontline.pipeline.PipelineMovement;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The API's JSON shapes for forecasts: money in whole currency units, probabilities 0–1, accuracy in percent. */
final class ForecastJson {

    private ForecastJson() {
    }

    record RepRef(long id, String username, String displayName) {
        static RepRef of(Member m) {
            return new RepRef(m.id(), m.username(), m.displayName());
        }
    }

    record TeamRef(long id, String name, String region, @Nullable String manager) {
        static TeamRef of(TeamSummary t) {
            return new TeamRef(t.id(), t.name(), t.region(), t.manager());
        }
    }

    record DriverJson(String type, @Nullable Long opportunityId, @Nullable String externalId, long repId, String rep,
                      @Nullable String account, @Nullable String product, @Nullable Integer ageMonths, BigDecimal amount,
                      boolean amountEstimated, @Nullable BigDecimal probability, BigDecimal expectedValue,
                      @Nullable ForecastCategory category, int categoryVersion, String why) {
        static DriverJson of(Driver d) {
            return new DriverJson(d.kind() == Driver.Kind.DEAL ? "deal" : "new-deals", d.opportunityId(),
                    d.externalId(), d.repId(), d.rep(), d.account(), d.product(), d.ageMonths(), d.amount(),
                    d.amountEstimated(), d.probability(), d.expectedValue(), d.category(), d.categoryVersion(),
                    d.why());
        }
    }

    record SystemForecast(@Nullable BigDecimal p10, @Nullable BigDecimal p50, @Nullable BigDecimal p90) {
    }

    record CallJson(long id, String period, @Nullable Long repId, @Nullable Long teamId, BigDecimal amount,
                    @Nullable String note, SystemForecast systemForecast, String submittedBy, Instant submittedAt) {
        static @Nullable CallJson of(@Nullable Call c) {
            return c == null ? null : new CallJson(c.id(), c.period().toString(), c.repId(), c.teamId(), c.amount(),
                    c.note(), new SystemForecast(c.systemP10(), c.systemP50(), c.systemP90()), c.submittedBy(),
                    c.submittedAt());
        }
    }

    /** A rep's forecast: the shape plus who and how. */
    record Rep(RepRef rep, String period, LocalDate start, LocalDate end, LocalDate asOf, BigDecimal wonToDate,
               BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean, @Nullable BigDecimal quota,
               @Nullable BigDecimal probabilityOfQuota, BigDecimal expectedFromNewDeals, boolean enoughHistory,
               String basis, String headline, boolean rangeShown, List<DriverJson> drivers, @Nullable CallJson call) {
        static Rep of(RepForecast r) {
            Forecast f = r.forecast();
            return new Rep(RepRef.of(r.rep()), f.period().toString(), f.period().start(), f.period().end(), f.asOf(),
                    f.wonToDate(), f.p10(), f.p50(), f.p90(), f.mean(), f.quota(), f.probabilityOfQuota(),
                    f.expectedFromNewDeals(), f.enoughHistory(), f.basis(), f.headline(), f.rangeShown(),
                    f.drivers().stream().map(DriverJson::of).toList(), CallJson.of(r.call()));
        }
    }

    record Team(TeamRef team, String period, LocalDate start, LocalDate end, LocalDate asOf, BigDecimal wonToDate,
                BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean, @Nullable BigDecimal quota,
                @Nullable BigDecimal probabilityOfQuota, BigDecimal expectedFromNewDeals, boolean enoughHistory,
                String basis, String headline, boolean rangeShown, List<DriverJson> drivers, List<Rep> reps,
                @Nullable CallJson call,
                List<CallJson> calls) {
        static Team of(TeamForecast t) {
            Forecast f = t.forecast();
            return new Team(TeamRef.of(t.team()), f.period().toString(), f.period().start(), f.period().end(),
                    f.asOf(), f.wonToDate(), f.p10(), f.p50(), f.p90(), f.mean(), f.quota(), f.probabilityOfQuota(),
                    f.expectedFromNewDeals(), f.enoughHistory(), f.basis(), f.headline(), f.rangeShown(),
                    f.drivers().stream().map(DriverJson::of).toList(), t.reps().stream().map(Rep::of).toList(),
                    CallJson.of(t.call()), t.calls().stream().map(CallJson::of).toList());
        }
    }

    /** A pipeline movement: the days, and each bucket by its key ({@code start}, {@code new}, … {@code end}). */
    record Movement(long teamId, String period, LocalDate periodStart, LocalDate periodEnd, LocalDate from,
                    LocalDate to, long changesRecorded, int dealsListedPerBucket, Map<String, MovementBucket> buckets) {
        static Movement of(long teamId, PipelineMovement m) {
            Map<String, MovementBucket> buckets = new java.util.LinkedHashMap<>();
            m.buckets().forEach(b -> buckets.put(b.kind().key(), new MovementBucket(b.kind().label(),
                    b.kind().sign(), b.amount(), b.count(), b.deals().stream()
                    .map(d -> new MovedDeal(d.id(), d.externalId(), d.name(), d.amount())).toList())));
            return new Movement(teamId, m.period().toString(), m.period().start(), m.period().end(), m.from(),
                    m.to(), m.changesRecorded(), PipelineMovement.DEALS_LISTED, buckets);
        }
    }

    /** sign: +1 adds to the pipeline, −1 takes from it, 0 a total (start, end). */
    record MovementBucket(String label, int sign, BigDecimal amount, int count, List<MovedDeal> deals) {
    }

    record MovedDeal(long id, String externalId, @Nullable String name, BigDecimal amount) {
    }

    record OfficeTeam(TeamRef team, BigDecimal wonToDate, BigDecimal p10, BigDecimal p50, BigDecimal p90,
                      BigDecimal mean, @Nullable BigDecimal quota, @Nullable BigDecimal probabilityOfQuota,
                      @Nullable CallJson managerCall, @Nullable BigDecimal repCalls, int repsCalled, int reps) {
    }

    record Office(long id, String name, String period, BigDecimal wonToDate, BigDecimal p10, BigDecimal p50,
                  BigDecimal p90, BigDecimal mean, @Nullable BigDecimal quota, @Nullable BigDecimal probabilityOfQuota,
                  @Nullable BigDecimal managerCalls, @Nullable BigDecimal repCalls, List<OfficeTeam> teams) {
        static Office of(OfficeForecast o) {
            Forecast t = o.total();
            return new Office(o.region().id(), o.region().name(), o.period().toString(), t.wonToDate(), t.p10(),
                    t.p50(), t.p90(), t.mean(), t.quota(), t.probabilityOfQuota(), o.managerCalls(), o.repCalls(),
                    o.teams().stream().map(l -> new OfficeTeam(TeamRef.of(l.team()), l.forecast().wonToDate(),
                            l.forecast().p10(), l.forecast().p50(), l.forecast().p90(), l.forecast().mean(),
                            l.forecast().quota(), l.forecast().probabilityOfQuota(), CallJson.of(l.managerCall()),
                            l.repCalls(), l.repsCalled(), l.reps())).toList());
        }
    }

    record Ref(long id, String name) {
    }

    record Range(BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal mean) {
    }

    record BacktestRow(String period, Ref team, @Nullable Ref rep, BigDecimal actual, Range frontline,
                       BigDecimal weightedPipeline, BigDecimal runRate, boolean covered) {
    }

    record BacktestJson(String level, String grain, List<Backtest.Method> methods, List<BacktestRow> rows) {
        static BacktestJson of(Backtest b) {
            return new BacktestJson(b.level(), b.grain(), b.methods(), b.rows().stream()
                    .map(r -> new BacktestRow(r.period().toString(), new Ref(r.teamId(), r.team()),
                            r.repId() == null ? null : new Ref(r.repId(), r.rep()), r.actual(),
                            new Range(r.p10(), r.p50(), r.p90(), r.mean()), r.weightedPipeline(), r.runRate(),
                            r.covered()))
                    .toList());
        }
    }

    static String period(SalesPeriod p) {
        return p.toString();
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
