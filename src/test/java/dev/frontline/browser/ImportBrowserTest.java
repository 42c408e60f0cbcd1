package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImportBrowserTest extends BrowserTestSupport {

    private static final String JOB_CSS = "#import-result [data-testid=import-job]";
    private static final By JOB = By.cssSelector(JOB_CSS);

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminUploadsAFileWithABadRowAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pipeline-with-bad-row.csv"), """
                opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
                BRWSR001,Wilburn Farren,GTX Basic,Cancity,Won,2026-10-01,2026-10-20,500
                BRWSR002,Wilburn Farren,GTX Basic,Cancity,Won,2026-10-01,2026-10-21,abc
                """);
        String before = fingerprint();

        browser.signIn("admin").open("/imports");
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector("form[data-upload] button[type=submit]")).click();

        browser.find(JOB);
        assertThat(browser.driver().findElement(By.id("upload-progress")).getAttribute("aria-valuenow"))
                .as("the upload's progress bar went to the end").isEqualTo("100");
        List<?> firstSeen = (List<?>) browser.script("const job = document.querySelector(arguments[0]);"
                + " return [job.dataset.phase, job.querySelector('[role=progressbar]') !== null];", JOB_CSS);
        assertThat(firstSeen.get(0).equals("Rejected") || firstSeen.get(1).equals(true))
                .as("the import shows its progress until it is done: %s", firstSeen).isTrue();
        browser.waitUntil(d -> "Rejected".equals(d.findElement(JOB).getAttribute("data-phase")));
        assertThat(browser.text(JOB)).contains("Nothing was written");
        List<WebElement> problems = browser.all(By.cssSelector("[data-testid=import-errors] tbody tr"));
        assertThat(problems).hasSize(1);
        List<String> cells = problems.get(0).findElements(By.tagName("td")).stream()
                .map(c -> c.getText().trim()).toList();
        assertThat(cells.subList(0, 4)).containsExactly("pipeline-with-bad-row.csv", "3", "close_value", "abc");
        assertThat(browser.consoleErrors()).isEmpty();

        assertThat(fingerprint()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from opportunity where external_id like 'BRWSR%'").query(Long.class)
                .single()).isZero();
    }

    private String fingerprint() {
        return jdbc.sql("select count(*) || ':' || coalesce(sum(amount), 0) || ':' || max(version) from opportunity")
                .query(String.class).single();
    }
}
