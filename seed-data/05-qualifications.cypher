// =============================================================================
// Competence Atlas - demo seed world
// 05 Qualifications: education standards, their units and what they prepare for
//
// Seven qualifications: three vocational diplomas with several units, a
// teaching-assistant diploma, two certificates and one micro-credential.
// Schools and awarding bodies are invented. eqfLevel / nlqfLevel follow the
// usual Dutch placement (vocational level 3 and 4 diplomas at EQF/NLQF 3 and 4).
// The certificates and the micro-credential carry a nominal level 2.
//
// The nursing diploma is the target of Sanne (see 07): her volunteer work in
// elderly care covers the whole unit 'basic care and hygiene' and part of
// 'communication with patients and relatives'.
// =============================================================================

UNWIND [
  {id: 'nursing-diploma-level-4', en: "Nurse (vocational diploma, level 4)", nl: "Verpleegkundige (mbo-diploma niveau 4)", eqf: 4, nlqf: 4, type: 'diploma', body: "Regio College Zorg & Welzijn", descEn: "Vocational nursing diploma at level 4. Holders plan, provide and evaluate nursing care for patients in hospitals, nursing homes and home care, including clinical procedures and medication. The diploma gives access to registration as a nurse.", descNl: "Mbo-diploma verpleegkunde op niveau 4. Gediplomeerden plannen, verlenen en evalueren verpleegkundige zorg voor patiënten in ziekenhuizen, verpleeghuizen en de wijk, inclusief verpleegtechnische handelingen en medicatie. Het diploma geeft toegang tot registratie als verpleegkundige."},
  {id: 'front-office-diploma-level-3', en: "Front-office employee hospitality (vocational diploma, level 3)", nl: "Medewerker front office horeca (mbo-diploma niveau 3)", eqf: 3, nlqf: 3, type: 'diploma', body: "Vakcollege Gastvrijheid", descEn: "Vocational diploma for the front office of hotels and other accommodation: receiving and informing guests, reservations, check-in and check-out, payments and guest care.", descNl: "Mbo-diploma voor de front office van hotels en andere accommodaties: gasten ontvangen en informeren, reserveringen, in- en uitchecken, betalingen en gastenzorg."},
  {id: 'care-assistant-diploma-level-3', en: "Health care assistant (vocational diploma, level 3)", nl: "Zorgassistent (mbo-diploma niveau 3)", eqf: 3, nlqf: 3, type: 'diploma', body: "Regio College Zorg & Welzijn", descEn: "Vocational diploma for care assistants in nursing homes, hospitals and home care: personal care, observing and reporting, hygiene and safety, and contact with clients and relatives.", descNl: "Mbo-diploma voor zorgassistenten in verpleeghuizen, ziekenhuizen en de thuiszorg: persoonlijke verzorging, observeren en rapporteren, hygiëne en veiligheid, en contact met cliënten en naasten."},
  {id: 'teaching-assistant-diploma-level-4', en: "Teaching assistant (vocational diploma, level 4)", nl: "Onderwijsassistent (mbo-diploma niveau 4)", eqf: 4, nlqf: 4, type: 'diploma', body: "Stadscollege Pedagogiek", descEn: "Vocational diploma for teaching assistants in primary and secondary education: supporting pupils in their learning, keeping a safe group climate and working together with teachers and parents.", descNl: "Mbo-diploma voor onderwijsassistenten in het primair en voortgezet onderwijs: leerlingen ondersteunen bij het leren, zorgen voor een veilig groepsklimaat en samenwerken met leraren en ouders."},
  {id: 'first-aid-certificate', en: "First aid certificate", nl: "Certificaat eerste hulp", eqf: 2, nlqf: 2, type: 'certificate', body: "Stichting Eerste Hulp Opleidingen", descEn: "Certificate showing that the holder can give first aid, including resuscitation with an AED, and act in emergencies. Valid for two years, renewed by a refresher course.", descNl: "Certificaat waaruit blijkt dat de houder eerste hulp kan verlenen, inclusief reanimatie met een AED, en kan handelen bij noodsituaties. Twee jaar geldig, verlengd met een herhalingscursus."},
  {id: 'forklift-certificate', en: "Forklift truck driver certificate", nl: "Certificaat heftruckchauffeur", eqf: 2, nlqf: 2, type: 'certificate', body: "Veilig Werken Examens", descEn: "Certificate showing that the holder can operate a forklift truck safely, carry out the daily check and load and unload vehicles according to the safety rules.", descNl: "Certificaat waaruit blijkt dat de houder veilig met een heftruck kan werken, de dagelijkse controle kan uitvoeren en volgens de veiligheidsregels voertuigen kan laden en lossen."},
  {id: 'digital-basics-micro-credential', en: "Digital basics for work (micro-credential)", nl: "Digitale basisvaardigheden voor werk (microcredential)", eqf: 2, nlqf: 2, type: 'micro-credential', body: "Open Leerhuis Digitaal", descEn: "Small, stackable credential showing that the holder can use digital devices and applications at work, find information online, communicate by e-mail and chat and protect personal data.", descNl: "Kleine, stapelbare erkenning waaruit blijkt dat de houder digitale apparaten en toepassingen op het werk kan gebruiken, online informatie kan vinden, via e-mail en chat kan communiceren en persoonsgegevens kan beschermen."}
] AS row
MERGE (q:Qualification {id: 'http://data.competence-atlas.org/qualification/' + row.id})
SET q.prefLabel_en = row.en,
    q.prefLabel_nl = row.nl,
    q.description_en = row.descEn,
    q.description_nl = row.descNl,
    q.eqfLevel = row.eqf,
    q.nlqfLevel = row.nlqf,
    q.qualificationType = row.type,
    q.awardingBody = row.body,
    q.source = 'seed';

