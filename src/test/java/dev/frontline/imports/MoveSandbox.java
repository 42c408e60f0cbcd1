package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import dev.frontline.shared.DataChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An office of "Zzmove" people for tests that confirm moves and so write them: Zzmove Office with three teams, Rep
 * A and Rep B in Manager One's, Rep C in Two's, Rep D in Three's. The demo's own people are never moved; the sandbox
 * goes after each test, with the onboarding checklists its moves opened.
 */
public final class MoveSandbox {

    public static final String TEAMS_HEADER = "sales_agent,manager,regional_office\n";
    public static final String ROSTER = TEAMS_HEADER + """
            Zzmove Rep A,Zzmove Manager One,Zzmove Office
            Zzmove Rep B,Zzmove Manager One,Zzmove Office
            Zzmove Rep C,Zzmove Manager Two,Zzmove Office
            Zzmove Rep D,Zzmove Manager Three,Zzmove Office
            """;
    public static final String REP_A_TO_TWO = TEAMS_HEADER + "Zzmove Rep A,Zzmove Manager Two,Zzmove Office\n";
    public static final String REP_A_TO_THREE = TEAMS_HEADER + "Zzmove Rep A,Zzmove Manager Three,Zzmove Office\n";

    private MoveSandbox() {
    }

    /** Imports the sandbox (its new office confirmed) or a later team file of it, confirming whatever it moves. */
    public static void importConfirmed(Importer importer, String teams) {
        ImportReport report = importer.run(List.of(new ImportFile("sandbox.csv", teams.getBytes(StandardCharsets.UTF_8))),
                ImportMapping.none(), new ImportConfirmation(true, null), ImportOptions.asIs(), ImportProgress.NONE);
        assertThat(report.completed()).as(report.toString()).isTrue();
    }

    public static String teamOf(JdbcClient jdbc, String person) {
        return jdbc.sql("select t.name from person p join team t on t.id = p.team_id where p.display_name = :p")
                .param("p", person).query(String.class).single();
    }

    /** Removes the sandbox, and tells the caches (which don't see raw SQL) that everything changed. */
    public static void remove(JdbcClient jdbc, ApplicationEventPublisher events) {
        jdbc.sql("""
                delete from onboarding
                 where rep_id in (select id from person where display_name like 'Zzmove%')
                    or team_id in (select id from team where name like 'Zzmove%')""").update();
        jdbc.sql("""
                delete from rep_start
                 where rep_id in (select id from person where display_name like 'Zzmove%')
                    or team_id in (select id from team where name like 'Zzmove%')""").update();
        jdbc.sql("delete from quota_ramp where team_id in (select id from team where name like 'Zzmove%')").update();
        jdbc.sql("update person set team_id = null where display_name like 'Zzmove%'").update();
        jdbc.sql("delete from team where name like 'Zzmove%'").update();
        jdbc.sql("delete from person where display_name like 'Zzmove%'").update();
        jdbc.sql("delete from region where name like 'Zzmove%'").update();
        events.publishEvent(DataChanged.everything());
    }
}
