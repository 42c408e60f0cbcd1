package dev.frontline.forecast;

import dev.frontline.forecast.internal.CategoryStore;
import dev.frontline.organization.Member;
import dev.frontline.pipeline.Deal;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.Outcome;
import dev.frontline.pipeline.Pipeline;
import dev.frontline.shared.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** What a forecast rests on: the open deals with their odds and categories, and the new deals reps usually win. */
@Component
class Drivers {

    /** How many drivers a forecast lists. */
    static final int SHOWN = 10;

    private final TeamReads reads;
    private final Pipeline pipeline;
    private final CategoryStore categories;

    Drivers(TeamReads reads, Pipeline pipeline, CategoryStore categories) {
        this.reads = reads;
        this.pipeline = pipeline;
        this.categories = categories;
    }

    /** The largest expected contributions among the reps' deals and new deals. */
    List<Driver> largest(Scope scope, Outlook outlook, List<Long> repIds) {
        List<Driver> all = new ArrayList<>(modelledDeals(scope, outlook, repIds, SHOWN));
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
     * first (deals the model gives no chance at the end).
     */
    List<Driver> openDeals(Scope scope, Outlook outlook, Member rep) {
        long repId = rep.id();
        List<Driver> modelled = modelledDeals(scope, outlook, List.of(repId), Integer.MAX_VALUE);
        Set<Long> seen = modelled.stream().map(Driver::opportunityId).collect(Collectors.toSet());
        List<Deal> others = pipeline.deals(scope, DealFilter.of(Set.of(repId), null, Outcome.OPEN),
                PageRequest.of(0, 2000)).getContent().stream()
                .filter(d -> !seen.contains(d.id())).toList();
        Map<Long, CategoryStore.Set> cats = categories.of(others.stream().map(Deal::id).toList());
        List<Driver> out = new ArrayList<>(modelled);
        for (Deal d : others) {
            out.add(Driver.unmodelledDeal(d, repId, rep.displayName(), cats.get(d.id()),
                    Explanations.unmodelledDeal(d.engageDate() != null)));
        }
        return out;
    }

    private List<Driver> modelledDeals(Scope scope, Outlook outlook, List<Long> repIds, int limit) {
        List<Outlook.DealOutlook> deals = repIds.stream().flatMap(id -> outlook.reps().get(id).deals().stream())
                .sorted(Comparator.comparingLong(Outlook.DealOutlook::expectedCents).reversed()
                        .thenComparingLong(Outlook.DealOutlook::dealId))
                .limit(limit).toList();
        Map<Long, CategoryStore.Set> cats = categories.of(deals.stream().map(Outlook.DealOutlook::dealId).toList());
        Map<Long, Deal> info = new HashMap<>();
        if (deals.size() > SHOWN) {
            reads.openDeals(scope, repIds).forEach(d -> info.put(d.id(), d));
        }
        List<Driver> out = new ArrayList<>();
        for (Outlook.DealOutlook d : deals) {
            Deal deal = info.computeIfAbsent(d.dealId(), id -> reads.deal(scope, id));
            Outlook.RepOutlook rep = outlook.reps().get(d.ownerId());
            out.add(Driver.deal(deal, d, rep.rep().name(), cats.get(d.dealId()), Explanations.deal(rep, d)));
        }
        return out;
    }
}
