package dev.frontline.coaching;

import dev.frontline.coaching.internal.CoachingStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.organization.Title;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.Role;
import dev.frontline.shared.Scope;
import dev.frontline.system.DemoMode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: coaching for Cara Losch's team, once, after the dataset (order 10) and the dossiers (order 20) are
 * loaded. A runner of its own rather than a change to the demo seeder: it needs the reps, their deals and the
 * competency framework, all there by then, and it stays out of the seeder's way. Everything is marked as demo
 * content and derived from the clock, so two demo databases hold the same story:
 *
 * <ul>
 *   <li>a cadence per rep (weekly, every two weeks, monthly) with past 1:1s recorded as held, shared notes, agenda
 *       items and action items — some done, some still open and carried over from meeting to meeting;</li>
 *   <li>Corliss Cosme and Wilburn Farren not met for weeks, and the newcomer Elizabeth Anderson still waiting for
 *       her first 1:1: overdue on Cara's home;</li>
 *   <li>an active plan (Violet Mclelland, negotiation → average won deal), a finished one (Rosie Papadopoulos,
 *       closing → conversion) and a coaching topic Garret Kinder asked for.</li>
 * </ul>
 */
@Component
@Order(30)
class DemoCoaching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCoaching.class);
    static final String MANAGER = "cara.losch";

    /** One rep's story: cadence, first meeting, and how many recent days nothing was recorded as held. */
    private record Story(Cadence cadence, int weeksBack, DayOfWeek day, LocalTime time, int unrecordedDays) {
    }

    private static final Map<String, Story> STORIES = Map.of(
            "violet.mclelland", new Story(Cadence.BIWEEKLY, 14, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 0),
            "corliss.cosme", new Story(Cadence.WEEKLY, 12, DayOfWeek.MONDAY, LocalTime.of(9, 30), 19),
            "rosie.papadopoulos", new Story(Cadence.MONTHLY, 22, DayOfWeek.THURSDAY, LocalTime.of(15, 0), 0),
            "garret.kinder", new Story(Cadence.WEEKLY, 10, DayOfWeek.WEDNESDAY, LocalTime.of(11, 0), 0),
            "wilburn.farren", new Story(Cadence.BIWEEKLY, 16, DayOfWeek.FRIDAY, LocalTime.of(14, 0), 35));

    private static final List<String> NOTES = List.of(
            "Walked through the open pipeline deal by deal; two close dates moved to next month.",
            "Discussed the lost deal at a large account: price came up late, we agreed to raise it earlier.",
            "Good week: two wins. Talked about what made the demo land and how to repeat it.",
            "Reviewed the forecast call; agreed which deals are commit and which are best case.",
            "Career conversation: what the next step looks like and what to practise on the way.");

    private final DemoMode demo;
    private final CoachingStore store;
    private final Organization organization;
    private final OneOnOnes oneOnOnes;
    private final Pipeline pipeline;
    private final Clock clock;

    DemoCoaching(DemoMode demo, CoachingStore store, Organization organization, OneOnOnes oneOnOnes, Pipeline pipeline,
                 Clock clock) {
        this.demo = demo;
        this.store = store;
        this.organization = organization;
        this.oneOnOnes = oneOnOnes;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on() || store.anyCadence()) {
            return;
        }
        Member manager = organization.findByUsername(MANAGER).orElse(null);
        if (manager == null) {
            return;
        }
        Scope everything = Scope.system("demo");
        TeamSummary team = organization.teams(everything).stream()
                .filter(t -> Long.valueOf(manager.id()).equals(t.managerId())).findFirst().orElse(null);
        if (team == null) {
            return;
        }
        Instant now = clock.instant();
        for (Member rep : organization.members(everything, team.id())) {
            if (rep.title() != Title.REP) {
                continue;
            }
            Story story = STORIES.get(rep.username());
            if (story != null) {
                seed(rep, story, manager.displayName(), now);
            } else {
                newcomer(rep, manager.displayName(), now);
            }
        }
        oneOnOnes.layOutAll();
        extras(everything, team, manager.displayName(), now);
        log.info("Demo mode: seeded 1:1s, actions and coaching plans for {}", team.name());
    }

    private void seed(Member rep, Story story, String manager, Instant now) {
        ZonedDateTime first = now.atZone(clock.getZone()).minusWeeks(story.weeksBack())
                .with(TemporalAdjusters.nextOrSame(story.day())).with(story.time()).withSecond(0).withNano(0);
        store.saveCadence(rep.id(), 0, story.cadence(), first.toInstant(), 30, first.toInstant(), manager, true);
        Instant unrecordedFrom = now.minus(Duration.ofDays(story.unrecordedDays()));
        List<Long> held = new java.util.ArrayList<>();
        boolean cancelledOne = false;
        for (int n = 0; ; n++) {
            Instant at = story.cadence().occurrence(first, n).toInstant();
            if (!at.isBefore(now)) {
                break;
            }
            MeetingStatus status = MeetingStatus.HELD;
            if (story.unrecordedDays() > 0 && at.isAfter(unrecordedFrom)) {
                status = cancelledOne ? MeetingStatus.SCHEDULED : MeetingStatus.CANCELLED;
                cancelledOne = true;
            }
            String notes = status == MeetingStatus.HELD ? NOTES.get((n + rep.username().length()) % NOTES.size()) : "";
            long id = store.insertMeeting(rep.id(), at, 30, at, status, notes, manager, at.minus(Duration.ofDays(7)), true);
            if (status == MeetingStatus.HELD) {
                held.add(id);
                store.insertAgenda(id, Owner.REP, rep.displayName(), n % 2 == 0 ? "Help with a stalled deal"
                        : "Feedback on last week's demo", at.minus(Duration.ofDays(1)));
                store.insertAgenda(id, Owner.MANAGER, manager, "Pipeline review", at.minus(Duration.ofHours(20)));
            }
        }
        actions(rep, manager, held, now);
    }

    /**
     * Actions: in the third-last meeting held, one the rep did by the next meeting and one the manager still owes
     * (carried over since); in the last one, one the rep still has open.
     */
    private void actions(Member rep, String manager, List<Long> held, Instant now) {
        if (held.size() < 3) {
            return;
        }
        long older = held.get(held.size() - 3);
        long next = held.get(held.size() - 2);
        long last = held.get(held.size() - 1);
        Instant olderAt = store.meeting(older).orElseThrow().startsAt();
        Instant nextAt = store.meeting(next).orElseThrow().startsAt();
        LocalDate today = LocalDate.now(clock);
        long done = store.insertAction(rep.id(), older, "Send the revised proposal with the multi-year option",
                Owner.REP, olderAt.atZone(clock.getZone()).toLocalDate().plusDays(5), rep.displayName(), olderAt, true);
        store.updateAction(done, 0, "Send the revised proposal with the multi-year option", Owner.REP,
                olderAt.atZone(clock.getZone()).toLocalDate().plusDays(5), nextAt.minus(Duration.ofHours(2)),
                rep.displayName());
        store.insertAction(rep.id(), older, "Join a discovery call as a silent observer and debrief", Owner.MANAGER,
                today.minusDays(3), manager, olderAt, true);
        Instant lastAt = store.meeting(last).orElseThrow().startsAt();
        store.insertAction(rep.id(), last, "Update close dates of the stale deals in the CRM", Owner.REP,
                today.plusDays(4), rep.displayName(), lastAt, true);
    }

    private void newcomer(Member rep, String manager, Instant now) {
        ZonedDateTime first = now.atZone(clock.getZone()).plusDays(3).with(LocalTime.of(9, 0));
        store.saveCadence(rep.id(), 0, Cadence.WEEKLY, first.toInstant(), 45, now.minus(Duration.ofDays(9)), manager,
                true);
    }

    private void extras(Scope everything, TeamSummary team, String manager, Instant now) {
        LocalDate today = LocalDate.now(clock);
        for (Member rep : organization.members(everything, team.id())) {
            List<DealFact> facts = pipeline.facts(everything, List.of(rep.id()));
            switch (rep.username()) {
                case "violet.mclelland" -> {
                    LocalDate starts = today.minusDays(45);
                    LocalDate review = today.plusDays(45);
                    BigDecimal baseline = PlanMath.measure(PlanMetric.AVG_DEAL, null, facts,
                            PlanMath.baselineWindow(starts, review)).value();
                    BigDecimal target = FocusMath.target(PlanMetric.AVG_DEAL, baseline, null);
                    long plan = store.insertPlan(rep.id(), "negotiation", PlanMetric.AVG_DEAL, null, baseline, target,
                            starts, review, manager, now.minus(Duration.ofDays(45)), true);
                    store.insertPlanAction(plan, 1, "Prepare give-and-gets before every pricing conversation", true);
                    store.insertPlanAction(plan, 2, "Role-play a discount request with Cara", true);
                    store.insertPlanAction(plan, 3, "Propose a multi-year option on the next three deals", false);
                    oneOnOnes.schedules(List.of(rep)).get(0).meetings().stream()
                            .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.startsAt().isAfter(now))
                            .findFirst().ifPresent(m -> store.insertAgenda(m.id(), Owner.REP, rep.displayName(),
                                    "How to hold price when procurement joins late", now.minus(Duration.ofHours(3))));
                }
                case "rosie.papadopoulos" -> {
                    LocalDate starts = today.minusDays(200);
                    LocalDate review = today.minusDays(110);
                    BigDecimal baseline = PlanMath.measure(PlanMetric.CONVERSION, null, facts,
                            PlanMath.baselineWindow(starts, review)).value();
                    BigDecimal target = FocusMath.target(PlanMetric.CONVERSION, baseline, null);
                    long plan = store.insertPlan(rep.id(), "closing", PlanMetric.CONVERSION, null, baseline, target,
                            starts, review, manager, now.minus(Duration.ofDays(200)), true);
                    store.insertPlanAction(plan, 1, "Agree a mutual close plan on every deal past Engaging", true);
                    store.insertPlanAction(plan, 2, "Ask for the business in the proposal meeting", true);
                    CoachingPlan made = store.plan(plan).orElseThrow();
                    PlanProgress measured = CoachingPlans.measure(made, facts, review, "Closing");
                    store.finishPlan(plan, 0, review, measured.beforeValue(), measured.afterValue(), measured.verdict(),
                            "Close plans became a habit; keep them in every deal review.");
                }
                case "garret.kinder" -> store.insertRequest(rep.id(), "objection_handling",
                        "Price objections from procurement: how do I keep the deal moving?",
                        now.minus(Duration.ofDays(2)), true);
                default -> {
                }
            }
        }
    }
}
