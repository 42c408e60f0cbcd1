package dev.frontline.people;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.people.internal.PeopleStore;
import dev.frontline.people.internal.RatingStore;
import dev.frontline.results.RepRecord;
import dev.frontline.results.Results;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.DemoMode;
import dev.frontline.system.FiscalCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: plausible dossiers for every demo rep, once, after the dataset is loaded (the demo seeder runs at
 * order 10). Everything is derived from the rep's username (a stable seed) and their numbers, so two demo databases
 * hold the same content: competency levels lean towards what the numbers say (a win rate above the team lifts
 * closing, a long cycle lowers pipeline discipline…), ratings come as a few dated entries, self-ratings carry a
 * personal bias, and now and then a blind spot two levels off. All of it is marked as demo content.
 *
 * <p>The demo load creates every rep through the roster import, so every rep opens an onboarding checklist. Reps
 * with a track record have been in their teams all along: their checklists are closed as {@code DEMO_HISTORY}.
 * Reps without a single deal are the newcomers (decision: the issue names Elizabeth Anderson in Cara Losch's team;
 * the dataset has four more, one in each of four other teams, and the rule is the same for all five): they filled
 * in their side (self-ratings, motivations, aspirations), their manager has not rated them yet, and their quota
 * comes from the demo quotas — so their checklists stay open on their managers' homes with one item to do.
 */
