package dev.frontline.coaching;

import dev.frontline.shared.StaleVersion;
import dev.frontline.coaching.Inputs.PlanChange;
import dev.frontline.coaching.Inputs.PlanInput;
import dev.frontline.coaching.Inputs.TopicInput;
import dev.frontline.coaching.internal.PlanStore;
import dev.frontline.organization.Organization;
import dev.frontline.people.Competencies;
import dev.frontline.people.Competency;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching plans and the coaching topics reps ask for. A plan ties a competency of the people module's framework to
 * a number measured on the rep's deals before and after it started; finished plans keep what they measured.
 *
 * <p>The rep's manager makes and finishes plans; the rep and the manager tick their actions; whoever sees the rep's
 * deals reads them (the rep included). Order of checks: 404, 403, 422, 409.
 */
@Service
@Transactional(readOnly = true)
public class CoachingPlans {

    static final int MAX_ACTIONS = 12;
    private static final DateTimeFormatter SLICE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final PlanStore store;
    private final Organization organization;
    private final Pipeline pipeline;
    private final Competencies competencies;
    private final FiscalCalendar calendar;

    CoachingPlans(PlanStore store, Organization organization, Pipeline pipeline, Competencies competencies,
                  FiscalCalendar calendar) {
        this.store = store;
        this.organization = organization;
        this.pipeline = pipeline;
        this.competencies = competencies;
        this.calendar = calendar;
    }

    /** The rep's plans with their progress, active ones first, newest first. */
    public List<PlanProgress> plans(Scope scope, long repId) {
        organization.repInFullView(scope, repId);
        return progress(scope, store.plans(List.of(repId)));
    }

    /** One plan with its progress. */
    public PlanProgress plan(Scope scope, long planId) {
        CoachingPlan plan = planInScope(scope, planId);
        return progress(scope, List.of(plan)).get(0);
    }

    /** The plans of several reps in scope, with progress (for the team's coaching view). */
    List<PlanProgress> plansOf(Scope scope, Collection<Long> repIds) {
        return progress(scope, store.plans(repIds));
    }

