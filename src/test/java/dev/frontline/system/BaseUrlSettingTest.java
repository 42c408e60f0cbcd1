package dev.frontline.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** FRONTLINE_BASE_URL as it is configured: an http(s) URL, trailing slashes dropped; anything else stops the start. */
class BaseUrlSettingTest {

    private static BaseUrl of(String configured) {
        return new BaseUrl(configured, new MockEnvironment().withProperty("local.server.port", "9999"), new DemoMode(true));
    }

    @Test
    void aConfiguredBaseUrlMakesEveryLink() {
        BaseUrl url = of(" https://frontline.example.com/app/ ");

        assertThat(url.configured()).isTrue();
        assertThat(url.secure()).isTrue();
        assertThat(url.link("/calendar/t.ics")).isEqualTo("https://frontline.example.com/app/calendar/t.ics");
    }

    @Test
    void unsetItIsTheLocalServer() {
        assertThat(of("").base()).isEqualTo("http://localhost:9999");
        assertThat(of("").secure()).isFalse();
    }

    @Test
    void aBaseUrlThatIsNoHttpUrlStopsTheStart() {
        assertThatThrownBy(() -> of("frontline.example.com")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FRONTLINE_BASE_URL");
        assertThatThrownBy(() -> of("ftp://frontline.example.com")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> of("https://frontline.example.com/?x=1")).isInstanceOf(IllegalStateException.class);
    }
}
