package io.atende.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may call what: {@code /api/v1} and metrics need the Bearer token, {@code /console} a login
 * (CSRF-protected forms), the web chat and health are public, the WhatsApp webhook signs its deliveries;
 * every body has a size limit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    /**
     * No observation around each of the chain's dozen filters on every request (HTTP requests are still timed
     * as {@code http.server.requests}): at hundreds of messages a second it was a measurable share of the CPU.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    Credentials credentials(JdbcClient jdbc, PasswordEncoder encoder, SecurityProperties properties, Clock clock) {
        return new Credentials(jdbc, encoder, properties, clock);
    }

    @Bean
    UserDetailsService consoleUsers(Credentials credentials) {
        return new InMemoryUserDetailsManager(User.withUsername("admin")
                .password(credentials.adminPasswordHash()).roles("ADMIN").build());
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(SecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(properties.maxBodyBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ChatRateLimitFilter> chatRateLimit(SecurityProperties properties) {
        var registration = new FilterRegistrationBean<>(new ChatRateLimitFilter(properties.chatMessagesPerMinute()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/chat/*");
        return registration;
    }

    /**
     * Meta's webhook: no token or session, each delivery is authenticated by its own signature (checked by the
     * channel on the raw body), so no CSRF token either.
     */
    @Bean
    @Order(0)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/whatsapp")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Credentials credentials) throws Exception {
        http.securityMatcher("/api/**", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(credentials), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("API"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> {
                            res.setHeader("WWW-Authenticate", "Bearer");
                            JsonErrors.write(res, 401, "unauthorized", "send Authorization: Bearer <ATENDE_API_TOKEN>");
                        })
                        .accessDeniedHandler((req, res, ex) ->
                                JsonErrors.write(res, 403, "forbidden", "this token may not do that")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/console/login", "/console/assets/**").permitAll()
                        .requestMatchers("/console/**").hasRole("ADMIN")
                        .requestMatchers("/", "/chat", "/chat/**", "/error", "/actuator/health/**", "/favicon.ico")
                        .permitAll()
                        // the demo store API stands in for a store's own systems; it answers 404 unless enabled
                        .requestMatchers("/demo-api/**").permitAll()
                        .anyRequest().denyAll())
                // the web chat is public and posts JSON with its own session id, not a cookie session
                .csrf(csrf -> csrf.ignoringRequestMatchers("/chat/**", "/demo-api/**"))
                .formLogin(form -> form.loginPage("/console/login").defaultSuccessUrl("/console", true).permitAll())
                // the login page only for the console; any other unknown path is simply not found
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login"),
                                PathPatternRequestMatcher.withDefaults().matcher("/console/**"))
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND),
                                AnyRequestMatcher.INSTANCE))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'")));
        return http.build();
    }
}
