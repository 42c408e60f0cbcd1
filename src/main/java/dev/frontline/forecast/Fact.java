package dev.frontline.forecast;

import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.StageTimeline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One deal as the model sees it on any day. Without stage history what was known on a past day follows from the
 * dates (with it, also the stage it was in, {@link #stageAt}): a deal is known from its created date; it is closed on that day only if it closed by then.
 *
 * @param stage       its stage now
 * @param created     the CRM's created date, else the engage date; {@code null} for a deal not engaged yet
 * @param closed      the close date of a won or lost deal; {@code null} while open
 * @param amountCents its amount in cents: the close value when closed, the CRM amount while open, if any
 * @param expected    the CRM's expected close date of a deal open now, if it has one
 * @param stages      its stage history when the pipeline keeps one (then the stage it was in on a past day is
 *                    known); {@code null} otherwise
 */
record Fact(long id, long ownerId, @Nullable String product, String stage, Outcome outcome,
            @Nullable Long amountCents, @Nullable LocalDate created, @Nullable LocalDate closed,
            @Nullable LocalDate expected, @Nullable StageTimeline stages) {

    Fact(long id, long ownerId, @Nullable String product, String stage, Outcome outcome, @Nullable Long amountCents,
         @Nullable LocalDate created, @Nullable LocalDate closed, @Nullable LocalDate expected) {
        this(id, ownerId, product, stage, outcome, amountCents, created, closed, expected, null);
    }

    /** The same deal with its stage history. */
    Fact withStages(@Nullable StageTimeline timeline) {
        return new Fact(id, ownerId, product, stage, outcome, amountCents, created, closed, expected, timeline);
    }

    /** The stage the deal was in at the end of the day, when it has a stage history; else {@code null}. */
    @Nullable String stageAt(LocalDate day) {
        return stages == null ? null : stages.stageAt(day);
    }

    static Fact of(DealFact d) {
        boolean open = d.outcome() == Outcome.OPEN;
        return new Fact(d.id(), d.ownerId(), d.product(), d.stage(), d.outcome(), cents(d.amount()), d.createdDate(),
                open ? null : d.closeDate(), open ? d.closeDate() : null);
    }

    static @Nullable Long cents(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    boolean knownAt(LocalDate day) {
        return created != null && !created.isAfter(day);
    }

    boolean closedBy(LocalDate day) {
        return closed != null && !closed.isAfter(day);
    }

    /** Known and not closed at the end of the day. */
    boolean openAt(LocalDate day) {
        return knownAt(day) && !closedBy(day);
    }

    boolean won() {
        return outcome == Outcome.WON;
    }

    /** Won with a close date after the first day and no later than the second. */
    boolean wonBetween(LocalDate after, LocalDate until) {
        return won() && closed != null && closed.isAfter(after) && !closed.isAfter(until);
    }

    /** Won or lost with a close date after the first day and no later than the second. */
    boolean closedBetween(LocalDate after, LocalDate until) {
        return closed != null && closed.isAfter(after) && !closed.isAfter(until);
    }

    boolean createdBetween(LocalDate after, LocalDate until) {
        return created != null && created.isAfter(after) && !created.isAfter(until);
    }

    /** Whole months from the month it was created to the month of the day: 0 for a deal created that month. */
    int ageInMonths(LocalDate day) {
        return Months.index(day) - Months.index(created);
    }

    /**
     * The deal as it was known at the end of the day, or {@code null} if it was not known yet. A deal that closed
     * later was open then, at {@code openStage} (the data keeps no stage history), and its amount was not known
     * yet: its close value is the future. A deal open now keeps its stage and CRM amount.
     */
    @Nullable Fact asOf(LocalDate day, String openStage) {
        if (closedBy(day)) {
            return this;
        }
        if (!knownAt(day)) {
            return null;
        }
        return outcome == Outcome.OPEN ? this : new Fact(id, ownerId, product, openStage, Outcome.OPEN, null, created, null, null, stages);
    }

    /** What the deal was known to be worth on the day: its own amount only while it is still open now. */
    @Nullable Long amountKnownAt(LocalDate day) {
        return closedBy(day) || outcome == Outcome.OPEN ? amountCents : null;
    }
}
