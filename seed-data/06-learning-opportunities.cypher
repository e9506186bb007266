// =============================================================================
// Competence Atlas - demo seed world
// 06 Learning opportunities: courses, modules, programmes and workshops
//
// The offers that close gaps. Each teaches a set of learning outcomes and some
// lead to a whole qualification or to one unit of it. Providers are invented.
// For Sanne's route to the nursing diploma, the medication, clinical-skills and
// communication offers each lead to exactly one unit of that diploma.
// =============================================================================

UNWIND [
  // ---- care -----------------------------------------------------------------
  {id: 'pharmacology-for-care-workers', en: "Pharmacology for care workers", nl: "Farmacologie voor zorgmedewerkers", type: 'course', mode: 'blended', hours: 40, provider: "Regio College Zorg & Welzijn", descEn: "Groups of medicines and how they work, safe administration, double-checking and dose calculation. Online theory with four practice evenings. Leads to the medication safety unit of the nursing diploma."},
  {id: 'clinical-skills-lab', en: "Clinical skills lab", nl: "Skillslab verpleegtechnische handelingen", type: 'module', mode: 'classroom', hours: 80, provider: "Regio College Zorg & Welzijn", descEn: "Hands-on practice of nursing procedures in a simulated ward: vital signs, wound care, injections, care planning and reporting, with the anatomy behind them."},
  {id: 'communication-in-care', en: "Communication in care", nl: "Communicatie in de zorg", type: 'workshop', mode: 'classroom', hours: 16, provider: "Regio College Zorg & Welzijn", descEn: "Two-day workshop with role plays and a training actor: informing patients and relatives, responding to worries and complaints, and building a therapeutic relationship."},
  {id: 'nursing-programme-for-adults', en: "Work-based nursing programme for adults", nl: "Verkorte bbl-opleiding verpleegkunde voor volwassenen", type: 'programme', mode: 'workplace', hours: 1600, provider: "Regio College Zorg & Welzijn", descEn: "Work-based route to the level-4 nursing diploma for adults with relevant experience. Learners work in a care organisation and attend school one day a week. Exemptions are granted for validated units."},
  {id: 'personal-care-in-practice', en: "Personal care in practice", nl: "Persoonlijke verzorging in de praktijk", type: 'module', mode: 'workplace', hours: 120, provider: "Regio College Zorg & Welzijn", descEn: "Guided practice in a care home: helping clients with washing, dressing, eating and moving, using lifting aids safely."},

  // ---- safety ---------------------------------------------------------------
  {id: 'first-aid-course', en: "First aid course", nl: "Cursus eerste hulp", type: 'course', mode: 'classroom', hours: 16, provider: "Stichting Eerste Hulp Opleidingen", descEn: "Four evenings of first aid: assessing a casualty, bleeding, burns, fractures, resuscitation with an AED and acting in emergencies. Ends with the exam for the first aid certificate."},
  {id: 'forklift-course', en: "Forklift truck course", nl: "Cursus heftruckchauffeur", type: 'course', mode: 'blended', hours: 24, provider: "Veilig Werken Trainingen", descEn: "E-learning on safety rules followed by two practice days on the forklift: daily check, driving, stacking and loading. Ends with the exam for the forklift certificate."},

  // ---- office, logistics and digital ----------------------------------------
  {id: 'excel-for-work', en: "Excel for work", nl: "Excel voor op het werk", type: 'course', mode: 'online', hours: 20, provider: "Open Leerhuis Digitaal", descEn: "Self-paced online course: formulas, tables, filtering, pivot tables and charts for everyday analysis at work."},
  {id: 'digital-basics-online', en: "Digital basics online", nl: "Digitale basisvaardigheden online", type: 'course', mode: 'online', hours: 12, provider: "Open Leerhuis Digitaal", descEn: "Short online course on using devices and apps at work, searching reliably, e-mail and chat etiquette and staying safe online. Leads to the digital basics micro-credential."},
  {id: 'logistics-planning-module', en: "Logistics planning", nl: "Logistieke planning", type: 'module', mode: 'blended', hours: 80, provider: "Logistiek Leerbedrijf Midden", descEn: "Module for warehouse and transport staff who want to become planners: route planning, shipment coordination, forecasting, supply chain principles, transport regulations and warehouse management systems."},
  {id: 'it-support-fundamentals', en: "IT support fundamentals", nl: "Basis ICT-support", type: 'course', mode: 'online', hours: 80, provider: "CodeStart Academie", descEn: "Online course for future helpdesk staff: operating systems, networks, security basics, troubleshooting method, ticket handling and serving users."},
  {id: 'intro-to-programming', en: "Introduction to programming", nl: "Introductie programmeren", type: 'course', mode: 'online', hours: 60, provider: "CodeStart Academie", descEn: "Learn to program in Python from scratch: programming concepts, writing and testing small programs and using Git."},

  // ---- events and education -------------------------------------------------
  {id: 'event-management-course', en: "Event management", nl: "Evenementenmanagement", type: 'course', mode: 'blended', hours: 40, provider: "Vakcollege Gastvrijheid", descEn: "From idea to evaluation: planning an event, budgeting, working with suppliers, promotion and drawing up a safety plan."},
  {id: 'pedagogy-for-teaching-assistants', en: "Pedagogy for teaching assistants", nl: "Pedagogiek voor onderwijsassistenten", type: 'module', mode: 'blended', hours: 60, provider: "Stadscollege Pedagogiek", descEn: "How children develop and learn, basic didactics, helping pupils with their work and preparing materials. Leads to the unit on supporting pupils in their learning."}
] AS row
MERGE (lo:LearningOpportunity {id: 'http://data.competence-atlas.org/opportunity/' + row.id})
SET lo.prefLabel_en = row.en,
    lo.prefLabel_nl = row.nl,
    lo.description_en = row.descEn,
    lo.provider = row.provider,
    lo.opportunityType = row.type,
    lo.mode = row.mode,
    lo.durationHours = row.hours,
    lo.source = 'seed';

