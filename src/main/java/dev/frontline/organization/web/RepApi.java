package dev.frontline.organization.web;

import dev.frontline.organization.Organization;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reps")
class RepApi {

    private final Organization organization;

    RepApi(Organization organization) {
        this.organization = organization;
    }

    record RepChange(@Nullable Integer version, @Nullable Boolean active) {
    }

    record RepState(long id, boolean active, int version) {
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Deactivate a rep who left, or reactivate them",
            description = "Body {\"version\": n, \"active\": false}. The rep's manager, director and the admin; a rep "
                    + "403/404, outside scope 404. A former rep drops out of current rosters and loses their login "
                    + "(sessions end); their deals stay, shown as a former rep's. Stale version 409, missing 422.")
    RepState change(Scope scope, @PathVariable long id, @RequestBody RepChange change) {
        return new RepState(id, Boolean.TRUE.equals(change.active()),
                organization.setActive(scope, id, change.active(), change.version()));
    }
}
