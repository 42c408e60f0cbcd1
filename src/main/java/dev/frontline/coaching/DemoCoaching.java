package dev.frontline.coaching;

import dev.frontline.coaching.internal.CoachingStore;
import dev.frontline.coaching.internal.PlanStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.Scope;
import dev.frontline.system.DemoMode;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: coaching for every team, once, after the dataset (order 10) and the dossiers (order 20) are loaded. A
 * runner of its own rather than a change to the demo seeder: it needs the reps, their deals and the competency
 * framework, all there by then, and it stays out of the seeder's way. Everything is marked as demo content and
 * derived from the clock and the usernames (a stable seed), so two demo databases hold the same story.
 *
 * <p>Every rep with a track record has a cadence with past 1:1s recorded as held, shared notes, agenda items and
 * action items — some done, some still open and carried over from meeting to meeting. Every team has an active plan
 * and a finished one, with targets the team's better reps reach (as the focus proposes them), and a coaching topic a
 * rep asked for.
 *
 * <p>Cara Losch's team keeps its hand-written story: Corliss Cosme and Wilburn Farren not met for weeks (overdue on
 * Cara's home), the newcomer Elizabeth Anderson's first 1:1 in three days (she joined today, so not overdue), an
 * active plan for Violet Mclelland (negotiation → average won deal), a finished one for Rosie Papadopoulos (closing →
 * win rate) and a topic Garret Kinder asked for. In each other team the stories come from the usernames, and the rep
 * last in alphabetical order has not been met for a month (overdue). The newcomers of Rocco Neubert's and Summer
 * Sewald's teams (Natalya Ivanova, Carl Lin) have no cadence yet: the gap their managers see as "no 1:1 cadence".
 */
