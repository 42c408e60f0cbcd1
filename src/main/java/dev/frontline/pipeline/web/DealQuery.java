package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the page's and the API's query parameters into a scoped filter; a team or owner outside scope is 404. */
@Component
public class DealQuery {

    private final Organization organization;

    DealQuery(Organization organization) {
        this.organization = organization;
    }

    DealFilter filter(Scope scope, @Nullable Long teamId, @Nullable String owner, @Nullable String stage,
                      @Nullable String status) {
        return filter(scope, teamId, owner, stage, status, Narrowing.NONE);
    }

    /** Drill-down narrowing from results pages: a close-date window, a product, an account sector. */
    public record Narrowing(@Nullable LocalDate closedFrom, @Nullable LocalDate closedTo, @Nullable String product,
                     @Nullable String sector) {
        static final Narrowing NONE = new Narrowing(null, null, null, null);

        boolean any() {
            return closedFrom != null || closedTo != null || product != null || sector != null;
        }
    }

    DealFilter filter(Scope scope, @Nullable Long teamId, @Nullable String owner, @Nullable String stage,
                      @Nullable String status, Narrowing narrowing) {
        Set<Long> owners = null;
        if (teamId != null) {
            owners = new HashSet<>();
            for (Member m : organization.members(scope, teamId)) {
                owners.add(m.id());
            }
        }
        if (owner != null && !owner.isBlank()) {
            Member person = organization.personByUsername(scope, owner.trim())
                    .filter(p -> scope.seesDealsOf(p.id()))
                    .orElseThrow(() -> new NotFoundException("owner", owner));
            if (owners != null && !owners.contains(person.id())) {
                owners = Set.of();
            } else {
                owners = Set.of(person.id());
            }
        }
        Outcome outcome = status == null || status.isBlank() ? null : Outcome.parse(status);
        return DealFilter.of(owners, stage == null || stage.isBlank() ? null : stage, outcome)
                .closedBetween(narrowing.closedFrom(), narrowing.closedTo())
                .about(blankToNull(narrowing.product()), blankToNull(narrowing.sector()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
