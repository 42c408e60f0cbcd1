package dev.frontline.coaching;

import dev.frontline.organization.Organization;
import dev.frontline.people.Competencies;
import dev.frontline.people.Competency;
import dev.frontline.people.Dossier;
import dev.frontline.people.Dossiers;
import dev.frontline.people.Rating;
import dev.frontline.people.Standing;
import dev.frontline.pipeline.DealFact;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.results.RepRecord;
import dev.frontline.results.Results;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching focus per rep: where their numbers lag the team's most over the last four quarters, crossed with their
 * competency ratings (from the dossier) and their aspiration, ranked and explained (see {@link FocusMath}). Each
 * suggestion carries the plan that would act on it.
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
    private final Clock clock;

    CoachingFocus(Organization organization, Results results, Dossiers dossiers, Competencies competencies,
                  Pipeline pipeline, Clock clock) {
        this.organization = organization;
        this.results = results;
        this.dossiers = dossiers;
        this.competencies = competencies;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** The rep's coaching focus, heaviest first; for whoever sees the rep's deals (else 404). */
    public List<FocusItem> focus(Scope scope, long repId) {
        Access.rep(organization, scope, repId);
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
        LocalDate today = LocalDate.now(clock);
        List<DealFact> facts = pipeline.facts(scope, List.of(repId));
        Window baseline = PlanMath.baselineWindow(today, today.plusDays(FocusMath.PLAN_DAYS));
        FocusMath.Baselines baselines = (metric, segment) -> PlanMath.measure(metric,
                segment == null ? null : Segment.parse(segment), facts, baseline).value();
        return FocusMath.rank(FocusMath.lags(record), new FocusMath.People(levels, names, role), baselines, today);
    }
}