@Component
@Order(30)
class DemoCoaching implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCoaching.class);
    static final String STORY_MANAGER = "cara.losch";
    static final Set<String> NO_CADENCE_YET = Set.of("natalya.ivanova", "carl.lin");

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
            "Career conversation: what the next step looks like and what to practise on the way.",
            "Looked at the stalled deals together: three need a next step with a date, one can be closed lost.",
            "Prepared the quarterly review with the biggest account: who attends, what we want out of it.");

    private static final List<String[]> AGENDA = List.of(
            new String[]{"Help with a stalled deal", "Pipeline review"},
            new String[]{"Feedback on last week's demo", "Forecast: commit and best case"},
            new String[]{"Pricing question on a multi-year deal", "Pipeline review"},
            new String[]{"Time off over the holidays", "Deals due this quarter"});

    /** The number each kind of plan moves, and what the rep does about it. */
    private record PlanKind(String competency, PlanMetric metric, List<String> actions) {
    }

    private static final List<PlanKind> KINDS = List.of(
            new PlanKind("negotiation", PlanMetric.AVG_DEAL, List.of(
                    "Prepare give-and-gets before every pricing conversation", "Role-play a discount request",
                    "Propose a multi-year option on the next three deals")),
            new PlanKind("closing", PlanMetric.CONVERSION, List.of(
                    "Agree a mutual close plan on every deal past Engaging", "Ask for the business in the proposal meeting",
                    "Review every loss within a week")),
            new PlanKind("pipeline_discipline", PlanMetric.MEDIAN_CYCLE, List.of(
                    "Put a dated next step on every open deal", "Close out deals without activity for 30 days",
                    "Update close dates before the Monday review")));

    private static final List<String[]> TOPICS = List.of(
            new String[]{"objection_handling", "Price objections from procurement: how do I keep the deal moving?"},
            new String[]{"presenting", "My demos run long; can we rehearse a shorter one?"},
            new String[]{"account_planning", "How do I find the second buyer at my largest account?"},
            new String[]{"prospecting", "Which accounts should I call first in January?"});

    private final DemoMode demo;
    private final CoachingStore store;
    private final PlanStore plans;
    private final Organization organization;
    private final OneOnOnes oneOnOnes;
    private final Pipeline pipeline;
    private final FiscalCalendar calendar;

    DemoCoaching(DemoMode demo, CoachingStore store, PlanStore plans, Organization organization, OneOnOnes oneOnOnes,
                 Pipeline pipeline, FiscalCalendar calendar) {
        this.demo = demo;
        this.store = store;
        this.plans = plans;
        this.organization = organization;
        this.oneOnOnes = oneOnOnes;
        this.pipeline = pipeline;
        this.calendar = calendar;
    }

    /** One team as the demo sees it: its manager, its reps, their deals, and who has a track record. */
    private record Team(TeamSummary summary, String manager, List<Member> reps, List<Long> ids, List<DealFact> facts,
                        List<Member> veterans) {

        boolean story() {
            return STORY_MANAGER.equals(summary.managerUsername());
        }

        List<DealFact> of(Member rep) {
            return facts.stream().filter(d -> d.ownerId() == rep.id()).toList();
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on() || store.anyCadence()) {
            return;
        }
        Scope everything = Scope.system("demo: coaching");
        Instant now = calendar.now();
        List<Team> teams = new ArrayList<>();
        for (TeamSummary summary : organization.teams(everything)) {
            if (summary.manager() == null) {
                continue;
            }
            List<Member> reps = organization.reps(everything, summary.id()).stream()
                    .sorted(Comparator.comparing(Member::username)).toList();
            List<Long> ids = reps.stream().map(Member::id).toList();
            List<DealFact> facts = pipeline.facts(everything, ids);
            Set<Long> dealers = new HashSet<>(facts.stream().map(DealFact::ownerId).toList());
            teams.add(new Team(summary, summary.manager(), reps, ids, facts,
                    reps.stream().filter(r -> dealers.contains(r.id())).toList()));
        }
        for (Team team : teams) {
            for (Member rep : team.reps()) {
                if (!team.veterans().contains(rep)) {
                    if (!NO_CADENCE_YET.contains(rep.username())) {
                        newcomer(rep, team.manager(), now);
                    }
                } else {
                    seed(rep, story(team, rep), team.manager(), now);
                }
            }
        }
        oneOnOnes.layOutAll();
        for (Team team : teams) {
            plansAndTopics(team, now);
        }
        log.info("Demo mode: seeded 1:1s, actions, coaching plans and topics for {} teams", teams.size());
    }

    /** Cara Losch's reps have their written stories; everyone else's comes from their username. */
    private static Story story(Team team, Member rep) {
        Story written = team.story() ? STORIES.get(rep.username()) : null;
        if (written != null) {
            return written;
        }
        Random random = new Random(rep.username().hashCode() * 31L + 7);
        Cadence cadence = List.of(Cadence.WEEKLY, Cadence.BIWEEKLY, Cadence.BIWEEKLY, Cadence.MONTHLY)
                .get(random.nextInt(4));
        int weeksBack = 10 + random.nextInt(12);
        DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
        LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * random.nextInt(14));
        boolean lastOfTeam = !team.story() && rep.equals(team.veterans().get(team.veterans().size() - 1));
        return lastOfTeam ? new Story(Cadence.BIWEEKLY, weeksBack + 4, day, time, 31)
                : new Story(cadence, weeksBack, day, time, 0);
    }

    private void seed(Member rep, Story story, String manager, Instant now) {
        ZoneId zone = calendar.defaultZone();
        ZonedDateTime first = now.atZone(zone).minusWeeks(story.weeksBack())
                .with(TemporalAdjusters.nextOrSame(story.day())).with(story.time()).withSecond(0).withNano(0);
        store.saveCadence(rep.id(), 0, story.cadence(), first.toInstant(), 30, first.toInstant(), manager, true);
        Instant unrecordedFrom = now.minus(Duration.ofDays(story.unrecordedDays()));
        List<Long> held = new ArrayList<>();
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
                String[] agenda = AGENDA.get((n + rep.username().length()) % AGENDA.size());
                store.insertAgenda(id, Owner.REP, rep.displayName(), agenda[0], at.minus(Duration.ofDays(1)));
                store.insertAgenda(id, Owner.MANAGER, manager, agenda[1], at.minus(Duration.ofHours(20)));
            }
        }
        actions(rep, manager, held);
    }

    /**
     * Actions: in the third-last meeting held, one the rep did by the next meeting and one the manager still owes
     * (carried over since); in the last one, one the rep still has open.
     */
    private void actions(Member rep, String manager, List<Long> held) {
        if (held.size() < 3) {
            return;
        }
        long older = held.get(held.size() - 3);
        long next = held.get(held.size() - 2);
        long last = held.get(held.size() - 1);
        ZoneId zone = calendar.defaultZone();
        Instant olderAt = store.meeting(older).orElseThrow().startsAt();
        Instant nextAt = store.meeting(next).orElseThrow().startsAt();
        LocalDate today = calendar.today();
        LocalDate due = olderAt.atZone(zone).toLocalDate().plusDays(5);
        long done = store.insertAction(rep.id(), older, "Send the revised proposal with the multi-year option",
                Owner.REP, due, rep.displayName(), olderAt, true);
        store.updateAction(done, 0, "Send the revised proposal with the multi-year option", Owner.REP, due,
                nextAt.minus(Duration.ofHours(2)), rep.displayName());
        store.insertAction(rep.id(), older, "Join a discovery call as a silent observer and debrief", Owner.MANAGER,
                today.minusDays(3), manager, olderAt, true);
        Instant lastAt = store.meeting(last).orElseThrow().startsAt();
        store.insertAction(rep.id(), last, "Update close dates of the stale deals in the CRM", Owner.REP,
                today.plusDays(4), rep.displayName(), lastAt, true);
    }

    /** A newcomer joined today: the cadence is set from today, the first 1:1 in three days. */
    private void newcomer(Member rep, String manager, Instant now) {
        ZonedDateTime first = now.atZone(calendar.defaultZone()).plusDays(3).with(LocalTime.of(9, 0));
        store.saveCadence(rep.id(), 0, Cadence.WEEKLY, first.toInstant(), 45, now, manager, true);
    }

    /** An active plan, a finished one and a topic asked for, in every team. */
    private void plansAndTopics(Team team, Instant now) {
        LocalDate today = calendar.today();
        List<Member> order = new ArrayList<>(team.veterans());
        if (team.story()) {
            order.sort(Comparator.comparing((Member m) -> !m.username().equals("violet.mclelland")));
        } else {
            order.sort(Comparator.comparingInt(m -> Math.floorMod(m.username().hashCode() * 7919, 1009)));
        }
        Member active = null;
        for (Member rep : order) {
            if (plan(team, rep, today.minusDays(45), today.plusDays(45), false, now)) {
                active = rep;
                nextAgenda(rep, now);
                break;
            }
        }
        List<Member> rest = new ArrayList<>(order);
        rest.remove(active);
        if (team.story()) {
            rest.sort(Comparator.comparing((Member m) -> !m.username().equals("rosie.papadopoulos")));
        }
        for (Member rep : rest) {
            if (plan(team, rep, today.minusDays(200), today.minusDays(110), true, now)) {
                break;
            }
        }
        Member asker = team.story() ? team.veterans().stream().filter(m -> m.username().equals("garret.kinder"))
                .findFirst().orElse(null) : rest.isEmpty() ? null : rest.get(rest.size() - 1);
        if (asker != null) {
            String[] topic = TOPICS.get(Math.floorMod(asker.username().hashCode(), TOPICS.size()));
            if (team.story()) {
                topic = TOPICS.get(0);
            }
            plans.insertRequest(asker.id(), topic[0], topic[1], now.minus(Duration.ofDays(2)), true);
        }
    }

    /**
     * A plan for the rep on the first kind whose target the team's better reps reach over the baseline window (the
     * planned length just before the start), as the focus would propose it; finished on its review date when asked.
     * False when no kind has such a target.
     */
    private boolean plan(Team team, Member rep, LocalDate starts, LocalDate review, boolean finish, Instant now) {
        Window window = PlanMath.baselineWindow(starts, review);
        int offset = switch (rep.username()) {
            case "violet.mclelland" -> 0;
            case "rosie.papadopoulos" -> 1;
            default -> Math.floorMod(rep.username().hashCode(), KINDS.size());
        };
        for (int i = 0; i < KINDS.size(); i++) {
            PlanKind kind = KINDS.get((offset + i) % KINDS.size());
            FocusMath.Measure m = FocusMath.measure(kind.metric(), null, rep.id(), team.ids(), team.facts(), window,
                    "the " + window.days() + " days before the start", FocusMath.MIN_CLOSED);
            BigDecimal target = m.deals() < FocusMath.MIN_CLOSED ? null
                    : FocusMath.target(kind.metric(), m.rep(), m.betterHalf());
            if (target == null) {
                continue;
            }
            Instant madeAt = now.minus(Duration.ofDays(ChronoUnit.DAYS.between(starts, calendar.today())));
            long id = plans.insertPlan(rep.id(), kind.competency(), kind.metric(), null, m.rep(), window, target,
                    starts, review, team.manager(), madeAt, true);
            for (int a = 0; a < kind.actions().size(); a++) {
                plans.insertPlanAction(id, a + 1, kind.actions().get(a), finish || a < 2);
            }
            if (finish) {
                CoachingPlan made = plans.plan(id).orElseThrow();
                PlanProgress measured = CoachingPlans.measure(made, team.of(rep), review, "");
                plans.finishPlan(id, 0, review, measured.beforeValue(), measured.afterValue(), measured.verdict(),
                        outcome(measured.verdict()));
            }
            return true;
        }
        return false;
    }

    private static String outcome(@Nullable Verdict verdict) {
        return switch (verdict == null ? Verdict.NOT_MEASURABLE : verdict) {
            case REACHED -> "Reached the target; the habits stay in every deal review.";
            case IMPROVED -> "Moved the right way, short of the target; we keep at it in the 1:1s.";
            case NOT_IMPROVED -> "The numbers did not move; next quarter we try a different approach.";
            case NOT_MEASURABLE -> "Too few deals to tell; we judged it in the deal reviews instead.";
        };
    }

    /** Something the rep put on the agenda of their next 1:1. */
    private void nextAgenda(Member rep, Instant now) {
        store.meetings(List.of(rep.id())).stream()
                .filter(m -> m.status() == MeetingStatus.SCHEDULED && m.startsAt().isAfter(now))
                .min(Comparator.comparing(CoachingStore.MeetingRow::startsAt))
                .ifPresent(m -> store.insertAgenda(m.id(), Owner.REP, rep.displayName(),
                        "How to hold price when procurement joins late", now.minus(Duration.ofHours(3))));
    }
}
