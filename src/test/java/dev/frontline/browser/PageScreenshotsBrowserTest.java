package dev.frontline.browser;

import dev.frontline.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the main pages as each kind of user, on a laptop and on a phone, and keeps a screenshot of each in
 * {@code target/screenshots}. Every page must load without console errors (failed loads, script errors, refusals
 * by the Content-Security-Policy), draw its charts, and on a phone not stick out sideways.
 */
@IntegrationTest
class PageScreenshotsBrowserTest extends BrowserTestSupport {

    private final SoftAssertions softly = new SoftAssertions();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    dev.frontline.notifications.Notifications notifications;

    @Test
    void mainPagesLoadCleanlyOnALaptopAndAPhone() {
        browser.open("/login");
        look("01-login");
        onPhone("01-login-phone");

        browser.signIn("cara.losch");
        look("02-manager-home");
        onPhone("03-team-board-phone");
        browser.phone().driver().navigate().refresh();
        softly.assertThat(browser.script("const t = document.querySelector('[data-testid=team-table]');"
                + " return t.parentElement.scrollWidth - t.parentElement.clientWidth;"))
                .as("the team table fits a phone without scrolling sideways").isEqualTo(0L);
        browser.laptop();
        browser.open("/opportunities");
        look("05-opportunities");
        onPhone("05-opportunities-phone");
        browser.open("/opportunities/" + jdbc.sql("""
                select o.id from opportunity o join person p on p.id = o.owner_id
                  join stage s on s.id = o.stage_id
                 where p.username = 'violet.mclelland' and s.outcome = 'OPEN' order by o.id limit 1""")
                .query(Long.class).single());
        look("05-deal-history-and-edit");
        onPhone("05-deal-history-and-edit-phone");
        browser.open("/opportunities?teamId=" + jdbc.sql("select t.id from team t join person p on p.id = t.manager_id"
                + " where p.username = 'cara.losch' order by t.id limit 1").query(Long.class).single() + "&flagged=stale");
        look("05-opportunities-team-flags");
        onPhone("05-opportunities-team-flags-phone");
        browser.open("/teams/" + jdbc.sql("select t.id from team t join person p on p.id = t.manager_id"
                + " where p.username = 'cara.losch' order by t.id limit 1").query(Long.class).single() + "/forecast");
        softly.assertThat(browser.script("return document.querySelectorAll('[data-testid=pipeline-movement]').length;"))
                .as("the team forecast shows the pipeline movement").isEqualTo(1L);
        look("05-team-forecast-movement");
        onPhone("05-team-forecast-movement-phone");
        browser.open("/data-quality");
        look("05-data-quality");
        onPhone("05-data-quality-phone");

        browser.startOver();
        browser.signIn("moses.frase");
        look("04-rep-home");
        onPhone("04-rep-home-phone");
        browser.open("/opportunities");
        look("05-rep-opportunities");
        browser.open("/opportunities?owner=garret.kinder");
        lookAtError("10-not-found", 404);
        browser.open("/imports");
        lookAtError("11-forbidden", 403);
        browser.open("/notifications");
        look("16-notifications-empty");
        long moses = jdbc.sql("select id from user_account where username = 'moses.frase'").query(Long.class).single();
        try {
            long read = notifications.notify(moses, dev.frontline.notifications.NotificationKinds.SYSTEM,
                    "An older one, already read", "Marked read, so shown without the New badge.", null);
            notifications.mark(moses, read, 1, true);
            notifications.notify(moses, dev.frontline.notifications.NotificationKinds.SYSTEM, "Welcome to notifications",
                    "Frontline tells you here when something needs your attention.", "/opportunities");
            browser.open("/notifications");
            softly.assertThat(browser.script("return document.querySelectorAll('[data-testid=notification]').length;"))
                    .as("both notifications listed").isEqualTo(2L);
            look("16-notifications");
            onPhone("16-notifications-phone");
        } finally {
            jdbc.sql("delete from notification where recipient = ?").param(moses).update();
        }

        browser.startOver();
        browser.signIn("director.central");
        look("06-overview-director");
        browser.open("/reps");
        look("12-people-director");
        onPhone("12-people-director-phone");
        browser.script("document.querySelector('a[href$=\"/active?active=false\"]').click(); return 0;");
        look("13-deactivate-confirmation");
        onPhone("13-deactivate-confirmation-phone");

        browser.startOver();
        browser.signIn("admin");
        look("07-overview-admin");
        onPhone("07-overview-admin-phone");
        browser.open("/reps");
        look("14-people-admin");
        browser.script("document.querySelector('a[href$=\"/move\"]').click(); return 0;");
        look("15-move-choose");
        browser.open("/imports");
        look("08-imports");
        browser.open("/admin/logins");
        look("09-admin-logins");
        onPhone("09-admin-logins-phone");

        softly.assertAll();
    }

    private void look(String name) {
        browser.screenshot(name);
        softly.assertThat(browser.script("const c = document.querySelector('nav.navbar .container-xl');"
                + " return c == null ? 0 : Math.max(0, c.scrollWidth - c.clientWidth);"))
                .as("pixels of the navigation bar sticking out on %s", name).isEqualTo(0L);
        softly.assertThat(browser.consoleErrors()).as("console errors on %s", name).isEmpty();
        softly.assertThat(browser.undrawnCharts()).as("charts not drawn on %s", name).isEmpty();
    }

    private void lookAtError(String name, int status) {
        browser.screenshot(name);
        softly.assertThat(browser.consoleErrors()).as("console errors on %s", name)
                .singleElement().asString().contains("status of " + status);
    }

    private void onPhone(String name) {
        browser.phone();
        browser.driver().navigate().refresh();
        look(name);
        softly.assertThat(browser.horizontalOverflow()).as("pixels sticking out sideways on %s", name).isZero();
        browser.laptop();
    }
}