// -----------------------------------------------------------------------------
// Units: (:Qualification)-[:HAS_UNIT]->(:QualificationUnit)
// Each line: the qualification, the unit id, code and labels.
// -----------------------------------------------------------------------------
UNWIND [
  {q: 'nursing-diploma-level-4', id: 'nursing-basic-care-hygiene', code: 'VP-1', en: "basic care and hygiene", nl: "basiszorg en hygiëne"},
  {q: 'nursing-diploma-level-4', id: 'nursing-communication', code: 'VP-2', en: "communication with patients and relatives", nl: "communicatie met patiënten en naasten"},
  {q: 'nursing-diploma-level-4', id: 'nursing-clinical-procedures', code: 'VP-3', en: "clinical nursing procedures", nl: "verpleegtechnische handelingen"},
  {q: 'nursing-diploma-level-4', id: 'nursing-medication-safety', code: 'VP-4', en: "medication safety", nl: "medicatieveiligheid"},
  {q: 'nursing-diploma-level-4', id: 'nursing-professional-practice', code: 'VP-5', en: "professional practice and ethics", nl: "professioneel handelen en beroepsethiek"},

  {q: 'front-office-diploma-level-3', id: 'front-office-guest-reception', code: 'FO-1', en: "receiving and informing guests", nl: "gasten ontvangen en informeren"},
  {q: 'front-office-diploma-level-3', id: 'front-office-reservations', code: 'FO-2', en: "reservations and front-office administration", nl: "reserveringen en front-officeadministratie"},
  {q: 'front-office-diploma-level-3', id: 'front-office-guest-care', code: 'FO-3', en: "guest care and complaints", nl: "gastenzorg en klachtbehandeling"},

  {q: 'care-assistant-diploma-level-3', id: 'care-assistant-personal-care', code: 'ZA-1', en: "personal care and daily living", nl: "persoonlijke verzorging en dagelijks leven"},
  {q: 'care-assistant-diploma-level-3', id: 'care-assistant-observing-reporting', code: 'ZA-2', en: "observing and reporting", nl: "observeren en rapporteren"},
  {q: 'care-assistant-diploma-level-3', id: 'care-assistant-hygiene-safety', code: 'ZA-3', en: "hygiene and safety in care", nl: "hygiëne en veiligheid in de zorg"},
  {q: 'care-assistant-diploma-level-3', id: 'care-assistant-client-contact', code: 'ZA-4', en: "contact with clients and relatives", nl: "contact met cliënten en naasten"},

  {q: 'teaching-assistant-diploma-level-4', id: 'teaching-assistant-supporting-learning', code: 'OA-1', en: "supporting pupils in their learning", nl: "leerlingen ondersteunen bij het leren"},
  {q: 'teaching-assistant-diploma-level-4', id: 'teaching-assistant-group-climate', code: 'OA-2', en: "a safe group climate", nl: "een veilig groepsklimaat"},
  {q: 'teaching-assistant-diploma-level-4', id: 'teaching-assistant-cooperation', code: 'OA-3', en: "working with colleagues and parents", nl: "samenwerken met collega's en ouders"},

  {q: 'first-aid-certificate', id: 'first-aid-unit', code: 'EH-1', en: "first aid to casualties", nl: "eerste hulp aan slachtoffers"},
  {q: 'forklift-certificate', id: 'forklift-unit', code: 'HT-1', en: "safe forklift operation", nl: "veilig heftruckrijden"},
  {q: 'digital-basics-micro-credential', id: 'digital-basics-unit', code: 'DB-1', en: "working safely with digital tools", nl: "veilig werken met digitale middelen"}
] AS row
MERGE (u:QualificationUnit {id: 'http://data.competence-atlas.org/unit/' + row.id})
SET u.code = row.code,
    u.prefLabel_en = row.en,
    u.prefLabel_nl = row.nl,
    u.source = 'seed'
