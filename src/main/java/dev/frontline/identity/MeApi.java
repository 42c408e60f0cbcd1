package dev.frontline.identity;

import dev.frontline.organization.Organization;
import dev.frontline.organization.TeamSummary;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Viewer;
import dev.frontline.system.FiscalCalendar;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeApi {

    private final Organization organization;
    private final TimeZones zones;
    private final Accounts accounts;
    private final FiscalCalendar calendar;

    MeApi(Organization organization, TimeZones zones, Accounts accounts, FiscalCalendar calendar) {
        this.organization = organization;
        this.zones = zones;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    /**
     * @param timeZone    the zone "today" is counted in: the user's own, else Frontline's default
     * @param ownTimeZone whether the user (or their browser) chose it
     * @param today       today in that zone
     * @param version     the login's version, for {@code PATCH}
     */
    record Me(String username, String displayName, List<String> roles, List<Long> teamIds, String timeZone,
              boolean ownTimeZone, LocalDate today, int version) {
    }

    /** What a user may change of their own login. */
    record MeChange(@Nullable String timeZone, @Nullable Integer version) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who is signed in, their roles, the teams in their scope and their time zone",
            description = "Any signed-in caller, by session, password or token. today is counted in timeZone (the "
                    + "user's own, else Frontline's default); version is the login's, for PATCH.")
    Me me(Scope scope) {
        Viewer viewer = scope.viewer();
        return new Me(viewer.username(), viewer.displayName(), List.of(viewer.role().name()),
                organization.teams(scope).stream().map(TeamSummary::id).toList(), calendar.zone(viewer).getId(),
                viewer.zone() != null, calendar.today(viewer), accounts.version(viewer.accountId()));
    }

    @PatchMapping("/api/v1/me")
    @Operation(summary = "Change one's own settings: {timeZone, version}; 422 for a zone that does not exist, 409 when stale",
            description = "The signed-in user's own login only. timeZone is a zone id such as Europe/Berlin and "
                    + "version the one GET /api/v1/me answered: either missing, or a zone that does not exist, 422 "
                    + "naming the field; a stale version 409.")
    Me change(Scope scope, @RequestBody MeChange change, HttpServletRequest request, HttpServletResponse response) {
        if (change.version() == null) {
            throw new InvalidInput("version", "is required (the version GET /api/v1/me answers)");
        }
        if (change.timeZone() == null) {
            throw new InvalidInput("timeZone", "is required");
        }
        String zone = zones.choose(TimeZones.signedIn(), change.timeZone(), change.version(), request, response);
        Viewer viewer = scope.viewer();
        Viewer moved = new Viewer(viewer.accountId(), viewer.username(), viewer.displayName(), viewer.role(),
                viewer.personId(), java.time.ZoneId.of(zone));
        return new Me(moved.username(), moved.displayName(), List.of(moved.role().name()),
                organization.teams(scope).stream().map(TeamSummary::id).toList(), zone, true, calendar.today(moved),
                accounts.version(moved.accountId()));
    }
}
