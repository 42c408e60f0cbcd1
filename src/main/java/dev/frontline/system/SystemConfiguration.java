package dev.frontline.system;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    DemoMode demoMode(@Value("${frontline.demo:}") String demo, @Value("${spring.datasource.url:}") String url) {
        return new DemoMode(demo.isBlank() ? url.isBlank() : Boolean.parseBoolean(demo.trim()));
    }
}
