package dev.frontline.pipeline;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.internal.QualityStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import dev.frontline.system.FiscalCalendar;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-quality checks of the deals a team lead sees: for each {@link QualityCheck}, how many deals it finds, a page
 * of them, and the findings someone ignored. The admin sees the whole organisation, a director their office, a
 * manager their teams; a rep, and any team outside scope, get {@link NotFoundException}.
 */
@Service
public class DataQuality {

    private final QualityStore store;
    private final Organization organization;
    private final FiscalCalendar calendar;
    private final Clock clock;

    DataQuality(QualityStore store, Organization organization, FiscalCalendar calendar, Clock clock) {
        this.store = store;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Every check over the deals in scope, or of one team's members ({@code teamId}): counts (ignored findings not
     * counted) and, from {@code offset}, {@code limit} findings of each check (of {@code only}, when given; the
     * others come with their counts and no deals). A constant number of statements whatever the organisation's size.
     */
    @Transactional(readOnly = true)
    public List<QualityFinding> report(Scope scope, @Nullable Long teamId, @Nullable QualityCheck only, long offset,
                                       int limit) {
        Owners owners = owners(scope, teamId);
        Map<QualityCheck, QualityStore.Count> counts = new EnumMap<>(QualityCheck.class);
        store.counts(owners.all(), owners.ids(), calendar.today(scope)).forEach(c -> counts.put(c.check(), c));
        Map<QualityCheck, List<QualityDeal>> found = new EnumMap<>(QualityCheck.class);
        Map<QualityCheck, List<QualityDeal>> ignored = new EnumMap<>(QualityCheck.class);
        Arrays.stream(QualityCheck.values()).forEach(c -> {
            found.put(c, new ArrayList<>());
            ignored.put(c, new ArrayList<>());
        });
        store.page(owners.all(), owners.ids(), calendar.today(scope), only, offset, limit).forEach(r ->
                (r.deal().ignoredBy() == null ? found : ignored).get(r.check()).add(r.deal()));
        return Arrays.stream(QualityCheck.values()).map(c -> {
            QualityStore.Count count = counts.get(c);
            return new QualityFinding(c, count == null ? 0 : count.found(), count == null ? 0 : count.ignored(),
                    found.get(c), ignored.get(c));
        }).toList();
    }

    /** Leaves a deal's finding as it is: no longer counted, listed as ignored by the viewer. */
    @Transactional
    public void ignore(Scope scope, long dealId, QualityCheck check) {
        requireDeal(scope, dealId);
        store.ignore(dealId, check, scope.viewer().username(), clock.instant());
    }

    /** Counts an ignored finding again. */
    @Transactional
    public void unignore(Scope scope, long dealId, QualityCheck check) {
        requireDeal(scope, dealId);
        store.unignore(dealId, check);
    }

    private void requireDeal(Scope scope, long dealId) {
        if (scope.isRep() || !store.ownerOf(dealId).map(scope::seesDealsOf).orElse(false)) {
            throw new NotFoundException("deal", dealId);
        }
    }

    private Owners owners(Scope scope, @Nullable Long teamId) {
        if (scope.isRep()) {
            throw new NotFoundException("data quality", scope.viewer().username());
        }
        if (teamId != null) {
            scope.requireTeamLead(teamId, "data quality of team");
            return new Owners(false, Set.copyOf(organization.members(scope, teamId).stream().map(Member::id)
                    .filter(scope::seesDealsOf).toList()));
        }
        return scope.all() ? new Owners(true, Set.of()) : new Owners(false, scope.dealOwnerIds());
    }

    private record Owners(boolean all, Set<Long> ids) {
    }
}