WITH u, row
MATCH (q:Qualification {id: 'http://data.competence-atlas.org/qualification/' + row.q})
MERGE (q)-[:HAS_UNIT]->(u);

// -----------------------------------------------------------------------------
// What each unit requires:
// (:QualificationUnit)-[:REQUIRES {importance: 'essential'}]->(:LearningOutcome)
// -----------------------------------------------------------------------------
UNWIND [
  // nursing diploma
  ['nursing-basic-care-hygiene', ['assist-eating-drinking', 'support-mobility', 'apply-hand-hygiene', 'observe-client-condition', 'respect-client-dignity']],
  ['nursing-communication', ['inform-patients-relatives', 'respond-patient-concerns', 'build-therapeutic-relationship', 'listen-actively', 'work-in-multidisciplinary-team']],
  ['nursing-clinical-procedures', ['measure-vital-signs', 'perform-nursing-procedures', 'perform-wound-care', 'draw-up-care-plan', 'record-patient-care', 'anatomy-physiology']],
  ['nursing-medication-safety', ['administer-medication', 'double-check-medication', 'calculate-medication-doses', 'pharmacology-basics']],
  ['nursing-professional-practice', ['maintain-confidentiality', 'care-legislation', 'reflect-on-own-practice', 'infection-prevention']],

  // front-office diploma
  ['front-office-guest-reception', ['welcome-guests', 'inform-guests-hotel-services', 'build-rapport-guests', 'speak-english']],
  ['front-office-reservations', ['process-reservations', 'check-in-guests', 'use-hotel-pms', 'handle-payments', 'front-office-procedures']],
  ['front-office-guest-care', ['handle-guest-complaints', 'de-escalate-conflicts', 'show-service-attitude', 'maintain-confidentiality']],

  // health care assistant diploma
  ['care-assistant-personal-care', ['assist-daily-living', 'assist-personal-hygiene', 'assist-eating-drinking', 'support-mobility', 'respect-client-dignity']],
  ['care-assistant-observing-reporting', ['observe-client-condition', 'record-patient-care', 'measure-vital-signs', 'use-electronic-client-record']],
  ['care-assistant-hygiene-safety', ['apply-hand-hygiene', 'infection-prevention', 'lift-loads-safely', 'respond-to-emergencies']],
  ['care-assistant-client-contact', ['respond-patient-concerns', 'listen-actively', 'show-empathy', 'work-in-team']],

  // teaching assistant diploma
  ['teaching-assistant-supporting-learning', ['support-pupils-learning', 'prepare-lesson-materials', 'give-constructive-feedback', 'pedagogy-didactics']],
  ['teaching-assistant-group-climate', ['create-safe-group-climate', 'supervise-children', 'group-dynamics', 'recognise-child-safety-concerns']],
  ['teaching-assistant-cooperation', ['inform-parents-about-child', 'work-in-team', 'reflect-on-own-practice']],

  // certificates and micro-credential
  ['first-aid-unit', ['provide-first-aid', 'perform-cpr', 'respond-to-emergencies', 'follow-safety-procedures']],
  ['forklift-unit', ['operate-forklift', 'check-vehicles-equipment', 'follow-safety-procedures', 'load-unload-vehicles', 'occupational-safety-regulations']],
  ['digital-basics-unit', ['use-digital-devices', 'search-information-online', 'communicate-digitally', 'protect-data-online']]
] AS r
MATCH (u:QualificationUnit {id: 'http://data.competence-atlas.org/unit/' + r[0]})
UNWIND r[1] AS slug
MATCH (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + slug})
MERGE (u)-[x:REQUIRES]->(lo)
SET x.importance = 'essential';

// -----------------------------------------------------------------------------
// What a qualification prepares for: (:Qualification)-[:PREPARES_FOR]->(:Occupation)
// -----------------------------------------------------------------------------
UNWIND [
  ['nursing-diploma-level-4', ['nurse']],
  ['front-office-diploma-level-3', ['hotel-receptionist', 'hotel-concierge']],
  ['care-assistant-diploma-level-3', ['health-care-assistant', 'elderly-care-helper']],
  ['teaching-assistant-diploma-level-4', ['teaching-assistant']],
  ['forklift-certificate', ['forklift-operator']]
] AS r
MATCH (q:Qualification {id: 'http://data.competence-atlas.org/qualification/' + r[0]})
UNWIND r[1] AS slug
MATCH (o:Occupation {id: 'http://data.competence-atlas.org/occupation/' + slug})
MERGE (q)-[:PREPARES_FOR]->(o);
