package dev.frontline.coaching;

import dev.frontline.coaching.internal.PlanStore;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.people.Competencies;
import dev.frontline.people.Competency;
import dev.frontline.people.Dossier;
import dev.frontline.people.Dossiers;
import dev.frontline.people.Rating;
import dev.frontline.people.Standing;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.results.Breakdown;
import dev.frontline.results.Figures;
import dev.frontline.results.RepRecord;
import dev.frontline.results.Results;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching focus per rep: where their numbers lag the team's, crossed with their competency ratings (from the dossier)
 * and their aspiration, ranked and explained (see {@link FocusMath}). Each suggestion carries the plan that would act
 * on it, its baseline and target measured over the same window as the evidence.
 */
@Service
@Transactional(readOnly = true)
public class CoachingFocus {

    static final int QUARTERS = 4;

    private final Organization organization;
    private final Results results;
    private final Dossiers dossiers;
    private final Competencies competencies;
    private final Pipeline pipeline;
    private final PlanStore store;
    private final FiscalCalendar calendar;

    CoachingFocus(Organization organization, Results results, Dossiers dossiers, Competencies competencies,
                  Pipeline pipeline, PlanStore store, FiscalCalendar calendar) {
        this.organization = organization;
        this.results = results;
        this.dossiers = dossiers;
        this.competencies = competencies;
        this.pipeline = pipeline;
        this.store = store;
        this.calendar = calendar;
    }

    /** The windows the focus measures over, as of the viewer's today. */
    public record Windows(Window record, Window recent) {
    }

    /**
     * The windows: the last four quarters to today (win rates, deal size, cycle: the dossier's span) and the last
     * {@value FocusMath#PLAN_DAYS} days before today (pipeline created, a sum measured over as many days as a plan).
     */
    public Windows windows(Scope scope) {
        LocalDate today = calendar.today(scope);
        Window record = new Window(calendar.current(Grain.QUARTER, scope).minus(QUARTERS - 1).start(), today);
        return new Windows(record, PlanMath.baselineWindow(today, today.plusDays(FocusMath.PLAN_DAYS)));
    }

    /** The rep's coaching focus, heaviest first; for whoever sees the rep's deals (else 404). */
    public List<FocusItem> focus(Scope scope, long repId) {
        Member rep = organization.repInFullView(scope, repId);
        RepRecord record = results.repRecord(scope, repId, Grain.QUARTER, QUARTERS);
        Dossier dossier = dossiers.dossier(scope, repId);
        Map<String, FocusMath.Level> levels = new HashMap<>();
        for (Standing s : dossier.competencies()) {
            Rating current = s.manager() != null ? s.manager() : s.self();
            if (current != null && s.competency().active()) {
                levels.put(s.competency().key(), new FocusMath.Level(current.level(), s.manager() != null));
            }
        }
        Map<String, String> names = competencies.active().stream()
                .collect(Collectors.toMap(Competency::key, Competency::name, (a, b) -> a));
        String role = dossier.aspirations().captured() ? dossier.aspirations().targetRole() : null;
        LocalDate today = calendar.today(scope);
        Windows windows = windows(scope);

        // The team's better half is an aggregate of the teammates' numbers, read beyond a rep's own scope like
        // results' team aggregates (only the aggregate leaves this method, never a teammate's figure).
        Scope team = scope.widenedForAggregates("the team's better half a rep's focus targets are bounded by");
        List<Long> ids = rep.teamId() == null ? List.of(repId)
                : organization.reps(team, rep.teamId()).stream().map(Member::id).toList();
        List<DealFact> facts = pipeline.facts(team, ids);

        Map<PlanMetric, FocusMath.Measure> overall = new EnumMap<>(PlanMetric.class);
        List<FocusMath.Measure> measures = new ArrayList<>();
        for (PlanMetric metric : List.of(PlanMetric.CONVERSION, PlanMetric.AVG_DEAL, PlanMetric.MEDIAN_CYCLE)) {
            FocusMath.Measure m = FocusMath.measure(metric, null, repId, ids, facts, windows.record(),
                    FocusMath.RECORD_WORDS, FocusMath.MIN_CLOSED);
            overall.put(metric, m);
            measures.add(m);
        }
        for (Breakdown b : record.byProduct()) {
            slice(measures, "product:" + b.key(), b, repId, ids, facts, windows);
        }
        for (Breakdown b : record.bySector()) {
            slice(measures, "sector:" + b.key(), b, repId, ids, facts, windows);
        }
        FocusMath.Measure created = FocusMath.measure(PlanMetric.PIPELINE_CREATED, null, repId, ids, facts,
                windows.recent(), FocusMath.RECENT_WORDS, 1);
        overall.put(PlanMetric.PIPELINE_CREATED, created);

        Map<String, Long> active = store.plans(List.of(repId)).stream().filter(CoachingPlan::active)
                .collect(Collectors.toMap(p -> FocusMath.planKey(p.metric(), p.segment()), CoachingPlan::id,
                        (a, b) -> a));
        List<FocusMath.Lag> lags = FocusMath.lags(measures, coverage(record), created);
        return FocusMath.rank(lags, new FocusMath.People(levels, names, role), overall, active, today);
    }

    private static void slice(List<FocusMath.Measure> measures, String segment, Breakdown b, long repId, List<Long> ids,
                              List<DealFact> facts, Windows windows) {
        if (b.key().equals("(none)") || b.won() + b.lost() < FocusMath.MIN_SLICE) {
            return;
        }
        measures.add(FocusMath.measure(PlanMetric.CONVERSION, segment, repId, ids, facts, windows.record(),
                FocusMath.RECORD_WORDS, FocusMath.MIN_SLICE));
    }

    private static FocusMath.@Nullable Coverage coverage(RepRecord record) {
        if (record.periods().isEmpty()) {
            return null;
        }
        RepRecord.Period now = record.periods().get(record.periods().size() - 1);
        Figures team = now.team();
        return new FocusMath.Coverage(now.period(), now.figures().coverage(), now.figures().gap(),
                team == null ? null : team.coverage());
    }
}
