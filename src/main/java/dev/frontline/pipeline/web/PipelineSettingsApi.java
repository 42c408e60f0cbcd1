package dev.frontline.pipeline.web;

import dev.frontline.pipeline.PipelineSettingChange;
import dev.frontline.pipeline.PipelineSettings;
import dev.frontline.pipeline.TeamPipelineSetting;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/teams/{id}/pipeline-settings")
class PipelineSettingsApi {

    private final PipelineSettings settings;

    PipelineSettingsApi(PipelineSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "A team's deal-list settings: {teamId, staleAfterDays, teamsOwn, version}",
            description = "For the team's manager, its director and the admin; reps and anyone outside scope 404. "
                    + "staleAfterDays: an open deal with no change recorded in more days than this is flagged stale "
                    + "(30 while the team set none: teamsOwn false, version 0).")
    TeamPipelineSetting get(Scope scope, @PathVariable long id) {
        return settings.setting(scope, id);
    }

    @PutMapping
    @Operation(summary = "Set a team's deal-list settings: {version, staleAfterDays}",
            description = "staleAfterDays 1 to 365 (else 422 naming it); version required, 0 while the team set none; "
                    + "a stale version 409 with the version now stored. Reps and anyone outside scope 404.")
    TeamPipelineSetting put(Scope scope, @PathVariable long id, @RequestBody PipelineSettingChange change) {
        return settings.setStaleAfterDays(scope, id, change);
    }
}
