package org.competenceatlas.security;

import java.util.List;
import java.util.Set;
import org.competenceatlas.common.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers sign in and what is public. docs/security.md describes each setting.
 *
 * @param mode {@code built-in}: users with hashed passwords from {@code users}, signed in with HTTP
 *     Basic; {@code jwt}: OAuth2 / OpenID Connect bearer tokens checked against the issuer
 *     configured under {@code spring.security.oauth2.resourceserver.jwt}
 * @param publicTaxonomy whether taxonomy, transfer and route queries that name no learner are open
 *     to callers who are not signed in
 * @param users the built-in users (built-in mode)
 * @param jwt where a token keeps the user's name and roles (jwt mode)
 */
@ConfigurationProperties("atlas.security")
public record SecurityProperties(
    @DefaultValue("built-in") Mode mode,
    @DefaultValue("true") boolean publicTaxonomy,
    @DefaultValue List<User> users,
    @DefaultValue Jwt jwt) {

  public enum Mode {
    BUILT_IN,
    JWT
  }

  /**
   * A built-in user.
   *
   * @param password the password hash with its algorithm, such as {@code {bcrypt}$2a$10$...}
   */
  public record User(String name, String password, Set<Role> roles) {}

  /**
   * @param nameClaim the claim holding the user name that grants and portfolios refer to
   * @param rolesClaim the claim holding the roles, a list or a space-separated string; a dotted
   *     path reaches into objects (Keycloak's {@code realm_access.roles})
   */
  public record Jwt(
      @DefaultValue("sub") String nameClaim, @DefaultValue("roles") String rolesClaim) {}
}
