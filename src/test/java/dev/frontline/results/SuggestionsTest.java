package dev.frontline.results;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.organization.Member;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.results.internal.QuotaRow;
import dev.frontline.shared.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The quota suggestion arithmetic on hand-worked fixtures; no Spring. */
class SuggestionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final QuotaBook NO_QUOTAS = new QuotaBook(List.of(), Map.of());

    private final Member carol = rep(1, "carol");
    private final Member bob = rep(2, "Bob");
    private final Member alice = rep(3, "alice");
    private final Map<Long, List<DealFact>> facts = Map.of(
            // carol won 90,000 in Q1, 30,000 in Q2 and 50,000 in Q3; a lost deal in Q3 counts nothing.
            1L, List.of(won(1, 1, 90_000, "2026-02-10"), won(2, 1, 30_000, "2026-05-10"),
                    won(3, 1, 50_000, "2026-08-10"), lost(4, 1, 70_000, "2026-09-01")),
            // Bob's first close is 1 Aug (Q3): 20,000.
            2L, List.of(won(5, 2, 20_000, "2026-08-01")),
            // alice has only an open deal, expected to close in March: no track record.
            3L, List.of(open(6, 3, 40_000, "2026-03-01")));

    @Test
    void aSuggestionIsTheAverageOfTheLastCompletedPeriodsTimesTheGrowth() {
        // 2026-Q4, two trailing periods, growth 10%: carol's last two completed quarters are Q3 50,000 and
        // Q2 30,000 (Q1 is a third, left out) → average 40,000 × 1.1 = 44,000.
        // Bob: Q3 20,000 only (Q2 ended before his first close) → 20,000 × 1.1 = 22,000.
        List<QuotaSuggestion> out = Suggestions.suggest(List.of(carol, bob, alice), facts, p("2026-Q4"), TODAY,
                BigDecimal.TEN, 2, NO_QUOTAS);

        QuotaSuggestion c = of(out, 1);
        assertThat(c.history()).extracting(QuotaSuggestion.PeriodValue::period).containsExactly("2026-Q3", "2026-Q2");
        assertThat(c.history()).extracting(QuotaSuggestion.PeriodValue::wonRevenue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.valueOf(50_000), BigDecimal.valueOf(30_000));
        assertThat(c.average()).isEqualByComparingTo("40000");
        assertThat(c.suggested()).isEqualByComparingTo("44000");
        assertThat(c.effective()).isEqualByComparingTo("44000");
        assertThat(c.ramp()).isNull();
        assertThat(c.arithmetic())
                .isEqualTo("average of 2026-Q3 $50,000, 2026-Q2 $30,000 = $40,000; × 1.1 (growth 10%) = $44,000");

        QuotaSuggestion b = of(out, 2);
        assertThat(b.history()).extracting(QuotaSuggestion.PeriodValue::period).containsExactly("2026-Q3");
        assertThat(b.suggested()).isEqualByComparingTo("22000");
    }

    @Test
    void aRepWithoutATrackRecordGetsTheMedianOfTheOthersAndTheListIsInNameOrder() {
        // Median of 44,000 and 22,000 (an even count): (44,000 + 22,000) / 2 = 33,000. alice's open deal is no
        // track record, however early it is expected to close.
        List<QuotaSuggestion> out = Suggestions.suggest(List.of(carol, bob, alice), facts, p("2026-Q4"), TODAY,
                BigDecimal.TEN, 2, NO_QUOTAS);

        assertThat(out).extracting(s -> s.rep().displayName()).containsExactly("alice", "Bob", "carol");
        QuotaSuggestion a = of(out, 3);
        assertThat(a.history()).isEmpty();
        assertThat(a.average()).isNull();
        assertThat(a.suggested()).isEqualByComparingTo("33000");
        assertThat(a.arithmetic()).isEqualTo("no track record yet: the team's median suggestion, $33,000");
    }

    @Test
    void aPeriodNotYetEndedIsSkippedAndTheQuotaSetIsShownBeside() {
        // For 2027-Q1 on 27 Nov 2026, 2026-Q4 has not ended: carol's history is still Q3 and Q2; no growth.
        QuotaBook book = new QuotaBook(List.of(new QuotaRow(1, 1L, null,
                SalesPeriod.Grain.QUARTER, LocalDate.of(2027, 1, 1), BigDecimal.valueOf(45_000), "MANUAL", 0)));
        QuotaSuggestion c = of(Suggestions.suggest(List.of(carol), facts, p("2027-Q1"), TODAY, BigDecimal.ZERO, 2,
                book), 1);

        assertThat(c.history()).extracting(QuotaSuggestion.PeriodValue::period).containsExactly("2026-Q3", "2026-Q2");
        assertThat(c.suggested()).isEqualByComparingTo("40000");
        assertThat(c.current()).isEqualByComparingTo("45000");
    }

    @Test
    void theHistoryStartsWithThePeriodOfTheFirstClose() {
        // Bob's first close is 1 Aug: with four trailing quarters only Q3 counts, Q2 ended before it.
        assertThat(Suggestions.history(facts.get(2L), p("2026-Q4"), TODAY, 4))
                .extracting(QuotaSuggestion.PeriodValue::period).containsExactly("2026-Q3");
        // A first close on the last day of Q2 brings Q2 in.
        assertThat(Suggestions.history(List.of(won(7, 2, 1_000, "2026-06-30")), p("2026-Q4"), TODAY, 4))
                .extracting(QuotaSuggestion.PeriodValue::period).containsExactly("2026-Q3", "2026-Q2");
        assertThat(Suggestions.history(facts.get(3L), p("2026-Q4"), TODAY, 4)).isEmpty();
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleAndOfNoneZero() {
        assertThat(Suggestions.median(List.of(BigDecimal.valueOf(5), BigDecimal.ONE, BigDecimal.valueOf(3))))
                .isEqualByComparingTo("3");
        // (1 + 4) / 2 = 2.5, rounded half up to 3.
        assertThat(Suggestions.median(List.of(BigDecimal.valueOf(4), BigDecimal.ONE))).isEqualByComparingTo("3");
        assertThat(Suggestions.median(List.of())).isEqualByComparingTo("0");
    }

    private static QuotaSuggestion of(List<QuotaSuggestion> out, long repId) {
        return out.stream().filter(s -> s.rep().id() == repId).findFirst().orElseThrow();
    }

    private static SalesPeriod p(String text) {
        return SalesPeriod.parse(text);
    }

    private static Member rep(long id, String name) {
        return new Member(id, name, name, name, name, Title.REP, 1L, "Team", 1L, "East");
    }

    private static DealFact won(long id, long owner, int amount, String close) {
        return deal(id, owner, amount, close, Outcome.WON, "Won");
    }

    private static DealFact lost(long id, long owner, int amount, String close) {
        return deal(id, owner, amount, close, Outcome.LOST, "Lost");
    }

    private static DealFact open(long id, long owner, int amount, String close) {
        return deal(id, owner, amount, close, Outcome.OPEN, "Proposal");
    }

    private static DealFact deal(long id, long owner, int amount, String close, Outcome outcome, String stage) {
        LocalDate day = LocalDate.parse(close);
        return new DealFact(id, owner, "P", "S", stage, 3, outcome, BigDecimal.valueOf(amount),
                BigDecimal.valueOf(amount), day.minusDays(20), day.minusDays(20), day);
    }
}
