package dev.frontline.system;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under a versioned URL ({@link Assets}) are kept by browsers for a year, unrevalidated: a WebJar's path
 * names its version, Frontline's own names its content's hash. The same files under their plain paths (Spring Boot's
 * handlers, {@code /webjars/**} and {@code /**}) keep no such header, so that an old link never pins an old file;
 * pages are never stored (Spring Security's {@code no-store}).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

    static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/{library}/{version:\\d.*}/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true);
        registry.addResourceHandler("/{folder:css|js|img}/{file:.+-[0-9a-f]+\\.[a-z0-9]+}")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
