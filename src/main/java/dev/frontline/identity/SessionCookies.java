package dev.frontline.identity;

import dev.frontline.system.BaseUrl;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Marks the session cookie Secure when Frontline is reached over https (its base URL), so that it is never sent
 * over plain http. SameSite=Lax and HttpOnly come from {@code server.servlet.session.cookie.*}.
 */
@Component
class SessionCookies implements ServletContextInitializer {

    private final BaseUrl baseUrl;

    SessionCookies(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public void onStartup(jakarta.servlet.ServletContext context) {
        if (baseUrl.configured() && baseUrl.secure()) {
            context.getSessionCookieConfig().setSecure(true);
        }
    }
}
