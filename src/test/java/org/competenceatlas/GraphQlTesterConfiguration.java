package org.competenceatlas;

import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The HTTP GraphQL tester Boot would build, with a response timeout that survives a busy 2-core
 * machine rebuilding the transfer index (the default is 5 s).
 */
@TestConfiguration(proxyBeanMethods = false)
class GraphQlTesterConfiguration {

  @Bean
  HttpGraphQlTester httpGraphQlTester(ApplicationContext context, WebTestClient client) {
    var server = LocalTestWebServer.get(context).withPath("/graphql");
    var web =
        client
            .mutate()
            .uriBuilderFactory(server.uriBuilderFactory())
            .responseTimeout(Duration.ofSeconds(60));
    return HttpGraphQlTester.builder(web).responseTimeout(Duration.ofSeconds(60)).build();
  }
}
