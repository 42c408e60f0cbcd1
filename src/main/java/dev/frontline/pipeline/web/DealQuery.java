package dev.frontline.pipeline.web;

import dev.frontline.organization.Member;
import dev.frontline.organization.Organization;
import dev.frontline.pipeline.DealFilter;
import dev.frontline.pipeline.Outcome;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Scope;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns the page's and the API's query parameters into a scoped filter; a team or owner outside scope is 404. */
@Component
class DealQuery {

    private final Organization organization;

    DealQuery(Organization organization) {
        this.organization = organization;
    }

    DealFilter filter(Scope scope, @Nullable Long teamId, @Nullable String owner, @Nullable String stage,
                      @Nullable String status) {
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
        return DealFilter.of(owners, stage == null || stage.isBlank() ? null : stage, outcome);
    }
}
