package org.competenceatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Competence Atlas: the GraphQL API over the competence graph. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CompetenceAtlasApplication {

  public static void main(String[] args) {
    SpringApplication.run(CompetenceAtlasApplication.class, args);
  }
}
