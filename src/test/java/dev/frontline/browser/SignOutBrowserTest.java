package dev.frontline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

@IntegrationTest
class SignOutBrowserTest extends BrowserTestSupport {

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("moses.frase");
        assertThat(browser.text(By.cssSelector("[data-testid=signed-in-as]"))).contains("Moses Frase");

        browser.signOut();

        assertThat(browser.path()).isEqualTo("/login?logout");
        assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("You are signed out.");
        browser.open("/opportunities");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void wrongPasswordKeepsYouOnTheLoginPage() {
        browser.open("/login");
        browser.find(By.id("username")).sendKeys("moses.frase");
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.cssSelector("main form button[type=submit]")).click();

        assertThat(browser.text(By.cssSelector("main [role=alert]"))).contains("Wrong username or password");
        assertThat(browser.path()).startsWith("/login");
    }
}
