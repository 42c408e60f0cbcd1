package dev.frontline.people;

import dev.frontline.shared.StaleVersion;
import dev.frontline.system.FiscalCalendar;
import dev.frontline.shared.InvalidInput;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.people.Dossier.Access;
import dev.frontline.people.Dossier.Can;
import dev.frontline.people.internal.PeopleStore;
import dev.frontline.people.internal.RatingStore;
import dev.frontline.results.Goals;
import dev.frontline.results.RepRecord;
import dev.frontline.results.Results;
import dev.frontline.results.TrendPoint;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rep dossiers: reading them as the viewer may, and the writes each viewer is entitled to — the manager's and the
 * rep's own ratings (who rates follows from who calls), the rep's motivations, aspirations and shared strengths,
 * the manager's pinned words and comments.
 *
 * <p>Order of checks on every write: outside scope 404, then not entitled 403, then invalid input 422, then a stale
 * version 409.
 */
@Service
@Transactional(readOnly = true)
public class Dossiers {

    static final int QUARTERS = 4;
    static final int MONTHS = 12;
    static final int MAX_NOTE = 2000;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final PeopleStore store;
    private final RatingStore ratings;
    private final Organization organization;
    private final Results results;
    private final Goals goals;
    private final Competencies competencies;
    private final Onboarding onboarding;
    private final FiscalCalendar calendar;

    Dossiers(PeopleStore store, RatingStore ratings, Organization organization, Results results, Goals goals,
             Competencies competencies, Onboarding onboarding, FiscalCalendar calendar) {
        this.calendar = calendar;
        this.store = store;
        this.ratings = ratings;
        this.organization = organization;
        this.results = results;
        this.goals = goals;
        this.competencies = competencies;
        this.onboarding = onboarding;
    }

    /**
     * The rep's dossier. The rep, their manager, their director and the admin see all of it; a peer sees the rep's
     * name, role and the strengths the rep shares; anyone else, or an id that is not a rep, gets 404. Private notes
     * are never part of it.
     */
    public Dossier dossier(Scope scope, long repId) {
        Member rep = organization.rep(scope, repId);
        boolean full = scope.seesDealsOf(repId);
        List<Competency> active = competencies.active();
        List<Standing> standings = Standings.of(active, ratings.ratings(List.of(repId)));
        // A peer's view needs the rep's own findings to pick the shared ones: computed with the system's scope,
        // and only the shared strengths leave this method.
        RepRecord record = results.repRecord(full ? scope : scope.widenedForAggregates("a peer's view: the shared strengths that still hold"), repId, Grain.QUARTER,
                QUARTERS);
        Findings.Result findings = Findings.derive(standings, teamAverages(scope, rep, active), record);
        Set<String> shared = store.sharedStrengths(repId);
        if (!full) {
            return new Dossier(rep, Access.PEER, new Can(false, false, false, false, false), false, List.of(),
                    findings.strengths().stream().filter(f -> shared.contains(f.key())).toList(), List.of(), "",
                    shared, Map.of(), Motivations.none(), Aspirations.none(), null, null);
        }
        Motivations motivations = store.motivations(repId);
        Aspirations aspirations = store.aspirations(repId);
        Map<Topic, Remark> remarks = new EnumMap<>(Topic.class);
        store.remarks(repId).forEach(r -> remarks.put(r.topic(), r));
        boolean self = scope.isRepSelf(repId);
        boolean manager = scope.isManagerOf(repId);
        Can can = new Can(manager, self, self, manager, manager || scope.isDirectorOf(repId));
        boolean demo = standings.stream().anyMatch(s -> (s.manager() != null && s.manager().demo())
                || (s.self() != null && s.self().demo())) || motivations.demo() || aspirations.demo()
                || remarks.values().stream().anyMatch(Remark::demo);
        return new Dossier(rep, Access.FULL, can, demo, standings, findings.strengths(), findings.weaknesses(),
                findings.note(), shared, remarks, motivations, aspirations, performance(scope, repId, record),
                self ? null : onboarding.of(scope, repId));
    }

