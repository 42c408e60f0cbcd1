package dev.frontline.shared;

import static dev.frontline.SourceFiles.read;
import dev.frontline.SourceFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import java.nio.file.Path;
import dev.frontline.SourceFiles;
import java.util.List;
import dev.frontline.SourceFiles;
import java.util.regex.Matcher;
import dev.frontline.SourceFiles;
import java.util.regex.Pattern;
import dev.frontline.SourceFiles;
import dev.frontline.SourceFiles;
import org.junit.jupiter.api.Test;

/**
 * Every place that reads beyond the caller's scope, with its reason. Reading beyond scope is allowed only for
 * aggregates ({@link Scope#widenedForAggregates}) and for Frontline's own jobs ({@link Scope#system}); the admin's
 * scope ({@link Scope#everything}) is made only where scopes are made. A new place fails this test until it is
 * added here — read it, and say why it is safe.
 */
class ScopeWideningTest {

    private static final Path MAIN = Path.of("src/main/java");

    /** {@code file: reason}, the reason as the code names it. */
    private static final List<String> WIDENED = List.of(
            "coaching/CoachingFocus.java: the team's better half a rep's focus targets are bounded by",
            "people/Dossiers.java: a peer's view: the shared strengths that still hold",
            "people/Dossiers.java: the team's average ratings a rep's are set beside",
            "results/Results.java: the team's aggregates and percentile a rep's record is set beside",
            "forecast/TeamReads.java: TEAM_RATES");

    private static final List<String> JOBS = List.of(
            "coaching/DemoCoaching.java: demo: coaching",
            "demo/DemoSeeder.java: demo: quotas",
            "people/DemoDossiers.java: demo: dossiers",
            "demo/BacktestCommand.java: backtest: the dataset replayed as shipped",
            "identity/Accounts.java: logins: the admin's list of every login and its team",
            "results/Goals.java: join dates: whether a rep placed in a team has a track record",
            "people/Onboarding.java: onboarding: the name of the team a checklist is for");

    private static final List<String> MADE = List.of("organization/Organization.java");

    @Test
    void everyReadBeyondScopeIsListedWithItsReason() {
        assertThat(uses(Pattern.compile("widenedForAggregates\\(\\s*\"?([^\")]*)"))).as("widened for aggregates")
                .containsExactlyInAnyOrderElementsOf(WIDENED);
        assertThat(uses(Pattern.compile("Scope\\.system\\(\\s*\"([^\"]*)\""))).as("Frontline's own jobs")
                .containsExactlyInAnyOrderElementsOf(JOBS);
        assertThat(uses(Pattern.compile("Scope\\.everything\\((\\s*)")).stream().map(u -> u.split(":")[0]).distinct())
                .as("the admin's scope, made").containsExactlyInAnyOrderElementsOf(MADE);
    }

    /** {@code file: first group} for each distinct match outside the shared kernel itself. */
    private static List<String> uses(Pattern pattern) {
        return SourceFiles.under(MAIN, ".java", f -> !f.getFileName().toString().equals("Scope.java")).stream()
                    .flatMap(f -> {
                        String file = MAIN.resolve("dev/frontline").relativize(f).toString();
                        Matcher m = pattern.matcher(read(f));
                        return m.results().map(r -> file + ": " + r.group(1).trim());
                    }).distinct().toList();
    }

}
