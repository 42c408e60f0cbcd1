package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Turns the page's and the API's query parameters into a scoped filter; a team or owner outside scope is 404. */
@Component
class DealQuery {

    private final Organization organization;

    DealQuery(Organization organization) {
        this.organization = organization;
    }

    DealFilter filter(Scope scope, DealParams params) {
        Set<Long> owners = null;
        if (params.teamId() != null) {
            owners = new HashSet<>();
            for (Member m : organization.members(scope, params.teamId())) {
                owners.add(m.id());
            }
        }
        if (params.owner() != null) {
            Member person = organization.personByUsername(scope, params.owner())
                    .filter(p -> scope.seesDealsOf(p.id()))
                    .orElseThrow(() -> new NotFoundException("owner", params.owner()));
            owners = owners != null && !owners.contains(person.id()) ? Set.of() : Set.of(person.id());
        }
        Outcome outcome = params.status() == null ? null : Outcome.parse(params.status());
        return DealFilter.of(owners, params.stage(), outcome)
                .closedBetween(params.closedFrom(), params.closedTo())
                .about(params.product(), params.sector());
    }
}