    /** Every rating of one competency for the rep, oldest first: the history behind its chart. */
    public List<Rating> history(Scope scope, long repId, String key) {
        organization.rep(scope, repId);
        if (!scope.seesDealsOf(repId)) {
            throw new NotFoundException("ratings", repId);
        }
        Competency competency = competencies.all().stream().filter(c -> c.key().equalsIgnoreCase(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("competency", key));
        return ratings.ratings(List.of(repId)).stream().filter(r -> r.key().equals(competency.key())).toList();
    }

    /**
     * Rates competencies: as the manager when the rep's manager calls, as a self-rating when the rep does; anyone
     * else in scope gets 403. Each rating is dated and kept; one identical to the same rater's latest of the same
     * day is not repeated.
     *
     * @return who rated
     */
    @Transactional
    public Rater rate(Scope scope, long repId, @Nullable List<RatingInput> inputs) {
        organization.rep(scope, repId);
        Rater rater = scope.isManagerOf(repId) ? Rater.MANAGER : scope.isRepSelf(repId) ? Rater.SELF : null;
        if (rater == null) {
            throw new AccessDeniedException("Only the rep's manager, or the rep themself, rates competencies");
        }
        Map<String, Competency> known = competencies.active().stream()
                .collect(Collectors.toMap(c -> c.key().toLowerCase(Locale.ROOT), c -> c));
        List<String> errors = new ArrayList<>();
        if (inputs == null || inputs.isEmpty()) {
            errors.add("ratings: give at least one rating");
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                RatingInput in = inputs.get(i);
                String at = "ratings[" + i + "]";
                if (in == null || in.key() == null || !known.containsKey(in.key().trim().toLowerCase(Locale.ROOT))) {
                    errors.add(at + ".key: unknown competency '" + (in == null ? null : in.key()) + "'; known: "
                            + String.join(", ", known.keySet()));
                } else if (!seen.add(in.key().trim().toLowerCase(Locale.ROOT))) {
                    errors.add(at + ".key: '" + in.key() + "' is rated twice");
                }
                if (in != null && (in.level() == null || in.level() < 1 || in.level() > 5)) {
                    errors.add(at + ".level: must be 1 to 5, not " + in.level());
                }
                if (in != null && in.note() != null && in.note().length() > MAX_NOTE) {
                    errors.add(at + ".note: at most " + MAX_NOTE + " characters");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = calendar.now();
        List<Rating> existing = ratings.ratings(List.of(repId));
        for (RatingInput in : inputs) {
            Competency c = known.get(in.key().trim().toLowerCase(Locale.ROOT));
            String note = blankToNull(in.note());
            Rating latest = existing.stream().filter(r -> r.rater() == rater && r.key().equals(c.key()))
                    .reduce((a, b) -> b).orElse(null);
            boolean repeat = latest != null && latest.level() == in.level() && Objects.equals(latest.note(), note)
                    && day(latest.ratedAt(), scope).equals(calendar.today(scope));
            if (!repeat) {
                ratings.insertRating(repId, c.id(), rater, scope.viewer().personId(), scope.viewer().displayName(), in.level(),
                        note, now, false);
            }
        }
        return rater;
    }

    /** The rep's own ranked drivers; only the rep edits them (403 for others in scope); stale version 409. */
    @Transactional
    public Motivations saveMotivations(Scope scope, long repId, MotivationsInput input) {
        requireSelf(scope, repId, "Only the rep edits their motivations");
        List<String> errors = new ArrayList<>();
        List<Motivations.Choice> choices = new ArrayList<>();
        if (input.drivers() == null || input.drivers().isEmpty()) {
            errors.add("drivers: rank at least one driver; drivers are " + drivers());
        } else {
            Set<Driver> seen = new HashSet<>();
            for (int i = 0; i < input.drivers().size(); i++) {
                MotivationsInput.DriverInput in = input.drivers().get(i);
                String at = "drivers[" + i + "]";
                Driver driver = in == null ? null : driver(in.driver());
                if (driver == null) {
                    errors.add(at + ".driver: unknown driver '" + (in == null ? null : in.driver()) + "'; drivers are "
                            + drivers());
                } else if (!seen.add(driver)) {
                    errors.add(at + ".driver: " + driver + " is ranked twice");
                }
                if (in != null && in.note() != null && in.note().length() > 1000) {
                    errors.add(at + ".note: at most 1000 characters");
                }
                if (driver != null) {
                    choices.add(new Motivations.Choice(driver, i + 1, blankToNull(in.note())));
                }
            }
        }
        version(input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!store.saveMotivations(repId, input.version(), choices, scope.viewer().username(), calendar.now(), false)) {
            throw new StaleVersion("The motivations", store.motivations(repId).version());
        }
        return store.motivations(repId);
    }

    /** The rep's own career goal and development actions; only the rep edits them; stale version 409. */
    @Transactional
    public Aspirations saveAspirations(Scope scope, long repId, AspirationsInput input) {
        requireSelf(scope, repId, "Only the rep edits their aspirations");
        List<String> errors = new ArrayList<>();
        String role = input.targetRole() == null ? "" : input.targetRole().trim();
        if (role.isEmpty() || role.length() > 120) {
            errors.add("targetRole: required, at most 120 characters");
        }
        String by = null;
        if (input.targetBy() != null && !input.targetBy().isBlank()) {
            try {
                by = calendar.parse("targetBy", input.targetBy()).toString();
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
        }
        List<Aspirations.Action> actions = new ArrayList<>();
        List<AspirationsInput.ActionInput> given = input.actions() == null ? List.of() : input.actions();
        if (given.size() > 12) {
            errors.add("actions: at most 12");
        }
        for (int i = 0; i < given.size(); i++) {
            AspirationsInput.ActionInput a = given.get(i);
            if (a == null || a.text() == null || a.text().isBlank() || a.text().length() > 300) {
                errors.add("actions[" + i + "].text: required, at most 300 characters");
            } else {
                actions.add(new Aspirations.Action(a.text().trim(), Boolean.TRUE.equals(a.done())));
            }
        }
        version(input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!store.saveAspirations(repId, input.version(), role, by, actions, scope.viewer().username(),
                calendar.now(), false)) {
            throw new StaleVersion("The aspirations", store.aspirations(repId).version());
        }
        return store.aspirations(repId);
    }

    /**
     * The manager's own words: pinned beside strengths or weaknesses, or a comment on motivations or aspirations.
     * Only the rep's manager writes them (403 for others in scope); an empty text clears them; stale version 409.
     */
    @Transactional
    public Remark remark(Scope scope, long repId, Topic topic, @Nullable String text, @Nullable Integer version) {
        organization.rep(scope, repId);
        if (!scope.isManagerOf(repId)) {
            throw new AccessDeniedException("Only the rep's manager writes here");
        }
        List<String> errors = new ArrayList<>();
        String words = text == null ? "" : text.trim();
        if (words.length() > MAX_NOTE) {
            errors.add("text: at most " + MAX_NOTE + " characters");
        }
        version(version, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!store.saveRemark(repId, topic, version, words, scope.viewer().displayName(), calendar.now())) {
            throw new StaleVersion("These words", store.remarks(repId).stream().filter(r -> r.topic() == topic)
                    .findFirst().map(Remark::version).orElse(0));
        }
        return store.remarks(repId).stream().filter(r -> r.topic() == topic).findFirst().orElseThrow();
    }

    /**
     * Chooses which of their current strengths the rep shows their peers; only the rep (403 for others); a key that
     * is not one of their current strengths 422.
     */
    @Transactional
    public Set<String> share(Scope scope, long repId, @Nullable List<String> keys) {
        requireSelf(scope, repId, "Only the rep chooses what to share");
        Set<String> wanted = new LinkedHashSet<>(keys == null ? List.of() : keys);
        Set<String> current = dossier(scope, repId).strengths().stream().map(Finding::key).collect(Collectors.toSet());
        List<String> errors = wanted.stream().filter(k -> !current.contains(k))
                .map(k -> "keys: '" + k + "' is not one of your current strengths").toList();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        store.shareStrengths(repId, wanted);
        return store.sharedStrengths(repId);
    }

    private Dossier.Performance performance(Scope scope, long repId, RepRecord record) {
        List<TrendPoint> months = results.repTrend(scope, repId, Grain.MONTH, MONTHS);
        List<Outlooks.Month> completed = months.subList(0, months.size() - 1).stream()
                .map(p -> new Outlooks.Month(MONTH.format(p.period().start()), p.figures().wonRevenue(),
                        p.figures().won(), p.figures().lost())).toList();
        SalesPeriod next = calendar.current(Grain.QUARTER, scope).next();
        BigDecimal quota = goals.repQuota(scope, repId, next);
        return new Dossier.Performance(record, months, Outlooks.of(completed, next.toString(), next.months(), quota));
    }

    private Map<String, BigDecimal> teamAverages(Scope scope, Member rep, List<Competency> active) {
        if (rep.teamId() == null) {
            return Map.of();
        }
        List<Long> team = organization.reps(scope.widenedForAggregates("the team's average ratings a rep's are set beside"),
                rep.teamId()).stream().map(Member::id).toList();
        Map<Long, List<Rating>> byRep = ratings.ratingsOfReps(team).stream().collect(Collectors.groupingBy(
                RatingStore.RepRating::repId, Collectors.mapping(RatingStore.RepRating::rating, Collectors.toList())));
        return Standings.managerAverages(byRep.values().stream().map(r -> Standings.of(active, r)).toList());
    }

    private void requireSelf(Scope scope, long repId, String message) {
        organization.rep(scope, repId);
        if (!scope.isRepSelf(repId)) {
            throw new AccessDeniedException(message);
        }
    }

    private static void version(@Nullable Integer version, List<String> errors) {
        if (version == null || version < 0) {
            errors.add("version: required, the version you read (0 when there was none)");
        }
    }


    private static @Nullable Driver driver(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Driver.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String drivers() {
        return java.util.Arrays.stream(Driver.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private LocalDate day(Instant at, Scope scope) {
        return at.atZone(calendar.zone(scope.viewer())).toLocalDate();
    }
}