    /**
     * Makes a plan (the rep's manager only). The competency must be an active one; the baseline, when not given, is
     * measured over the window given with it, else over the planned length just before the start; the window it was
     * measured over is kept with it.
     */
    @Transactional
    public PlanProgress create(Scope scope, long repId, PlanInput input) {
        organization.repInFullView(scope, repId);
        if (!scope.isManagerOf(repId)) {
            throw new AccessDeniedException("Only the rep\'s manager makes coaching plans");
        }
        List<String> errors = new ArrayList<>();
        Map<String, Competency> known = competencies.active().stream()
                .collect(Collectors.toMap(c -> c.key().toLowerCase(Locale.ROOT), c -> c));
        Competency competency = input.competency() == null ? null
                : known.get(input.competency().trim().toLowerCase(Locale.ROOT));
        if (competency == null) {
            errors.add("competency: unknown competency '" + input.competency() + "'; known: "
                    + String.join(", ", known.keySet().stream().sorted().toList()));
        }
        PlanMetric metric = PlanMetric.parse(input.metric());
        if (metric == null) {
            errors.add("metric: '" + input.metric() + "' is not a metric; use CONVERSION, MEDIAN_CYCLE, AVG_DEAL or "
                    + "PIPELINE_CREATED");
        }
        Segment segment = null;
        try {
            segment = Segment.parse(input.segment());
        } catch (dev.frontline.shared.Malformed e) {
            errors.add(e.getMessage());
        }
        LocalDate today = calendar.today(scope);
        LocalDate starts = input.startsOn() == null || input.startsOn().isBlank() ? today
                : OneOnOnes.date("startsOn", input.startsOn(), errors);
        LocalDate baselineFrom = OneOnOnes.date("baselineFrom", input.baselineFrom(), errors);
        LocalDate baselineTo = OneOnOnes.date("baselineTo", input.baselineTo(), errors);
        if ((baselineFrom == null) != (baselineTo == null) && errors.stream().noneMatch(e -> e.startsWith("baseline"))) {
            errors.add((baselineFrom == null ? "baselineFrom" : "baselineTo")
                    + ": give both ends of the baseline's window, or neither");
        } else if (baselineFrom != null && baselineFrom.isAfter(baselineTo)) {
            errors.add("baselineTo: the baseline's window ends on or after it starts (" + baselineFrom + ")");
        } else if (baselineTo != null && starts != null && baselineTo.isAfter(starts)) {
            errors.add("baselineTo: the baseline is measured before the plan starts (" + starts + "), not after");
        }
        LocalDate review = OneOnOnes.date("reviewOn", input.reviewOn(), errors);
        if (input.reviewOn() == null || input.reviewOn().isBlank()) {
            errors.add("reviewOn: required, the day the plan is reviewed (2027-03-01)");
        }
        if (starts != null && starts.isBefore(today.minusYears(1))) {
            errors.add("startsOn: at most a year back");
        }
        if (starts != null && review != null && !review.isAfter(starts)) {
            errors.add("reviewOn: must come after the start (" + starts + ")");
        }
        if (input.target() == null) {
            errors.add("target: required, the number to reach");
        } else if (!dev.frontline.shared.Money.fits(input.target())) {
            errors.add("target: at most " + dev.frontline.shared.Money.MAX.toPlainString());
        } else if (input.target().signum() < 0 || (metric == PlanMetric.CONVERSION
                && input.target().compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add("target: " + input.target() + " is out of range" + (metric == PlanMetric.CONVERSION
                    ? " for a percentage (0 to 100)" : " (not negative)"));
        }
        if (input.baseline() != null && !dev.frontline.shared.Money.fits(input.baseline())) {
            errors.add("baseline: at most " + dev.frontline.shared.Money.MAX.toPlainString());
        } else if (input.baseline() != null && input.baseline().signum() < 0) {
            errors.add("baseline: not negative");
        }
        List<String> actions = input.actions() == null ? List.of() : input.actions().stream()
                .filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        if (actions.size() > MAX_ACTIONS) {
            errors.add("actions: at most " + MAX_ACTIONS);
        }
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).length() > 300) {
                errors.add("actions[" + i + "]: at most 300 characters");
            }
        }
        OneOnOnes.reject(errors);
        BigDecimal baseline = input.baseline();
        Window window = baselineFrom == null ? null : new Window(baselineFrom, baselineTo);
        if (baseline == null) {
            window = window != null ? window : PlanMath.baselineWindow(starts, review);
            baseline = PlanMath.measure(metric, segment, pipeline.facts(scope, List.of(repId)), window).value();
        }
        long id = store.insertPlan(repId, competency.key(), metric, segment == null ? null : segment.toString(),
                baseline, window, input.target(), starts, review, scope.viewer().displayName(), calendar.now(), false);
        for (int i = 0; i < actions.size(); i++) {
            store.insertPlanAction(id, i + 1, actions.get(i), false);
        }
        return plan(scope, id);
    }

    /**
     * Ticks a plan's actions (the rep or the manager), or finishes it (the manager): finishing measures the windows
     * once more and keeps the result. A finished plan no longer changes (422); a stale version 409.
     */
    @Transactional
    public PlanProgress change(Scope scope, long planId, PlanChange change) {
        CoachingPlan plan = planInScope(scope, planId);
        if (!scope.isRepSelf(plan.repId()) && !scope.isManagerOf(plan.repId())) {
            throw new AccessDeniedException("Only the rep and their manager work on a plan");
        }
        boolean finish = Boolean.TRUE.equals(change.finish());
        if (finish && !scope.isManagerOf(plan.repId())) {
            throw new AccessDeniedException("Only the rep's manager finishes a plan");
        }
        List<String> errors = new ArrayList<>();
        OneOnOnes.version(change.version(), errors);
        if (!plan.active()) {
            errors.add("status: the plan is finished and keeps its outcome");
        }
        Set<Long> ids = plan.actions().stream().map(PlanAction::id).collect(Collectors.toSet());
        Set<Long> done = change.actionsDone() == null ? null : new HashSet<>(change.actionsDone());
        if (done != null && !ids.containsAll(done)) {
            errors.add("actionsDone: " + done.stream().filter(d -> !ids.contains(d)).toList()
                    + " are not actions of this plan");
        }
        if (change.note() != null && change.note().length() > 2000) {
            errors.add("note: at most 2000 characters");
        }
        OneOnOnes.reject(errors);
        if (!store.touchPlan(planId, change.version())) {
            throw new StaleVersion("The plan", store.plan(planId).map(CoachingPlan::version).orElse(0));
        }
        if (done != null) {
            plan.actions().forEach(a -> store.setPlanActionDone(planId, a.id(), done.contains(a.id())));
        }
        if (finish) {
            LocalDate today = calendar.today(scope);
            LocalDate on = today.isBefore(plan.startsOn()) ? plan.startsOn() : today;
            PlanProgress measured = measure(plan, pipeline.facts(scope, List.of(plan.repId())), on, "");
            String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
            store.finishPlan(planId, change.version() + 1, on, measured.beforeValue(), measured.afterValue(),
                    measured.verdict(), note);
        }
        return plan(scope, planId);
    }

    /** The topics the rep asked coaching for, newest first. */
    public List<TopicRequest> requests(Scope scope, long repId) {
        organization.repInFullView(scope, repId);
        return store.requests(List.of(repId));
    }

    List<TopicRequest> requestsOf(Collection<Long> repIds) {
        return store.requests(repIds);
    }

    /** The rep asks for a coaching topic (the rep only; 403 for others). */
    @Transactional
    public TopicRequest ask(Scope scope, long repId, TopicInput input) {
        organization.repInFullView(scope, repId);
        if (!scope.isRepSelf(repId)) {
            throw new AccessDeniedException("Only the rep asks for a coaching topic");
        }
        List<String> errors = new ArrayList<>();
        String text = OneOnOnes.text(input.text(), "text", 1000, errors);
        String key = null;
        if (input.competency() != null && !input.competency().isBlank()) {
            key = competencies.active().stream().map(Competency::key)
                    .filter(k -> k.equalsIgnoreCase(input.competency().trim())).findFirst().orElse(null);
            if (key == null) {
                errors.add("competency: unknown competency '" + input.competency() + "'");
            }
        }
        OneOnOnes.reject(errors);
        long id = store.insertRequest(repId, key, text, calendar.now(), false);
        return store.request(id).orElseThrow();
    }

    /** The manager marks an asked topic as addressed; stale version 409. */
    @Transactional
    public TopicRequest address(Scope scope, long requestId, @Nullable Integer version) {
        TopicRequest request = store.request(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        organization.repInFullView(scope, request.repId());
        if (!scope.isManagerOf(request.repId())) {
            throw new AccessDeniedException("Only the rep\'s manager marks a topic as addressed");
        }
        List<String> errors = new ArrayList<>();
        OneOnOnes.version(version, errors);
        OneOnOnes.reject(errors);
        if (!store.addressRequest(requestId, version, calendar.now(), scope.viewer().displayName())) {
            throw new StaleVersion("The request", store.request(requestId).map(TopicRequest::version).orElse(0));
        }
        return store.request(requestId).orElseThrow();
    }

    /** The names of the competencies by key, retired ones included. */
    public Map<String, String> competencyNames() {
        return competencies.all().stream().collect(Collectors.toMap(Competency::key, Competency::name, (a, b) -> a));
    }

    private CoachingPlan planInScope(Scope scope, long planId) {
        CoachingPlan plan = store.plan(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (!scope.seesDealsOf(plan.repId())) {
            throw new NotFoundException("plan", planId);
        }
        return plan;
    }

    private List<PlanProgress> progress(Scope scope, List<CoachingPlan> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = competencyNames();
        Map<Long, List<DealFact>> facts = pipeline.facts(scope, plans.stream().map(CoachingPlan::repId).distinct().toList())
                .stream().collect(Collectors.groupingBy(DealFact::ownerId));
        LocalDate today = calendar.today(scope);
        List<PlanProgress> out = new ArrayList<>();
        plans.stream().filter(CoachingPlan::active).forEach(p -> out.add(measure(p, facts.getOrDefault(p.repId(),
                List.of()), today, names.getOrDefault(p.competencyKey(), p.competencyKey()))));
        plans.stream().filter(p -> !p.active()).forEach(p -> out.add(measure(p, facts.getOrDefault(p.repId(),
                List.of()), today, names.getOrDefault(p.competencyKey(), p.competencyKey()))));
        return out;
    }

    /** Measures a plan on {@code asOf}: same-length windows before and after its start, sliced for the chart. */
    static PlanProgress measure(CoachingPlan plan, List<DealFact> facts, LocalDate asOf, String competencyName) {
        Segment segment = plan.segment() == null ? null : Segment.parse(plan.segment());
        Window after = PlanMath.after(plan.startsOn(), plan.endsOn(), asOf);
        if (after == null) {
            return new PlanProgress(plan, competencyName, null, null, null, 0, null, 0, Verdict.NOT_MEASURABLE, null,
                    List.of());
        }
        Window before = after.before();
        PlanMath.Measure b = PlanMath.measure(plan.metric(), segment, facts, before);
        PlanMath.Measure a = PlanMath.measure(plan.metric(), segment, facts, after);
        int count = PlanMath.sliceCount(after.days());
        List<PlanProgress.Slice> slices = new ArrayList<>();
        addSlices(slices, plan, segment, facts, before, count, false);
        addSlices(slices, plan, segment, facts, after, count, true);
        BigDecimal reference = plan.baseline() != null ? plan.baseline() : b.value();
        return new PlanProgress(plan, competencyName, before, after, b.value(), b.deals(), a.value(), a.deals(),
                PlanMath.verdict(plan.metric(), b.value(), plan.target(), a.value()),
                PlanMath.progress(reference, plan.target(), a.value()), slices);
    }

    private static void addSlices(List<PlanProgress.Slice> out, CoachingPlan plan, @Nullable Segment segment,
                                  List<DealFact> facts, Window window, int count, boolean after) {
        List<PlanMath.Measure> measures = PlanMath.slices(plan.metric(), segment, facts, window, count);
        long length = window.days() / count;
        for (int i = 0; i < measures.size(); i++) {
            LocalDate from = window.from().plusDays(i * length);
            out.add(new PlanProgress.Slice((after ? "after · " : "before · ") + SLICE.format(from), after,
                    measures.get(i).value(), measures.get(i).deals()));
        }
    }
}
