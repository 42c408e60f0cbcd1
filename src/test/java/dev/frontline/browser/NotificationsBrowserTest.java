package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import dev.frontline.notifications.NotificationKinds;
import dev.frontline.notifications.Notifications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bell and the inbox in a browser: the count, marking one read, marking all read, the empty state. */
@IntegrationTest
class NotificationsBrowserTest extends BrowserTestSupport {

    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;

    private long account() {
        return jdbc.sql("select id from user_account where username = 'corliss.cosme'").query(Long.class).single();
    }

    @AfterEach
    void removeTheNotifications() {
        jdbc.sql("delete from notification where recipient = ?").param(account()).update();
    }

    @Test
    void theBellCountsAndTheInboxMarksRead() {
        long me = account();
        notifications.notify(me, NotificationKinds.SYSTEM, "First", "the first", "/opportunities");
        notifications.notify(me, NotificationKinds.SYSTEM, "Second", "the second", null);
        notifications.notify(me, NotificationKinds.SYSTEM, "Third", "the third", null);

        browser.signIn("corliss.cosme");
        assertThat(browser.text(By.cssSelector("[data-testid=unread-count]"))).startsWith("3");
        browser.click(browser.find(By.cssSelector("[data-testid=bell]")));
        assertThat(browser.path()).isEqualTo("/notifications");
        assertThat(browser.all(By.cssSelector("[data-testid=notification][data-unread=true]"))).hasSize(3);

        browser.click(browser.find(By.cssSelector("[data-testid=notification] form button")));
        assertThat(browser.text(By.cssSelector("[data-testid=unread-count]"))).startsWith("2");
        assertThat(browser.all(By.cssSelector("[data-testid=notification][data-unread=true]"))).hasSize(2);
        assertThat(browser.all(By.cssSelector("[data-testid=notification]"))).hasSize(3);

        browser.click(browser.find(By.cssSelector("[data-testid=mark-all-read]")));
        assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).isEqualTo("2 notifications marked read.");
        assertThat(browser.all(By.cssSelector("[data-testid=unread-count]"))).isEmpty();
        assertThat(browser.all(By.cssSelector("[data-testid=notification][data-unread=true]"))).isEmpty();

        browser.open("/notifications?unread=true");
        assertThat(browser.text(By.cssSelector("[data-testid=notifications-empty]"))).contains("No unread notifications");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
