package dev.frontline.identity;

import dev.frontline.IntegrationTest;
import dev.frontline.browser.BrowserTestSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sign-in, single sign-on through the stand-in provider, the admin's logins page with its search and failed
 * sign-ins, and one's API tokens, in Chromium on a laptop and a phone; screenshots in
 * {@code target/screenshots/identity-*}.
 */
@IntegrationTest
class IdentityBrowserTest extends BrowserTestSupport {

    private final SoftAssertions softly = new SoftAssertions();

    @Test
    void aRepSignsInByTheProviderTheAdminSearchesLoginsAndAUserMakesAToken() {
        browser.open("/login");
        browser.find(By.cssSelector("[data-testid=sso]"));
        look("identity-01-sign-in");
        onPhone("identity-01-sign-in-phone");

        StandInIssuer.shared().signInAs("moses.frase@" + StandInIssuer.USERNAME_DOMAIN, true);
        browser.click(browser.find(By.cssSelector("[data-testid=sso]")));
        browser.waitUntil(d -> !browser.path().startsWith("/login") && !browser.path().startsWith("/oauth2"));
        softly.assertThat(browser.text(By.cssSelector("[data-testid=signed-in-as]"))).contains("Moses Frase");
        browser.signOut();

        browser.signIn("admin");
        browser.open("/admin/logins");
        browser.find(By.id("q")).sendKeys("dustin brinkmann");
        browser.waitUntil(d -> browser.text(By.cssSelector("[data-testid=login-count]")).contains(" of "));
        softly.assertThat(browser.all(By.cssSelector("[data-testid=logins-table] tbody tr"))).hasSizeGreaterThan(1)
                .allSatisfy(row -> softly.assertThat(row.getText()).contains("Dustin Brinkmann"));
        softly.assertThat(browser.path()).contains("q=dustin");
        look("identity-02-logins-search");
        onPhone("identity-02-logins-search-phone");

        browser.open("/account/tokens");
        browser.find(By.id("name")).sendKeys("weekly export");
        browser.click(browser.find(By.cssSelector("form[action='/account/tokens'] button[type=submit]")));
        String secret = browser.find(By.cssSelector("[data-testid=new-token]")).getAttribute("value");
        softly.assertThat(secret).startsWith("fl_");
        look("identity-03-token-made");
        onPhone("identity-03-token-made-phone");
        browser.click(browser.find(By.cssSelector("[data-testid=tokens-table] form button")));
        softly.assertThat(browser.text(By.cssSelector("[data-testid=notice]"))).contains("Token revoked");
        softly.assertAll();
    }

    private void look(String name) {
        browser.screenshot(name);
        softly.assertThat(browser.consoleErrors()).as("console errors on %s", name).isEmpty();
    }

    private void onPhone(String name) {
        browser.phone();
        browser.driver().navigate().refresh();
        look(name);
        softly.assertThat(browser.horizontalOverflow()).as("pixels sticking out sideways on %s", name).isZero();
        browser.laptop();
    }
}
