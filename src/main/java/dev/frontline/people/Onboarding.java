package dev.frontline.people;

import dev.frontline.system.FiscalCalendar;
import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.people.internal.PeopleStore;
import dev.frontline.people.internal.RatingStore;
import dev.frontline.results.Goals;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.SalesPeriod;
import dev.frontline.shared.SalesPeriod.Grain;
import dev.frontline.shared.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding checklists: a rep added to a team, or moved into one, opens a checklist for the manager (see
 * {@link OnboardingListener}). Its items tick themselves when the data exists: motivations and aspirations
 * captured, a first manager rating since they joined, a quota for the current quarter. A checklist whose items are
 * all done is no longer shown.
 */
@Service
@Transactional(readOnly = true)
public class Onboarding {

    static final String DEMO_HISTORY = "DEMO_HISTORY";

    private final PeopleStore store;
    private final RatingStore ratings;
    private final Organization organization;
    private final Goals goals;

    private final FiscalCalendar calendar;

    Onboarding(PeopleStore store, RatingStore ratings, Organization organization, Goals goals, FiscalCalendar calendar) {
        this.calendar = calendar;
        this.store = store;
        this.ratings = ratings;
        this.organization = organization;
        this.goals = goals;
    }

    /** The unfinished checklists of the teams in scope, oldest first; none for reps. */
    public List<Checklist> open(Scope scope) {
        if (scope.isRep()) {
            return List.of();
        }
        return store.openOnboardings(scope.teamIds(), scope.all()).stream()
                .map(row -> checklist(scope, row)).filter(Objects::nonNull).filter(c -> !c.done()).toList();
    }

    /** The unfinished checklist of the teams in scope whose id is given, if any. */
    public List<Checklist> open(Scope scope, long teamId) {
        if (scope.isRep() || !scope.seesTeam(teamId)) {
            return List.of();
        }
        return store.openOnboardings(List.of(teamId), false).stream().map(row -> checklist(scope, row))
                .filter(Objects::nonNull).filter(c -> !c.done())
                .filter(c -> Objects.equals(c.rep().teamId(), teamId)).toList();
    }

    /** The rep's unfinished checklist, for those who see the rep's dossier in full (not the rep). */
    public @Nullable Checklist of(Scope scope, long repId) {
        if (scope.isRep() || !scope.seesDealsOf(repId)) {
            return null;
        }
        return store.openOnboarding(repId).map(row -> checklist(scope, row)).filter(c -> c != null && !c.done())
                .orElse(null);
    }

    /**
     * When each of the reps joined the team they are in now, as far as Frontline knows: when the latest onboarding
     * checklist opened for that team (a roster import or the admin placing them). Reps without one, and reps the demo
     * marks as having been in their team all along ({@code DEMO_HISTORY}), are absent: they have been there all along.
     * The caller has found the reps in its scope.
     */
    public Map<Long, Instant> joined(Collection<Member> reps) {
        Map<Long, Long> teams = new HashMap<>();
        reps.forEach(r -> {
            if (r.teamId() != null) {
                teams.put(r.id(), r.teamId());
            }
        });
        Map<Long, Instant> out = new HashMap<>();
        for (PeopleStore.JoinRow row : store.latestOnboardings(teams.keySet())) {
            if (!DEMO_HISTORY.equals(row.closedWhy()) && Objects.equals(teams.get(row.repId()), row.teamId())) {
                out.put(row.repId(), row.openedAt());
            }
        }
        return out;
    }

    private @Nullable Checklist checklist(Scope scope, PeopleStore.OnboardingRow row) {
        Member rep = organization.findById(row.repId()).orElse(null);
        if (rep == null || !Objects.equals(rep.teamId(), row.teamId())) {
            return null;
        }
        String first = rep.firstName();
        SalesPeriod quarter = calendar.current(Grain.QUARTER, scope);
        String dossier = "/reps/" + rep.id() + "/dossier";
        List<Checklist.Item> items = List.of(
                new Checklist.Item("motivations", "Motivations captured", store.motivations(rep.id()).captured(),
                        first + " ranks what drives them in their dossier; talk it through together.",
                        dossier + "#motivations"),
                new Checklist.Item("aspirations", "Aspirations captured", store.aspirations(rep.id()).captured(),
                        first + " writes down the role they aim for and the steps towards it.", dossier + "#aspirations"),
                new Checklist.Item("ratings", "First ratings by the manager",
                        ratings.managerRatedSince(rep.id(), row.openedAt()),
                        "Rate " + first + "'s competencies once you have seen them at work.", dossier + "/ratings"),
                new Checklist.Item("quota", "Quota set for " + quarter, hasQuota(scope, rep.id(), quarter),
                        "Set " + first + "'s quota for the current quarter.", "/teams/" + row.teamId() + "/quotas"));
        String from = row.fromTeamId() == null ? null
                : organization.findById(row.repId()).map(m -> teamName(row.fromTeamId())).orElse(null);
        return new Checklist(row.id(), rep, Objects.requireNonNullElse(rep.team(), ""), from, row.openedAt(), items);
    }

    private boolean hasQuota(Scope scope, long repId, SalesPeriod quarter) {
        try {
            BigDecimal quota = goals.repQuota(scope, repId, quarter);
            return quota != null && quota.signum() > 0;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private @Nullable String teamName(long teamId) {
        try {
            return organization.team(Scope.system("onboarding: the name of the team a checklist is for"), teamId).name();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