// -----------------------------------------------------------------------------
// What each opportunity teaches: (:LearningOpportunity)-[:TEACHES]->(:LearningOutcome)
// -----------------------------------------------------------------------------
UNWIND [
  ['pharmacology-for-care-workers', ['pharmacology-basics', 'administer-medication', 'double-check-medication', 'calculate-medication-doses']],
  ['clinical-skills-lab', ['measure-vital-signs', 'perform-nursing-procedures', 'perform-wound-care', 'administer-injections', 'draw-up-care-plan', 'record-patient-care', 'anatomy-physiology']],
  ['communication-in-care', ['inform-patients-relatives', 'respond-patient-concerns', 'build-therapeutic-relationship', 'listen-actively']],
  ['nursing-programme-for-adults', ['draw-up-care-plan', 'record-patient-care', 'work-in-multidisciplinary-team', 'care-legislation', 'infection-prevention', 'reflect-on-own-practice', 'maintain-confidentiality', 'use-electronic-client-record']],
  ['personal-care-in-practice', ['assist-daily-living', 'assist-personal-hygiene', 'assist-eating-drinking', 'support-mobility', 'lift-loads-safely']],
  ['first-aid-course', ['provide-first-aid', 'perform-cpr', 'respond-to-emergencies']],
  ['forklift-course', ['operate-forklift', 'check-vehicles-equipment', 'follow-safety-procedures', 'load-unload-vehicles', 'occupational-safety-regulations']],
  ['excel-for-work', ['use-spreadsheets', 'analyse-data', 'visualise-data']],
  ['digital-basics-online', ['use-digital-devices', 'search-information-online', 'communicate-digitally', 'protect-data-online']],
  ['logistics-planning-module', ['plan-transport-routes', 'coordinate-shipments', 'forecast-stock-needs', 'supply-chain-principles', 'road-transport-regulations', 'warehouse-management-systems']],
  ['it-support-fundamentals', ['operating-systems', 'computer-networks', 'information-security', 'troubleshoot-computer-problems', 'register-support-tickets', 'support-ict-users', 'customer-service-principles']],
  ['intro-to-programming', ['programming-concepts', 'develop-software', 'program-in-python', 'test-software', 'use-version-control']],
  ['event-management-course', ['plan-events', 'manage-event-budget', 'coordinate-event-suppliers', 'promote-events', 'draw-up-event-safety-plan']],
  ['pedagogy-for-teaching-assistants', ['child-development', 'pedagogy-didactics', 'support-pupils-learning', 'prepare-lesson-materials']]
] AS r
MATCH (opp:LearningOpportunity {id: 'http://data.competence-atlas.org/opportunity/' + r[0]})
UNWIND r[1] AS slug
MATCH (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + slug})
MERGE (opp)-[:TEACHES]->(lo);

// -----------------------------------------------------------------------------
// Where an opportunity leads: a whole qualification or one unit.
// -----------------------------------------------------------------------------
UNWIND [
  ['nursing-programme-for-adults', 'nursing-diploma-level-4'],
  ['first-aid-course', 'first-aid-certificate'],
  ['forklift-course', 'forklift-certificate'],
  ['digital-basics-online', 'digital-basics-micro-credential']
] AS r
MATCH (opp:LearningOpportunity {id: 'http://data.competence-atlas.org/opportunity/' + r[0]})
MATCH (q:Qualification {id: 'http://data.competence-atlas.org/qualification/' + r[1]})
MERGE (opp)-[:LEADS_TO]->(q);

UNWIND [
  ['pharmacology-for-care-workers', 'nursing-medication-safety'],
  ['clinical-skills-lab', 'nursing-clinical-procedures'],
  ['communication-in-care', 'nursing-communication'],
  ['personal-care-in-practice', 'care-assistant-personal-care'],
  ['pedagogy-for-teaching-assistants', 'teaching-assistant-supporting-learning']
] AS r
MATCH (opp:LearningOpportunity {id: 'http://data.competence-atlas.org/opportunity/' + r[0]})
MATCH (u:QualificationUnit {id: 'http://data.competence-atlas.org/unit/' + r[1]})
MERGE (opp)-[:LEADS_TO]->(u);
