package dev.frontline.forecast;

import dev.frontline.forecast.internal.CategoryStore;
import dev.frontline.organization.Member;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a forecast rests on: the open deals with their odds and categories, and the new deals reps usually win. The
 * team's open deals and their categories are read once per version of the team's data, in one query each, for
 * every driver of every page.
 */
@Component
class Drivers {

    /** How many drivers a forecast lists. */
    static final int SHOWN = 10;

    private final TeamReads reads;
    private final CategoryStore categories;

    Drivers(TeamReads reads, CategoryStore categories) {
        this.reads = reads;
        this.categories = categories;
    }

    /** The largest expected contributions among the reps' deals and new deals. */
    List<Driver> largest(Scope scope, TeamEntry entry, Outlook outlook, List<Long> repIds) {
        List<Driver> all = new ArrayList<>(modelledDeals(scope, entry, outlook, repIds, SHOWN));
        for (Long id : repIds) {
            Outlook.RepOutlook rep = outlook.reps().get(id);
            if (rep.expectedNew() > 0) {
                all.add(Driver.newDeals(rep, Explanations.newDeals(rep)));
            }
        }
        all.sort(Comparator.comparing(Driver::expectedValue).reversed());
        return all.subList(0, Math.min(SHOWN, all.size()));
    }

    /**
     * Every open deal of the rep with its probability, expected value and forecast category, largest expected value
     * first (deals the model gives no chance at the end, in the deal list's order). The
     * caller checked the viewer sees the rep's deals.
     */
    List<Driver> openDeals(Scope scope, TeamEntry entry, Outlook outlook, Member rep) {
        long repId = rep.id();
        List<Driver> modelled = modelledDeals(scope, entry, outlook, List.of(repId), Integer.MAX_VALUE);
        Set<Long> seen = modelled.stream().map(Driver::opportunityId).collect(Collectors.toSet());
        Map<Long, CategoryStore.Set> cats = categories(entry);
        List<Driver> out = new ArrayList<>(modelled);
        reads.openDeals(scope, entry).values().stream()
                .filter(d -> d.ownerId() == repId && !seen.contains(d.id()))
                .forEach(d -> out.add(Driver.unmodelledDeal(d, repId, rep.displayName(), cats.get(d.id()),
                        Explanations.unmodelledDeal(d.engageDate() != null))));
        return out;
    }

    private List<Driver> modelledDeals(Scope scope, TeamEntry entry, Outlook outlook, List<Long> repIds, int limit) {
        // a rep who left (deactivated) has no outlook of their own; their open deals are listed unmodelled
        List<Outlook.DealOutlook> deals = repIds.stream().filter(outlook.reps()::containsKey)
                .flatMap(id -> outlook.reps().get(id).deals().stream())
                .sorted(Comparator.comparingLong(Outlook.DealOutlook::expectedCents).reversed()
                        .thenComparingLong(Outlook.DealOutlook::dealId))
                .limit(limit).toList();
        Map<Long, CategoryStore.Set> cats = categories(entry);
        Map<Long, Deal> info = reads.openDeals(scope, entry);
        List<Driver> out = new ArrayList<>();
        for (Outlook.DealOutlook d : deals) {
            Deal deal = info.get(d.dealId());
            if (deal == null) {
                deal = reads.deal(scope, d.dealId());
            }
            Outlook.RepOutlook rep = outlook.reps().get(d.ownerId());
            out.add(Driver.deal(deal, d, rep.rep().name(), cats.get(d.dealId()), Explanations.deal(rep, d)));
        }
        return out;
    }

    /** The categories of every open deal of the team: one query per version of the team's data. */
    private Map<Long, CategoryStore.Set> categories(TeamEntry entry) {
        return entry.memo(TeamEntry.CATEGORIES, () -> categories.of(entry.data().facts().stream()
                .filter(f -> f.outcome() == Outcome.OPEN).map(Fact::id).toList()));
    }
}
