package dev.frontline.identity;

import dev.frontline.system.BaseUrl;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * Marks the session cookie Secure when Frontline is reached over https (its base URL), so that it is never sent
 * over plain http. The cookie is Spring Session's (the sessions live in the database); its name (JSESSIONID),
 * SameSite=Lax and HttpOnly come from {@code server.servlet.session.cookie.*}.
 */
@Component
class SessionCookies implements DefaultCookieSerializerCustomizer {

    private final BaseUrl baseUrl;

    SessionCookies(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public void customize(DefaultCookieSerializer cookies) {
        if (baseUrl.configured() && baseUrl.secure()) {
            cookies.setUseSecureCookie(true);
        }
    }
}
