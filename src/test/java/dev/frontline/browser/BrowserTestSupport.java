package dev.frontline.browser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: each test starts signed out, on a laptop-size screen, with {@link #browser} pointed at
 * the application on its random port. Subclasses are {@code @IntegrationTest}s like every other.
 */
@ExtendWith(Chromium.class)
public abstract class BrowserTestSupport {

    @LocalServerPort
    private int port;

    protected Browser browser;

    @BeforeEach
    void startSignedOut(WebDriver driver) {
        browser = new Browser(driver, port);
        browser.startOver();
    }
}
