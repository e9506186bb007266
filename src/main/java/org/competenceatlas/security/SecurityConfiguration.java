package org.competenceatlas.security;

import graphql.execution.instrumentation.Instrumentation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.competenceatlas.access.LearnerAccess;
import org.competenceatlas.common.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Sign-in over HTTP, and the GraphQL access check. HTTP only establishes who is calling; what they
 * may do is decided per field by {@link AccessInstrumentation}, so the GraphQL endpoint is open at
 * the HTTP level and anonymous callers reach the public fields.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
  // Enough for the JIT to compile the hashing code before the first real sign-in.
  private static final int SIGN_IN_WARM_UP_CHECKS = 3;

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http, SecurityProperties properties, SignInProperties signIn) throws Exception {
    http
        // No cookie or session carries credentials: each request signs in with its own header,
        // and the GraphQL endpoint takes JSON only, which a cross-site form cannot send.
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .cors(Customizer.withDefaults())
        // Actuator exposes health, info and prometheus only (application.yml); health shows its
        // details to administrators alone (management.endpoint.health.roles). The metrics are for
        // operators: their tags carry client-chosen operation names, which may name a person.
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/prometheus", "/actuator/prometheus/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .permitAll());
    if (properties.mode() == SecurityProperties.Mode.JWT) {
      http.oauth2ResourceServer(
          server ->
              server.jwt(
                  jwt ->
                      jwt.jwtAuthenticationConverter(
                          token -> tokenAuthentication(token, properties.jwt()))));
    } else {
      http.httpBasic(basic -> basic.authenticationEntryPoint(new SignInEntryPoint()))
          .authenticationManager(builtInUsers(properties.users(), signIn));
    }
    return http.build();
  }

  /**
   * Where Spring Security's CORS filter finds the rules. Left to itself, it asks Spring MVC to look
   * up the handler of every request to read the rules off it, a lookup the dispatcher then does
   * again: several percent of the processor time of a small GraphQL request (docs/benchmarks.md).
   * The GraphQL endpoint's rules ({@code spring.graphql.cors.*}) are built here the way Boot
   * registers them with MVC, permissive defaults combined with the properties; every other path
   * still asks MVC.
   */
  @Bean
  CorsConfigurationSource corsConfigurationSource(
      GraphQlProperties graphQl, GraphQlCorsProperties cors, HandlerMappingIntrospector mvc) {
    return graphQlCors(graphQl.getHttp().getPath(), cors.toCorsConfiguration(), mvc);
  }

  static CorsConfigurationSource graphQlCors(
      String path, CorsConfiguration configured, CorsConfigurationSource otherPaths) {
    var rules =
        configured == null
            ? null
            : new CorsConfiguration().applyPermitDefaultValues().combine(configured);
    return request ->
        request.getRequestURI().equals(request.getContextPath() + path)
            ? rules
            : otherPaths.getCorsConfiguration(request);
  }

  @Bean
  Instrumentation accessInstrumentation(
      LearnerAccess learners,
      SecurityProperties properties,
      PlatformTransactionManager transactions) {
    var readOnly = new TransactionTemplate(transactions);
    readOnly.setReadOnly(true);
    return new AccessInstrumentation(learners, properties.publicTaxonomy(), readOnly);
  }

  @Bean
  WebGraphQlInterceptor actorInterceptor() {
    return new ActorInterceptor();
  }

  /** Which user names a grant may name: the built-in users, or anyone an identity provider has. */
  @Bean
  UserDirectory userDirectory(SecurityProperties properties) {
    if (properties.mode() == SecurityProperties.Mode.JWT) {
      return name -> Optional.empty();
    }
    var names = properties.users().stream().map(SecurityProperties.User::name).toList();
    return new UserDirectory() {
      @Override
      public Optional<Boolean> exists(String name) {
        return Optional.of(names.contains(name));
      }

      @Override
      public List<String> knownNames() {
        return names;
      }
    };
  }

  /** Keeps Boot from creating its own user with a generated password. */
  @Bean
  UserDetailsService userDetailsService(SecurityProperties properties) {
    return users(properties.users());
  }

  private static AuthenticationManager builtInUsers(
      List<SecurityProperties.User> users, SignInProperties signIn) {
    var provider = new DaoAuthenticationProvider(users(users));
    provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    log.info("Built-in sign-in (HTTP Basic) with {} user(s).", users.size());
    var checked = new CachedPasswordAuthentication(provider, Clock.systemUTC(), signIn);
    checked.warmUp(SIGN_IN_WARM_UP_CHECKS);
    return new ProviderManager(checked);
  }

  private static InMemoryUserDetailsManager users(List<SecurityProperties.User> users) {
    var manager = new InMemoryUserDetailsManager();
    for (var user : users) {
      manager.createUser(
          User.withUsername(user.name())
              .password(user.password())
              .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
              .build());
    }
    return manager;
  }

  static JwtAuthenticationToken tokenAuthentication(Jwt token, SecurityProperties.Jwt claims) {
    var authorities = new ArrayList<GrantedAuthority>();
    for (var role : roleNames(claim(token.getClaims(), claims.rolesClaim()))) {
      authorities.add(
          new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(java.util.Locale.ROOT)));
    }
    String name = token.getClaimAsString(claims.nameClaim());
    return new JwtAuthenticationToken(token, authorities, name == null ? token.getSubject() : name);
  }

  private static Object claim(Map<String, Object> claims, String path) {
    Object value = claims;
    for (var step : path.split("\\.")) {
      if (!(value instanceof Map<?, ?> map)) {
        return null;
      }
      value = map.get(step);
    }
    return value;
  }

  private static List<String> roleNames(Object value) {
    if (value instanceof Collection<?> values) {
      return values.stream().map(String::valueOf).toList();
    }
    if (value instanceof String text && !text.isBlank()) {
      return List.of(text.trim().split("\\s+"));
    }
    return List.of();
  }
}
