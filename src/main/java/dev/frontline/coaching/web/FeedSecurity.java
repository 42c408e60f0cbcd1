package dev.frontline.coaching.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Calendar feeds are read by calendar apps that cannot sign in: a chain of their own, ahead of the API's and the
 * pages', that lets {@code GET /calendar/**} through without a session. The feed answers only to its token.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain calendarFeedChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/calendar/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .build();
    }
}
