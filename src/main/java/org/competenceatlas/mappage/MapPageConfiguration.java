package org.competenceatlas.mappage;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets an adviser open the map at {@code /map/} instead of {@code /map/index.html}: static resource
 * handling finds files, not a folder's index page.
 */
@Configuration(proxyBeanMethods = false)
class MapPageConfiguration implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    // The page loads its modules by relative URL, so it must be served from the folder itself.
    registry.addRedirectViewController("/map", "/map/");
    registry.addViewController("/map/").setViewName("forward:/map/index.html");
  }
}
