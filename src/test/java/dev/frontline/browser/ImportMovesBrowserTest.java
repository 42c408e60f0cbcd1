package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.imports.Importer;
import dev.frontline.imports.MoveSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team file that moves people stops in the job card with the moves in words and two buttons: cancelling writes
 * nothing; confirming imports and the report names what moved. Screenshots {@code target/screenshots/import-moves-*}.
 */
@IntegrationTest
class ImportMovesBrowserTest extends BrowserTestSupport {

    private static final String JOB_CSS = "#import-result [data-testid=import-job]";
    private static final By JOB = By.cssSelector(JOB_CSS);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Importer importer;

    @AfterEach
    void removeTheSandbox() {
        MoveSandbox.remove(jdbc, events);
    }

    @Test
    void adminReadsWhoATeamFileMovesAndCancels(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("teams.csv"),
                MoveSandbox.TEAMS_HEADER + "Bob Newrep,Cara Losch,Atlantis\n");

        upload(file);
        awaitPhase("Needs confirmation");
        List<String> moves = browser.all(By.cssSelector("[data-testid=import-moves] li")).stream()
                .map(WebElement::getText).toList();
        assertThat(moves).containsExactly("Creates a new office Atlantis.",
                "Moves Cara Losch's team, 6 reps, from East to a new office Atlantis.");
        browser.screenshot("import-moves-1-asked");
        browser.phone();
        assertThat(browser.horizontalOverflow()).as("pixels sticking out sideways on a phone").isZero();
        browser.screenshot("import-moves-1-asked-phone");
        browser.laptop();

        browser.click(browser.find(By.cssSelector("[data-testid=cancel-import] button")));
        awaitPhase("Cancelled");
        assertThat(browser.text(JOB)).contains("Nothing was written");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(jdbc.sql("select count(*) from region where name = 'Atlantis'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from person where display_name = 'Bob Newrep'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void adminConfirmsAMoveAndTheReportNamesIt(@TempDir Path dir) throws IOException {
        MoveSandbox.importConfirmed(importer, MoveSandbox.ROSTER);
        Path file = Files.writeString(dir.resolve("teams.csv"), MoveSandbox.REP_A_TO_TWO);

        upload(file);
        awaitPhase("Needs confirmation");
        browser.click(browser.find(By.cssSelector("[data-testid=confirm-moves] button")));
        awaitPhase("Completed");

        assertThat(browser.text(By.cssSelector("[data-testid=import-moves-made]")))
                .isEqualTo("moves Zzmove Rep A from Zzmove Manager One's team to Zzmove Manager Two's team");
        browser.screenshot("import-moves-2-confirmed");
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(MoveSandbox.teamOf(jdbc, "Zzmove Rep A")).isEqualTo("Zzmove Manager Two's team");
    }

    private void upload(Path file) {
        browser.signIn("admin").open("/imports");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("form[data-upload] button[type=submit]")).click();
        browser.find(JOB);
    }

    private void awaitPhase(String phase) {
        browser.waitUntil(d -> phase.equals(d.findElement(JOB).getAttribute("data-phase")));
    }
}
