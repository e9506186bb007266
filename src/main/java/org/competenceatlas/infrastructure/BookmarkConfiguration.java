package org.competenceatlas.infrastructure;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * One bookmark manager for the transaction manager and the Neo4j client, seeded per request with
 * the bookmarks the caller sent ({@link RequestBookmarks}).
 */
@Configuration(proxyBeanMethods = false)
class BookmarkConfiguration {

  @Bean
  Neo4jBookmarkManager neo4jBookmarkManager() {
    return Neo4jBookmarkManager.create(RequestBookmarks::current);
  }

  @Bean
  FilterRegistrationBean<RequestBookmarks.Filter> requestBookmarksFilter() {
    var registration = new FilterRegistrationBean<>(new RequestBookmarks.Filter());
    registration.addUrlPatterns("/graphql");
    return registration;
  }

  @Bean
  RequestBookmarks.ResponseHeader bookmarkResponseHeader(Neo4jBookmarkManager bookmarks) {
    return new RequestBookmarks.ResponseHeader(bookmarks);
  }
}
