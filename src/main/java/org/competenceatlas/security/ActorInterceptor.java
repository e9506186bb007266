package org.competenceatlas.security;

import java.util.EnumSet;
import java.util.Map;
import org.competenceatlas.common.Actor;
import org.competenceatlas.common.Role;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * Puts the request's {@link Actor} into the GraphQL context, where the access check and the
 * controllers read it, so nothing below the HTTP layer depends on Spring Security's thread-local.
 */
class ActorInterceptor implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    var actor = actorOf(SecurityContextHolder.getContext().getAuthentication());
    request.configureExecutionInput(
        (input, builder) -> builder.graphQLContext(Map.of(Actor.CONTEXT_KEY, actor)).build());
    return chain.next(request);
  }

  static Actor actorOf(Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Actor.ANONYMOUS;
    }
    var roles = EnumSet.noneOf(Role.class);
    for (var authority : authentication.getAuthorities()) {
      var name = authority.getAuthority();
      for (var role : Role.values()) {
        if (name.equals("ROLE_" + role.name())) {
          roles.add(role);
        }
      }
    }
    return new Actor(authentication.getName(), roles);
  }
}
