package org.competenceatlas;

/** Ids of the seed world's concepts that tests talk about. */
public final class SeedWorldIds {

  private static final String BASE = "http://data.competence-atlas.org/";

  public static final String HOTEL_RECEPTIONIST = BASE + "occupation/hotel-receptionist";
  public static final String NURSE = BASE + "occupation/nurse";
  public static final String HEALTH_CARE_ASSISTANT = BASE + "occupation/health-care-assistant";
  public static final String HOTEL_CONCIERGE = BASE + "occupation/hotel-concierge";
  public static final String WELDER = BASE + "occupation/welder";
  public static final String NURSING_DIPLOMA = BASE + "qualification/nursing-diploma-level-4";
  public static final String BASIC_CARE_UNIT = BASE + "unit/nursing-basic-care-hygiene";
  public static final String SANNE = "learner-sanne";
  public static final String INFORM_GUESTS = BASE + "outcome/inform-guests-hotel-services";
  public static final String INFORM_PATIENTS = BASE + "outcome/inform-patients-relatives";
  public static final String WORK_IN_TEAM = BASE + "outcome/work-in-team";
  public static final String INFORMING_CLIENTS_GROUP = BASE + "group/informing-clients";

  private SeedWorldIds() {}

  public static String outcome(String slug) {
    return BASE + "outcome/" + slug;
  }
}
