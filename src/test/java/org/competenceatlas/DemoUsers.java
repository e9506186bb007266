package org.competenceatlas;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The seed world's demo users (demo-users.yml), signed in with HTTP Basic. */
public final class DemoUsers {

  public static final String PASSWORD = "atlas-demo";

  /** Learner Sanne, owner of {@link SeedWorldIds#SANNE}. */
  public static final String SANNE = "sanne";

  /** Learner Daan, owner of learner-daan. */
  public static final String DAAN = "daan";

  /** Adviser with an active grant from Sanne and an expired one from Jesse. */
  public static final String ELLA = "ella";

  /** Assessor with an active grant from Sanne. */
  public static final String MARIEKE = "marieke";

  /** Assessor with an active grant from Daan only. */
  public static final String YUSUF = "yusuf";

  public static final String RUI_RESEARCHER = "rui";

  public static final String ADMIN = "admin";

  private DemoUsers() {}

  public static HttpGraphQlTester as(HttpGraphQlTester graphQl, String user) {
    return graphQl.mutate().headers(headers -> headers.setBasicAuth(user, PASSWORD)).build();
  }
}