@Component
@Order(20)
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);

    private final DemoMode demo;
    private final PeopleStore store;
    private final RatingStore ratings;
    private final Organization organization;
    private final Results results;
    private final Competencies competencies;
    private final FiscalCalendar calendar;

    DemoDossiers(DemoMode demo, PeopleStore store, RatingStore ratings, Organization organization, Results results,
                 Competencies competencies, FiscalCalendar calendar) {
        this.demo = demo;
        this.store = store;
        this.ratings = ratings;
        this.organization = organization;
        this.results = results;
        this.competencies = competencies;
        this.calendar = calendar;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.on() || ratings.anyRatings()) {
            return;
        }
        Scope everything = Scope.system("demo: dossiers");
        List<Competency> framework = competencies.active();
        int reps = 0;
        for (TeamSummary team : organization.teams(everything)) {
            for (Member rep : organization.reps(everything, team.id())) {
                seed(rep, team, framework, results.repRecord(everything, rep.id(), Grain.QUARTER, Dossiers.QUARTERS));
                reps++;
            }
        }
        log.info("Demo mode: seeded dossiers (ratings, motivations, aspirations) for {} reps", reps);
    }

    private void seed(Member rep, TeamSummary team, List<Competency> framework, RepRecord record) {
        Random random = new Random(rep.username().hashCode() * 7919L);
        Instant now = calendar.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(9));
        boolean newcomer = record.figures().won() + record.figures().lost() + record.figures().openDeals() == 0
                && record.periods().stream().allMatch(p -> p.figures().won() + p.figures().lost() == 0);
        Map<String, Integer> lean = lean(record);
        int bias = List.of(-1, 0, 0, 1).get(random.nextInt(4));
        Map<String, Integer> finals = new HashMap<>();
        for (Competency c : framework) {
            int noise = List.of(-1, 0, 0, 1).get(random.nextInt(4));
            int level = clamp(3 + lean.getOrDefault(c.key(), 0) + noise);
            finals.put(c.key(), level);
            int self = clamp(level + bias + (random.nextInt(12) == 0 ? (level <= 3 ? 2 : -2) : 0));
            if (newcomer) {
                ratings.insertRating(rep.id(), c.id(), Rater.SELF, rep.id(), rep.displayName(), clamp(3 + bias + noise),
                        null, now.minus(Duration.ofDays(9)), true);
                continue;
            }
            int[] days = {240, 130, 33};
            int earlier = clamp(level - random.nextInt(2));
            int earliest = clamp(earlier - random.nextInt(2));
            int[] levels = {earliest, earlier, level};
            for (int i = 0; i < days.length; i++) {
                String note = i == days.length - 1 ? managerNote(c, level, random) : null;
                ratings.insertRating(rep.id(), c.id(), Rater.MANAGER, team.managerId(),
                        team.manager() == null ? "Manager" : team.manager(), levels[i], note,
                        now.minus(Duration.ofDays(days[i])), true);
            }
            ratings.insertRating(rep.id(), c.id(), Rater.SELF, rep.id(), rep.displayName(), clamp(self - random.nextInt(2)),
                    null, now.minus(Duration.ofDays(150)), true);
            ratings.insertRating(rep.id(), c.id(), Rater.SELF, rep.id(), rep.displayName(), self,
                    random.nextInt(3) == 0 ? selfNote(c, self) : null, now.minus(Duration.ofDays(36)), true);
        }
        store.saveMotivations(rep.id(), 0, motivations(record, newcomer, random), "demo", now.minus(Duration.ofDays(60)), true);
        String weakest = framework.stream().min(Comparator.comparingInt((Competency c) -> finals.get(c.key()))
                .thenComparingInt(Competency::position)).map(Competency::name).orElse("Closing");
        store.saveAspirations(rep.id(), 0, role(record, newcomer, random), targetBy(random),
                actions(weakest, newcomer, random), "demo", now.minus(Duration.ofDays(45)), true);
        if (newcomer) {
            store.openOnboarding(rep.id(), team.id(), null, calendar.now());
        } else {
            store.closeOnboarding(rep.id(), Onboarding.DEMO_HISTORY, calendar.now());
            remarks(rep, team, framework, finals, now.minus(Duration.ofDays(30)));
        }
    }

    /** The manager's words beside strengths and weaknesses: the strongest and the weakest competency as rated. */
    private void remarks(Member rep, TeamSummary team, List<Competency> framework, Map<String, Integer> finals,
                         Instant at) {
        Competency best = framework.stream().min(Comparator.comparingInt((Competency c) -> -finals.get(c.key()))
                .thenComparingInt(Competency::position)).orElse(null);
        Competency worst = framework.stream().min(Comparator.comparingInt((Competency c) -> finals.get(c.key()))
                .thenComparingInt(Competency::position)).orElse(null);
        String manager = team.manager() == null ? "Manager" : team.manager();
        if (best != null) {
            store.insertDemoRemark(rep.id(), Topic.STRENGTHS, rep.firstName() + "'s " + best.name().toLowerCase()
                    + " is what I point the team to; bring a recent example to the next team meeting.", manager, at);
        }
        if (worst != null && finals.get(worst.key()) <= 3) {
            store.insertDemoRemark(rep.id(), Topic.WEAKNESSES, "We agreed to work on " + worst.name().toLowerCase()
                    + " this quarter, one deal at a time in our 1:1s.", manager, at);
        }
    }

    /** What the numbers suggest for each competency: +1 where the rep beats the team, −1 where they trail it. */
    private static Map<String, Integer> lean(RepRecord record) {
        Map<String, Integer> lean = new HashMap<>();
        for (Findings.Signal s : Findings.signals(record)) {
            if (s.competency() != null) {
                lean.merge(s.competency(), s.good() ? 1 : -1, (a, b) -> Math.max(-1, Math.min(1, a + b)));
            }
        }
        return lean;
    }

    private static List<Motivations.Choice> motivations(RepRecord record, boolean newcomer, Random random) {
        Map<Driver, Double> score = new HashMap<>();
        for (Driver d : Driver.values()) {
            score.put(d, random.nextDouble());
        }
        var average = record.teamAveragePerRep();
        if (average != null && record.figures().wonRevenue().compareTo(average) > 0) {
            score.merge(Driver.EARNINGS, 0.4, Double::sum);
            score.merge(Driver.COMPETITION, 0.3, Double::sum);
        } else {
            score.merge(Driver.MASTERY, 0.3, Double::sum);
            score.merge(Driver.SECURITY, 0.2, Double::sum);
        }
        if (newcomer) {
            score.merge(Driver.BELONGING, 0.5, Double::sum);
            score.merge(Driver.CAREER_GROWTH, 0.3, Double::sum);
        }
        List<Driver> ranked = score.entrySet().stream().sorted(Map.Entry.<Driver, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(5).toList();
        List<Motivations.Choice> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            out.add(new Motivations.Choice(ranked.get(i), i + 1, i < 3 ? driverNote(ranked.get(i), random) : null));
        }
        return out;
    }

    private String targetBy(Random random) {
        SalesPeriod quarter = calendar.current(Grain.QUARTER);
        return quarter.minus(-(3 + random.nextInt(6))).toString();
    }

    private static String role(RepRecord record, boolean newcomer, Random random) {
        if (newcomer) {
            return "Fully ramped account executive";
        }
        var average = record.teamAveragePerRep();
        boolean ahead = average != null && record.figures().wonRevenue().compareTo(average) > 0;
        List<String> roles = ahead ? List.of("Sales manager", "Key account manager", "Team lead")
                : List.of("Senior account executive", "Sales engineer", "Key account manager");
        return roles.get(random.nextInt(roles.size()));
    }

    private static List<Aspirations.Action> actions(String weakest, boolean newcomer, Random random) {
        List<Aspirations.Action> actions = new ArrayList<>();
        if (newcomer) {
            actions.add(new Aspirations.Action("Shadow three discovery calls with a senior colleague", true));
            actions.add(new Aspirations.Action("Complete the product certification for the GTX range", false));
            actions.add(new Aspirations.Action("Build a first pipeline of ten qualified opportunities", false));
            return actions;
        }
        actions.add(new Aspirations.Action("Work on " + weakest.toLowerCase() + " with a peer who is strong in it", false));
        List<String> more = List.of("Lead a team session on a recent win", "Take the negotiation workshop",
                "Write account plans for the top five accounts", "Mentor the next newcomer for their first quarter",
                "Join a quarterly business review with the manager");
        actions.add(new Aspirations.Action(more.get(random.nextInt(more.size())), random.nextBoolean()));
        return actions;
    }

    private static String managerNote(Competency c, int level, Random random) {
        if (level >= 4) {
            return List.of("Seen on several deals this quarter; a model for the team.",
                    "Consistently strong in deal reviews.", "Customers mention it unprompted.").get(random.nextInt(3));
        }
        if (level <= 2) {
            return List.of("Came up in the last two deal reviews; agreed to work on it.",
                    "Needs practice; pair with a stronger colleague.", "Main focus for the next quarter.")
                    .get(random.nextInt(3));
        }
        return random.nextInt(3) == 0 ? "Solid; no concerns." : null;
    }

    private static String selfNote(Competency c, int level) {
        return level >= 4 ? "I feel confident here." : level <= 2 ? "I would like help with this." : "Getting there.";
    }

    private static String driverNote(Driver driver, Random random) {
        return switch (driver) {
            case EARNINGS -> "Saving for a house; commission matters.";
            case RECOGNITION -> "A shout-out in the team meeting goes a long way.";
            case MASTERY -> "Wants to get really good at complex deals.";
            case AUTONOMY -> "Prefers to plan their own week.";
            case CAREER_GROWTH -> "Asks about the next step regularly.";
            case COMPETITION -> "Watches the leader board" + (random.nextBoolean() ? " closely." : " every Monday.");
            case BELONGING -> "Values the team spirit and the Friday stand-up.";
            case SECURITY -> "A predictable base salary matters right now.";
        };
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }
}
