package dev.frontline.pipeline.web;

import dev.frontline.pipeline.DataQuality;
import dev.frontline.pipeline.QualityCheck;
import dev.frontline.pipeline.QualityDeal;
import dev.frontline.pipeline.QualityFinding;
import dev.frontline.shared.InvalidInput;
import dev.frontline.shared.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/data-quality")
class DataQualityApi {

    static final int MAX_PAGE_SIZE = 500;

    private final DataQuality quality;

    DataQualityApi(DataQuality quality) {
        this.quality = quality;
    }

    record CheckJson(String check, String title, long count, long ignoredCount, List<QualityDeal> deals,
                     List<QualityDeal> ignored) {
    }

    @GetMapping
    @Operation(summary = "The data-quality checks of the deals in the caller's scope",
            description = "For the admin (the whole organisation), a director (their office) and a manager (their "
                    + "teams); teamId narrows to one team in scope. Checks: won-without-amount, close-date-passed "
                    + "(open, close date before today), closed-before-created, no-account, no-product, duplicate "
                    + "(same name in any case and account; count is of groups, deals carry their group). Each "
                    + "check has count (ignored findings not counted), ignoredCount, a page of deals and up to size "
                    + "ignored ones. check narrows the deals to one check (the others keep their counts); page from "
                    + "0, size 1 to 500 (default 50). A rep, or a team outside scope, gets 404.")
    List<CheckJson> report(Scope scope, @RequestParam(required = false) @Nullable Long teamId,
                           @RequestParam(required = false) @Nullable String check,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidInput("page", "is 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "is between 1 and " + MAX_PAGE_SIZE);
        }
        QualityCheck only = check == null || check.isBlank() ? null : QualityCheck.of(check);
        return quality.report(scope, teamId, only, (long) page * size, size).stream()
                .map(DataQualityApi::json).toList();
    }

    @PutMapping("/ignored/{check}/{opportunityId}")
    @Operation(summary = "Ignore one check's finding on a deal",
            description = "The deal is no longer counted by that check and is listed under ignored, with who and "
                    + "when. Idempotent. For the admin, the deal's director and manager; a rep or a deal outside "
                    + "scope 404; an unknown check 400.")
    ResponseEntity<Void> ignore(Scope scope, @PathVariable String check, @PathVariable long opportunityId) {
        quality.ignore(scope, opportunityId, QualityCheck.of(check));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/ignored/{check}/{opportunityId}")
    @Operation(summary = "Count an ignored finding again",
            description = "Undoes an ignore; nothing to undo is fine. Who may: as for ignoring.")
    ResponseEntity<Void> unignore(Scope scope, @PathVariable String check, @PathVariable long opportunityId) {
        quality.unignore(scope, opportunityId, QualityCheck.of(check));
        return ResponseEntity.noContent().build();
    }

    private static CheckJson json(QualityFinding f) {
        return new CheckJson(f.check().key(), f.check().title(), f.count(), f.ignoredCount(), f.deals(), f.ignored());
    }
}
