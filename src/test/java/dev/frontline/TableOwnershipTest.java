package dev.frontline;

import static dev.frontline.SourceFiles.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables, and no module's SQL names another module's table: it asks the owner's facade or
 * listens to its events. Every table the migrations create has an owner here; the SQL in each module's code (text
 * blocks and string literals) is read for the tables it names after {@code from}, {@code join}, {@code into},
 * {@code update}, {@code delete from} and {@code table}.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/dev/frontline");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The module that owns each table. */
    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("region", "organization"), Map.entry("team", "organization"), Map.entry("person", "organization"),
            Map.entry("user_account", "identity"), Map.entry("sign_in_failure", "identity"),
            Map.entry("sign_in_throttle", "identity"), Map.entry("api_token", "identity"),
            Map.entry("account", "pipeline"), Map.entry("product", "pipeline"), Map.entry("stage", "pipeline"),
            Map.entry("opportunity", "pipeline"), Map.entry("data_quality_ignore", "pipeline"),
            Map.entry("opportunity_history", "pipeline"),
            Map.entry("pipeline_team_setting", "pipeline"),
            Map.entry("fiscal_setting", "system"),
            Map.entry("quota", "results"), Map.entry("goal", "results"), Map.entry("quota_policy", "results"),
            Map.entry("rep_start", "results"), Map.entry("quota_ramp", "results"),
            Map.entry("competency", "people"), Map.entry("competency_rating", "people"),
            Map.entry("motivation_profile", "people"), Map.entry("motivation_driver", "people"),
            Map.entry("aspiration", "people"), Map.entry("development_action", "people"),
            Map.entry("manager_remark", "people"), Map.entry("shared_strength", "people"),
            Map.entry("private_note", "people"), Map.entry("onboarding", "people"),
            Map.entry("forecast_category", "forecast"), Map.entry("forecast_call", "forecast"),
            Map.entry("coaching_cadence", "coaching"), Map.entry("one_on_one", "coaching"),
            Map.entry("agenda_item", "coaching"), Map.entry("one_on_one_private_note", "coaching"),
            Map.entry("coaching_action", "coaching"),
            Map.entry("coaching_plan", "coaching"), Map.entry("coaching_plan_action", "coaching"),
            Map.entry("coaching_request", "coaching"), Map.entry("calendar_feed", "coaching"),
            Map.entry("audit_log", "audit"),
            Map.entry("notification", "notifications"), Map.entry("notification_preference", "notifications"),
            Map.entry("notification_settings", "notifications"),
            Map.entry("spring_session", "identity"), Map.entry("spring_session_attributes", "identity"),
            Map.entry("event_publication", "system"), Map.entry("shedlock", "system"));

    private static final Pattern CREATED = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
    private static final Pattern DROPPED = Pattern.compile("(?i)drop table (?:if exists )?([a-z_]+)");
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|delete\\s+from|table)\\s+([a-z_][a-z_0-9]*)");

    @Test
    void everyTableHasAnOwner() {
        assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(tablesOfTheMigrations());
    }

    @Test
    void noModulesSqlNamesAnotherModulesTable() {
        List<String> trespasses = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = MAIN.relativize(file).getName(0).toString();
            Matcher literal = STRING.matcher(read(file));
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
                Matcher named = NAMED.matcher(text);
                while (named.find()) {
                    String table = named.group(1).toLowerCase(Locale.ROOT);
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(module)) {
                        trespasses.add(MAIN.relativize(file) + " names " + table + " (" + owner + "'s)");
                    }
                }
            }
        }
        assertThat(trespasses).as("SQL naming another module's table").isEmpty();
    }

    @Test
    void theScannerReadsTheTablesTheSqlNames() {
        Set<String> named = new TreeSet<>();
        Matcher literal = STRING.matcher(read(MAIN.resolve("pipeline/internal/PipelineStore.java")));
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            NAMED.matcher(text).results().forEach(m -> named.add(m.group(1).toLowerCase(Locale.ROOT)));
        }
        assertThat(named).contains("opportunity", "stage", "product", "account");
    }

    private static Set<String> tablesOfTheMigrations() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.sorted(Comparator.comparingInt(TableOwnershipTest::version)).toList()) {
                String sql = read(f);
                CREATED.matcher(sql).results().forEach(m -> tables.add(m.group(1).toLowerCase(Locale.ROOT)));
                DROPPED.matcher(sql).results().forEach(m -> tables.remove(m.group(1).toLowerCase(Locale.ROOT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** A migration's version: V14 runs after V6, whatever the names' alphabetical order. */
    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> javaFiles() {
        return SourceFiles.under(MAIN, ".java", f -> MAIN.relativize(f).getNameCount() > 1);
    }

}
