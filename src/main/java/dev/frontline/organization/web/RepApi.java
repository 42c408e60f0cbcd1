package dev.frontline.organization.web;

import dev.frontline.organization.RosterRep;
import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamMove;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reps")
class RepApi {

    private final Organization organization;

    RepApi(Organization organization) {
        this.organization = organization;
    }

    record NewRep(@Nullable String fullName, @Nullable Long teamId) {
    }

    record AddedRep(long id, String username, String fullName, long teamId, String team, boolean active, int version) {
    }

    record RepChange(@Nullable Integer version, @Nullable Boolean active, @Nullable Long teamId) {
    }

    /** The rep after a change; {@code move} is the move made, when the change was one. */
    record RepState(long id, boolean active, int version, @Nullable Move move) {
    }

    /** A move made, in words. */
    record Move(long fromTeamId, long toTeamId, String named, String text, LocalDate effective, String consequences) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a rep to a team",
            description = "Body {\"fullName\": \"Courtney Brown\", \"teamId\": n}. The admin, the team's director and "
                    + "its manager; a rep 403; a team outside scope 404. 422 for a blank name, no team, a team that "
                    + "does not exist, or a name someone in Frontline carries already (imports find people by name). "
                    + "The rep has no login until one is granted.")
    AddedRep add(Scope scope, @RequestBody NewRep rep) {
        RosterRep added = organization.addRep(scope, rep.fullName(), rep.teamId());
        return new AddedRep(added.id(), added.username(), added.displayName(), added.teamId(),
                organization.team(scope, added.teamId()).name(), added.active(), added.version());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Deactivate a rep who left, reactivate them, or move them to another team",
            description = "Body {\"version\": n, \"active\": false} or {\"version\": n, \"teamId\": m}, one change at a "
                    + "time. Deactivating: the rep's manager, director and the admin; a rep 403/404, outside scope 404. "
                    + "A former rep drops out of current rosters and loses their login (sessions end); their deals "
                    + "stay, shown as a former rep's. Moving: the admin, and the director of both teams' office; a "
                    + "manager 403; the answer names the move and what goes along (a team's figures are its current "
                    + "reps' deals, past periods included). Stale version 409, missing or invalid 422.")
    RepState change(Scope scope, @PathVariable long id, @RequestBody RepChange change) {
        if (change.teamId() != null && change.active() != null) {
            throw new InvalidInput("body", "Give either active or teamId: one change at a time");
        }
        if (change.teamId() != null) {
            TeamMove move = organization.moveRep(scope, id, change.teamId(), change.version());
            return new RepState(id, true, move.version(), new Move(move.fromTeamId() == null ? 0 : move.fromTeamId(),
                    move.toTeamId(), move.named(), move.text(), move.effective(), move.consequences()));
        }
        return new RepState(id, Boolean.TRUE.equals(change.active()),
                organization.setActive(scope, id, change.active(), change.version()), null);
    }
}
