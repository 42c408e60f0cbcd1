package dev.frontline.people;

import dev.frontline.organization.Member;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.FunnelStep;
import dev.frontline.results.RepRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small hand-made values for the derivation tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final TeamSummary TEAM = new TeamSummary(1, "Team", 1, "East", 9L, "Mona Manager", "mona.manager", 4);

    private Fixtures() {
    }

    static Member rep(long id, String name) {
        String[] parts = name.split(" ");
        return new Member(id, name.toLowerCase().replace(' ', '.'), name, parts[0], parts[1], Title.REP, 1L, "Team",
                1L, "East");
    }

    static Competency competency(String key, int position) {
        return new Competency(position, key, key.substring(0, 1).toUpperCase() + key.substring(1).replace('_', ' '),
                "", List.of("one", "two", "three", "four", "five"), position, true, 0);
    }

    static Rating rating(String key, Rater rater, int level) {
        return new Rating(key, rater, level, null, NOW, null, false);
    }

    static Standing standing(Competency c, @Nullable Integer manager, @Nullable Integer self) {
        return new Standing(c, manager == null ? null : rating(c.key(), Rater.MANAGER, manager),
                self == null ? null : rating(c.key(), Rater.SELF, self));
    }

    /** Figures with the fields the findings read; the rest zero or null. */
    static Figures figures(long wonRevenue, int won, int lost, @Nullable String winRate, @Nullable String avgDeal,
                           @Nullable String cycle) {
        return new Figures(BigDecimal.valueOf(wonRevenue), won, lost, dec(winRate), dec(avgDeal), dec(cycle), null, null,
                null, null, null, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, null, 0, BigDecimal.ZERO);
    }

    static Breakdown slice(String key, int won, int lost, String winRate) {
        return new Breakdown(key, BigDecimal.ZERO, won, lost, new BigDecimal(winRate), null, BigDecimal.ZERO, 0);
    }

    static RepRecord record(Figures rep, Figures team, int teamSize, List<Breakdown> byProduct,
                            List<Breakdown> teamByProduct, List<FunnelStep> funnel, List<FunnelStep> teamFunnel) {
        return new RepRecord(rep(1, "Ann Example"), TEAM, teamSize, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 11, 27), rep, team, byProduct, teamByProduct, List.of(), List.of(), funnel, teamFunnel,
                List.of());
    }

    static @Nullable BigDecimal dec(@Nullable String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
