package org.pubstats.console;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pubstats.ops.ServeOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may use the console: the one user {@code office}, by form login at {@code /login}; every other page needs
 * the login, every POST the CSRF token (Spring Security's default), and failed logins from one address are slowed
 * down ({@link LoginThrottle}). Only in the web application that {@code serve} starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    @Bean
    PasswordEncoder consolePasswordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService officeUser(ServeOptions options, PasswordEncoder encoder) {
        String hash = OfficeLogin.hash(options, encoder, System.getenv(OfficeLogin.ENV));
        return new InMemoryUserDetailsManager(User.withUsername(OfficeLogin.USER).password(hash).roles("OFFICE").build());
    }

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, LoginThrottle throttle) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                org.springframework.security.core.Authentication authentication)
                    throws ServletException, IOException {
                throttle.succeeded(request.getRemoteAddr());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException exception) throws IOException, ServletException {
                throttle.failed(request.getRemoteAddr());
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        return http
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers("/login", "/console.css", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .build();
    }
}
