// =============================================================================
// Competence Atlas - demo seed world
// 07 Learners: people, their experiences, claims, evidence and validations
//
// Five invented learners, two assessors and two validations.
//   learner-sanne    hotel receptionist and elderly-care volunteer -> nurse
//   learner-fatima   parent who organised the school festival -> event coordinator
//   learner-jesse    scout leader and student -> teaching assistant / youth worker
//   learner-daan     warehouse worker with a forklift course -> logistics planner
//   learner-mateusz  shop assistant who fixes family computers -> ICT helpdesk agent
//
// Claim status follows the evidence and the validations:
//   SELF_ASSESSED  no evidence yet
//   EVIDENCED      at least one piece of evidence (or confirmed only formatively)
//   VALIDATED      judged CONFIRMED by an OF_LEARNING validation
//   NOT_CONFIRMED  judged NOT_CONFIRMED by a validation
// Learner-side ids are plain slugs, not URIs.
// =============================================================================

// -----------------------------------------------------------------------------
// Learners
// -----------------------------------------------------------------------------
UNWIND [
  {id: 'learner-sanne', account: 'sanne', name: "Sanne Verhoeven", lang: 'nl', values: ["caring for others", "reliability", "a warm welcome for everyone"], ambitions: ["become a nurse in elderly care", "keep working while I study"], created: datetime('2024-04-02T09:15:00Z')},
  {id: 'learner-fatima', account: 'fatima', name: "Fatima El Amrani", lang: 'nl', values: ["bringing people together", "getting things done"], ambitions: ["turn organising into a paid job", "work in events or culture"], created: datetime('2024-09-10T19:30:00Z')},
  {id: 'learner-jesse', account: 'jesse', name: "Jesse Bakker", lang: 'nl', values: ["fun and fairness in the group", "being outdoors"], ambitions: ["work with children or young people", "combine my study with scouting"], created: datetime('2024-10-01T15:00:00Z')},
  {id: 'learner-daan', account: 'daan', name: "Daan Visser", lang: 'nl', values: ["doing things right the first time", "a good team"], ambitions: ["move from the warehouse floor to planning", "less heavy physical work as I get older"], created: datetime('2024-06-03T07:45:00Z')},
  {id: 'learner-mateusz', account: 'mateusz', name: "Mateusz Nowak", lang: 'en', values: ["helping people with technology", "honesty"], ambitions: ["work in IT support", "get a recognised IT certificate in the Netherlands"], created: datetime('2024-11-12T20:10:00Z')}
] AS row
MERGE (l:Learner {id: row.id})
SET l.account = row.account,
    l.displayName = row.name,
    l.preferredLanguage = row.lang,
    l.values = row.values,
    l.ambitions = row.ambitions,
    l.createdAt = row.created,
    l.source = 'seed';

// Goals: (:Learner)-[:HAS_GOAL {since}]->(:Occupation or :Qualification)
// Each line: learner, target (kind/slug under http://data.competence-atlas.org/), since.
UNWIND [
  ['learner-sanne', 'qualification/nursing-diploma-level-4', date('2024-04-02')],
  ['learner-sanne', 'occupation/nurse', date('2024-04-02')],
  ['learner-fatima', 'occupation/event-coordinator', date('2024-09-10')],
  ['learner-jesse', 'occupation/teaching-assistant', date('2024-10-01')],
  ['learner-jesse', 'occupation/youth-worker', date('2024-10-01')],
  ['learner-daan', 'occupation/logistics-planner', date('2024-06-03')],
  ['learner-mateusz', 'occupation/ict-helpdesk-agent', date('2024-11-12')]
] AS r
MATCH (l:Learner {id: r[0]})
MATCH (t:Occupation|Qualification {id: 'http://data.competence-atlas.org/' + r[1]})
MERGE (l)-[g:HAS_GOAL]->(t)
SET g.since = r[2];

// -----------------------------------------------------------------------------
// Experiences (formal, non-formal, informal). endDate is left out when ongoing.
// -----------------------------------------------------------------------------
UNWIND [
  // Sanne
  {id: 'exp-sanne-front-office-diploma', kind: 'FORMAL', context: 'EDUCATION', title: "Front-office employee hospitality (vocational diploma, level 3)", org: "Vakcollege Gastvrijheid", start: date('2014-09-01'), end: date('2017-07-07'), desc: "Three-year vocational programme with internships at two hotels. Diploma obtained in July 2017."},
  {id: 'exp-sanne-hotel', kind: 'INFORMAL', context: 'WORK', title: "Hotel receptionist", org: "Hotel De Waag", start: date('2018-03-01'), desc: "Front desk of a 90-room city hotel with many international guests: check-in and check-out, reservations, informing guests, handling complaints. Often alone on evening shifts."},
  {id: 'exp-sanne-elderly-volunteer', kind: 'INFORMAL', context: 'VOLUNTEERING', title: "Weekend volunteer in elderly care", org: "Woonzorgcentrum De Linde", start: date('2021-01-09'), desc: "Every other weekend on a ward for people with dementia: helping residents at meals, walking with them, accompanying activities, talking with residents and their families. Works under the guidance of the care team and follows the hygiene protocol of the ward."},
  {id: 'exp-sanne-first-aid-course', kind: 'NON_FORMAL', context: 'EDUCATION', title: "First aid course", org: "Stichting Eerste Hulp Opleidingen", start: date('2022-10-04'), end: date('2022-11-01'), desc: "Four evenings of first aid including resuscitation with an AED, ending with the certificate exam."},
  {id: 'exp-sanne-grandmother', kind: 'INFORMAL', context: 'CARE', title: "Caring for my grandmother at home", start: date('2019-05-01'), end: date('2020-12-31'), desc: "Helped my grandmother with meals, getting up and moving around the house, and kept her company in her last years at home, together with the home care team."},

  // Fatima
  {id: 'exp-fatima-secretarial-diploma', kind: 'FORMAL', context: 'EDUCATION', title: "Secretarial diploma (vocational, level 3)", org: "Stadscollege Economie", start: date('2004-09-01'), end: date('2007-06-30'), desc: "Vocational programme in office administration and business correspondence."},
  {id: 'exp-fatima-office-job', kind: 'INFORMAL', context: 'WORK', title: "Administrative assistant (part-time)", org: "Bouwbedrijf Van Dijk", start: date('2007-09-01'), end: date('2015-03-31'), desc: "Correspondence, invoices, planning of appointments and keeping project files for a small building contractor."},
  {id: 'exp-fatima-school-festival', kind: 'INFORMAL', context: 'OTHER', title: "Organiser of the school summer festival", org: "Basisschool De Regenboog", start: date('2023-01-15'), end: date('2023-06-24'), desc: "Took the lead in organising the summer festival of her children's school for about 600 visitors: programme, stalls, a budget of 8000 euros, suppliers, permits, a first aid post and publicity, with 25 parent volunteers."},
  {id: 'exp-fatima-parent-council', kind: 'INFORMAL', context: 'VOLUNTEERING', title: "Member of the parents' council", org: "Basisschool De Regenboog", start: date('2019-09-01'), desc: "Organises school activities with other parents and recruits parents to help."},

  // Jesse
  {id: 'exp-jesse-scouting', kind: 'INFORMAL', context: 'VOLUNTEERING', title: "Scout leader for cubs aged 7 to 11", org: "Scouting Sint-Joris", start: date('2019-09-01'), desc: "Weekly Saturday meetings for a group of 24 children and a yearly summer camp: preparing and leading games and outings, keeping the group safe and fun, talking with parents."},
  {id: 'exp-jesse-leader-training', kind: 'NON_FORMAL', context: 'EDUCATION', title: "Youth leader training", org: "Scouting Sint-Joris regional training team", start: date('2020-02-07'), end: date('2020-11-15'), desc: "Three training weekends for new scout leaders: group dynamics, designing activities, safety, and a module on recognising and reporting child abuse."},
  {id: 'exp-jesse-sport-study', kind: 'FORMAL', context: 'EDUCATION', title: "Sport and exercise programme (vocational, level 4)", org: "Stadscollege Sport & Bewegen", start: date('2023-09-01'), desc: "Second-year student. Includes lessons on group leadership and an internship at an after-school sports programme."},

  // Daan
  {id: 'exp-daan-vmbo', kind: 'FORMAL', context: 'EDUCATION', title: "Pre-vocational secondary education, technical track", org: "Vakcollege De Brug", start: date('2008-08-01'), end: date('2012-06-30'), desc: "Pre-vocational secondary school (vmbo), technical track."},
  {id: 'exp-daan-warehouse', kind: 'INFORMAL', context: 'WORK', title: "Warehouse worker, standing in as shift lead", org: "Noordhaven Distributie", start: date('2012-09-01'), desc: "Receiving, storing and picking goods for supermarket deliveries with scanners and the warehouse system. Since 2020 stands in for the shift lead and helps the transport planner when trucks are late or orders change."},
  {id: 'exp-daan-forklift-course', kind: 'NON_FORMAL', context: 'EDUCATION', title: "Forklift truck course", org: "Veilig Werken Trainingen", start: date('2014-03-10'), end: date('2014-03-14'), desc: "Forklift course with e-learning and two practice days, ending with the certificate exam."},
  {id: 'exp-daan-football', kind: 'INFORMAL', context: 'VOLUNTEERING', title: "Team manager of a youth football team", org: "VV Noordhaven", start: date('2019-08-01'), desc: "Keeps the match schedule in a spreadsheet and arranges which parents drive the players to away matches."},

  // Mateusz
  {id: 'exp-mateusz-technical-school', kind: 'FORMAL', context: 'EDUCATION', title: "Technical secondary school, electronics (Poland)", org: "Technical secondary school in Wroclaw", start: date('2009-09-01'), end: date('2013-06-30'), desc: "Four-year technical secondary programme in electronics."},
  {id: 'exp-mateusz-shop', kind: 'INFORMAL', context: 'WORK', title: "Shop assistant in an electronics store", org: "Elektro Centrum Vallei", start: date('2018-04-01'), desc: "Advises customers on laptops, phones and routers, helps them set up new devices at the counter and handles returns and complaints."},
  {id: 'exp-mateusz-family-it', kind: 'INFORMAL', context: 'LEISURE', title: "Fixing computers and home networks for family and neighbours", start: date('2012-01-01'), desc: "The go-to person for computer trouble in the family and the street: removing malware, reinstalling systems, setting up Wi-Fi and printers, and explaining what went wrong."},
  {id: 'exp-mateusz-networking-course', kind: 'NON_FORMAL', context: 'EDUCATION', title: "Online course: networking basics", org: "CodeStart Academie", start: date('2023-01-09'), end: date('2023-03-20'), desc: "Ten-week online course on IP, DNS, routing and Wi-Fi, with a certificate of completion."}
] AS row
MERGE (e:Experience {id: row.id})
SET e.kind = row.kind,
    e.context = row.context,
    e.title = row.title,
    e.organisation = row.org,
    e.startDate = row.start,
    e.endDate = row.end,
    e.description = row.desc,
    e.source = 'seed';

// (:Learner)-[:HAD]->(:Experience)
UNWIND [
  ['learner-sanne', ['exp-sanne-front-office-diploma', 'exp-sanne-hotel', 'exp-sanne-elderly-volunteer', 'exp-sanne-first-aid-course', 'exp-sanne-grandmother']],
  ['learner-fatima', ['exp-fatima-secretarial-diploma', 'exp-fatima-office-job', 'exp-fatima-school-festival', 'exp-fatima-parent-council']],
  ['learner-jesse', ['exp-jesse-scouting', 'exp-jesse-leader-training', 'exp-jesse-sport-study']],
  ['learner-daan', ['exp-daan-vmbo', 'exp-daan-warehouse', 'exp-daan-forklift-course', 'exp-daan-football']],
  ['learner-mateusz', ['exp-mateusz-technical-school', 'exp-mateusz-shop', 'exp-mateusz-family-it', 'exp-mateusz-networking-course']]
] AS r
MATCH (l:Learner {id: r[0]})
UNWIND r[1] AS expId
MATCH (e:Experience {id: expId})
MERGE (l)-[:HAD]->(e);

// -----------------------------------------------------------------------------
// Claims: "this experience gave me this learning outcome"
// -----------------------------------------------------------------------------
UNWIND [
  // Sanne: volunteer work in elderly care. Claims 1-5 cover exactly the five
  // outcomes of the nursing diploma's unit 'basic care and hygiene'.
  {id: 'claim-sanne-eating-drinking', level: 'ADVANCED', status: 'VALIDATED', created: datetime('2024-04-05T19:00:00Z'), note: "I help four residents at lunch every weekend, including one who has trouble swallowing."},
  {id: 'claim-sanne-mobility', level: 'INTERMEDIATE', status: 'VALIDATED', created: datetime('2024-04-05T19:05:00Z'), note: "I walk with residents and help them get up and sit down, with a walker or a wheelchair. I learned it first with my grandmother."},
  {id: 'claim-sanne-hand-hygiene', level: 'INTERMEDIATE', status: 'VALIDATED', created: datetime('2024-04-05T19:10:00Z'), note: "I follow the hygiene protocol of the ward: hand disinfection before and after contact, gloves at meals."},
  {id: 'claim-sanne-observing', level: 'INTERMEDIATE', status: 'VALIDATED', created: datetime('2024-04-05T19:15:00Z'), note: "I notice when a resident eats less, is more confused or in pain, and tell the care team straight away."},
  {id: 'claim-sanne-dignity', level: 'ADVANCED', status: 'VALIDATED', created: datetime('2024-04-05T19:20:00Z'), note: "I let residents choose for themselves where they can and knock before I enter a room."},
  // Sanne: part of the unit 'communication with patients and relatives'
  {id: 'claim-sanne-listening', level: 'ADVANCED', status: 'VALIDATED', created: datetime('2024-04-05T19:25:00Z'), note: "Residents and guests tell me their stories. I take the time and ask questions."},
  {id: 'claim-sanne-resident-concerns', level: 'INTERMEDIATE', status: 'EVIDENCED', created: datetime('2024-04-05T19:30:00Z'), note: "When residents or family are worried I calm them down and pass their questions on to the nurse."},
  {id: 'claim-sanne-companionship', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-04-05T19:35:00Z'), note: "I run the Sunday music afternoon and often just sit and talk with residents."},
  {id: 'claim-sanne-dementia', level: 'BASIC', status: 'SELF_ASSESSED', created: datetime('2024-04-05T19:40:00Z'), note: "I learned from the team how to approach residents with dementia, but I have no training in it."},
  // Sanne: front office. Her communication outcomes are worded differently
  // from the nurse's, but share narrow groups with them.
  {id: 'claim-sanne-guest-information', level: 'EXPERT', status: 'EVIDENCED', created: datetime('2024-04-06T10:00:00Z'), note: "Six years of explaining the hotel, the city and the rules to guests from all over the world."},
  {id: 'claim-sanne-complaints', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-04-06T10:05:00Z'), note: "On evening shifts I handle complaints myself, from noise to billing errors, and I log the follow-up."},
  {id: 'claim-sanne-rapport', level: 'EXPERT', status: 'EVIDENCED', created: datetime('2024-04-06T10:10:00Z'), note: "Regular guests ask for me. I remember names and preferences."},
  {id: 'claim-sanne-check-in', level: 'EXPERT', status: 'EVIDENCED', created: datetime('2024-04-06T10:15:00Z'), note: "Daily work since 2018, in the hotel system."},
  {id: 'claim-sanne-english', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-04-06T10:20:00Z'), note: "Most of our guests speak English with me."},
  {id: 'claim-sanne-confidentiality', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-04-06T10:25:00Z'), note: "I never give out room numbers or guest details, also not to people who say they are family."},
  {id: 'claim-sanne-teamwork', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-04-06T10:30:00Z'), note: "Handovers between shifts at the hotel and with the care team at De Linde."},
  {id: 'claim-sanne-pressure', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-04-06T10:35:00Z'), note: "Busy check-in peaks and overbookings, often alone at the desk."},
  // Sanne: first aid course
  {id: 'claim-sanne-first-aid', level: 'BASIC', status: 'EVIDENCED', created: datetime('2024-04-06T10:40:00Z'), note: "Certificate since 2022. Used it once when a guest fainted in the lobby."},
  {id: 'claim-sanne-cpr', level: 'BASIC', status: 'EVIDENCED', created: datetime('2024-04-06T10:45:00Z'), note: "Practised on the manikin with the AED during the course."},

  // Fatima
  {id: 'claim-fatima-plan-events', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-09-12T20:00:00Z'), note: "I planned the whole summer festival from the first idea to the clean-up."},
  {id: 'claim-fatima-event-budget', level: 'INTERMEDIATE', status: 'EVIDENCED', created: datetime('2024-09-12T20:05:00Z'), note: "I kept the budget in a spreadsheet and we ended with a small surplus."},
  {id: 'claim-fatima-volunteers', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-09-12T20:10:00Z'), note: "I found 25 parents and made a shift schedule for the day."},
  {id: 'claim-fatima-suppliers', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-09-12T20:15:00Z'), note: "I arranged the bouncy castle, the sound system and the food stalls."},
  {id: 'claim-fatima-promotion', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-09-12T20:20:00Z'), note: "Posters in the neighbourhood, the school newsletter and a Facebook event."},
  {id: 'claim-fatima-spreadsheets', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-09-12T20:25:00Z'), note: "Used Excel daily in my office job and for the festival."},
  {id: 'claim-fatima-correspondence', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-09-12T20:30:00Z'), note: "Part of my diploma and eight years of my office job."},

  // Jesse
  {id: 'claim-jesse-safe-climate', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-10-02T16:00:00Z'), note: "Our group has clear rules we made together, and I step in when someone is left out."},
  {id: 'claim-jesse-activities', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-10-02T16:05:00Z'), note: "I prepare the Saturday programme and co-organise the summer camp."},
  {id: 'claim-jesse-lead-group', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-10-02T16:10:00Z'), note: "I lead the cub group together with two other leaders."},
  {id: 'claim-jesse-supervise', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-10-02T16:15:00Z'), note: "Responsible for 24 children on outings and at camp."},
  {id: 'claim-jesse-trust', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-10-02T16:20:00Z'), note: "Some of the older cubs come to me when something is wrong at home or at school."},
  {id: 'claim-jesse-child-safety', level: 'BASIC', status: 'EVIDENCED', created: datetime('2024-10-02T16:25:00Z'), note: "Followed the module on child abuse in the leader training."},
  {id: 'claim-jesse-conflicts', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-10-02T16:30:00Z'), note: "Fights between children and the occasional angry parent."},
  {id: 'claim-jesse-group-dynamics', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-10-02T16:35:00Z'), note: "From the leader training and the group leadership lessons at school."},

  // Daan
  {id: 'claim-daan-forklift', level: 'EXPERT', status: 'EVIDENCED', created: datetime('2024-06-04T18:00:00Z'), note: "Certificate since 2014 and ten years of daily driving."},
  {id: 'claim-daan-wms', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-06-04T18:05:00Z'), note: "I train new colleagues on the scanners and the warehouse system."},
  {id: 'claim-daan-order-picking', level: 'EXPERT', status: 'EVIDENCED', created: datetime('2024-06-04T18:10:00Z'), note: "Among the fastest and most accurate pickers for years."},
  {id: 'claim-daan-receive-goods', level: 'EXPERT', status: 'EVIDENCED', created: datetime('2024-06-04T18:15:00Z'), note: "I check incoming trucks against the delivery notes and book them in."},
  {id: 'claim-daan-safety', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-06-04T18:20:00Z'), note: "Part of the forklift course and daily practice."},
  {id: 'claim-daan-route-planning', level: 'BASIC', status: 'NOT_CONFIRMED', created: datetime('2024-06-04T18:25:00Z'), note: "I help the planner re-plan when trucks are late, and I plan the away-match transport for the football team."},
  {id: 'claim-daan-spreadsheets', level: 'BASIC', status: 'SELF_ASSESSED', created: datetime('2024-06-04T18:30:00Z'), note: "Match schedule and driver list for the football team."},
  {id: 'claim-daan-priorities', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-06-04T18:35:00Z'), note: "As stand-in shift lead I decide which orders go first when we fall behind."},

  // Mateusz
  {id: 'claim-mateusz-troubleshooting', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-11-13T21:00:00Z'), note: "Years of fixing slow, broken and infected computers for family and neighbours, and at the store counter."},
  {id: 'claim-mateusz-install-software', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-11-13T21:05:00Z'), note: "Reinstalled Windows and set up new laptops many times."},
  {id: 'claim-mateusz-networks', level: 'INTERMEDIATE', status: 'EVIDENCED', created: datetime('2024-11-13T21:10:00Z'), note: "Set up Wi-Fi, mesh networks and printers in several homes."},
  {id: 'claim-mateusz-explain-tech', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-11-13T21:15:00Z'), note: "Customers and my grandparents understand me, so I think I explain it well."},
  {id: 'claim-mateusz-product-advice', level: 'ADVANCED', status: 'EVIDENCED', created: datetime('2024-11-13T21:20:00Z'), note: "Advising on laptops, phones and routers is my daily work."},
  {id: 'claim-mateusz-complaints', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-11-13T21:25:00Z'), note: "I handle returns and complaints at the service counter."},
  {id: 'claim-mateusz-english', level: 'ADVANCED', status: 'SELF_ASSESSED', created: datetime('2024-11-13T21:30:00Z'), note: "English is my working language with many customers."},
  {id: 'claim-mateusz-dutch', level: 'INTERMEDIATE', status: 'SELF_ASSESSED', created: datetime('2024-11-13T21:35:00Z'), note: "I help Dutch customers in Dutch every day, writing is harder."},
  {id: 'claim-mateusz-network-knowledge', level: 'INTERMEDIATE', status: 'EVIDENCED', created: datetime('2024-11-13T21:40:00Z'), note: "Online course on networking basics, finished with a certificate."}
] AS row
MERGE (c:Claim {id: row.id})
SET c.proficiency = row.level,
    c.status = row.status,
    c.note = row.note,
    c.createdAt = row.created,
    c.source = 'seed';

// Who made each claim and what it is about:
// (:Learner)-[:MADE]->(:Claim)-[:ABOUT]->(:LearningOutcome)
// Each line: learner, claim, outcome slug.
UNWIND [
  ['learner-sanne', 'claim-sanne-eating-drinking', 'assist-eating-drinking'],
  ['learner-sanne', 'claim-sanne-mobility', 'support-mobility'],
  ['learner-sanne', 'claim-sanne-hand-hygiene', 'apply-hand-hygiene'],
  ['learner-sanne', 'claim-sanne-observing', 'observe-client-condition'],
  ['learner-sanne', 'claim-sanne-dignity', 'respect-client-dignity'],
  ['learner-sanne', 'claim-sanne-listening', 'listen-actively'],
  ['learner-sanne', 'claim-sanne-resident-concerns', 'respond-patient-concerns'],
  ['learner-sanne', 'claim-sanne-companionship', 'provide-companionship'],
  ['learner-sanne', 'claim-sanne-dementia', 'dementia'],
  ['learner-sanne', 'claim-sanne-guest-information', 'inform-guests-hotel-services'],
  ['learner-sanne', 'claim-sanne-complaints', 'handle-guest-complaints'],
  ['learner-sanne', 'claim-sanne-rapport', 'build-rapport-guests'],
  ['learner-sanne', 'claim-sanne-check-in', 'check-in-guests'],
  ['learner-sanne', 'claim-sanne-english', 'speak-english'],
  ['learner-sanne', 'claim-sanne-confidentiality', 'maintain-confidentiality'],
  ['learner-sanne', 'claim-sanne-teamwork', 'work-in-team'],
  ['learner-sanne', 'claim-sanne-pressure', 'cope-with-pressure'],
  ['learner-sanne', 'claim-sanne-first-aid', 'provide-first-aid'],
  ['learner-sanne', 'claim-sanne-cpr', 'perform-cpr'],

  ['learner-fatima', 'claim-fatima-plan-events', 'plan-events'],
  ['learner-fatima', 'claim-fatima-event-budget', 'manage-event-budget'],
  ['learner-fatima', 'claim-fatima-volunteers', 'coordinate-volunteers'],
  ['learner-fatima', 'claim-fatima-suppliers', 'coordinate-event-suppliers'],
  ['learner-fatima', 'claim-fatima-promotion', 'promote-events'],
  ['learner-fatima', 'claim-fatima-spreadsheets', 'use-spreadsheets'],
  ['learner-fatima', 'claim-fatima-correspondence', 'write-business-correspondence'],

  ['learner-jesse', 'claim-jesse-safe-climate', 'create-safe-group-climate'],
  ['learner-jesse', 'claim-jesse-activities', 'organise-youth-activities'],
  ['learner-jesse', 'claim-jesse-lead-group', 'lead-group'],
  ['learner-jesse', 'claim-jesse-supervise', 'supervise-children'],
  ['learner-jesse', 'claim-jesse-trust', 'build-trust-young-people'],
  ['learner-jesse', 'claim-jesse-child-safety', 'recognise-child-safety-concerns'],
  ['learner-jesse', 'claim-jesse-conflicts', 'de-escalate-conflicts'],
  ['learner-jesse', 'claim-jesse-group-dynamics', 'group-dynamics'],

  ['learner-daan', 'claim-daan-forklift', 'operate-forklift'],
  ['learner-daan', 'claim-daan-wms', 'use-wms'],
  ['learner-daan', 'claim-daan-order-picking', 'pick-orders'],
  ['learner-daan', 'claim-daan-receive-goods', 'receive-goods'],
  ['learner-daan', 'claim-daan-safety', 'follow-safety-procedures'],
  ['learner-daan', 'claim-daan-route-planning', 'plan-transport-routes'],
  ['learner-daan', 'claim-daan-spreadsheets', 'use-spreadsheets'],
  ['learner-daan', 'claim-daan-priorities', 'set-priorities'],

  ['learner-mateusz', 'claim-mateusz-troubleshooting', 'troubleshoot-computer-problems'],
  ['learner-mateusz', 'claim-mateusz-install-software', 'install-software'],
  ['learner-mateusz', 'claim-mateusz-networks', 'set-up-networks'],
  ['learner-mateusz', 'claim-mateusz-explain-tech', 'explain-technical-matters'],
  ['learner-mateusz', 'claim-mateusz-product-advice', 'advise-customers-on-products'],
  ['learner-mateusz', 'claim-mateusz-complaints', 'handle-customer-complaints'],
  ['learner-mateusz', 'claim-mateusz-english', 'speak-english'],
  ['learner-mateusz', 'claim-mateusz-dutch', 'speak-dutch'],
  ['learner-mateusz', 'claim-mateusz-network-knowledge', 'computer-networks']
] AS r
MATCH (l:Learner {id: r[0]})
MATCH (c:Claim {id: r[1]})
MATCH (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + r[2]})
MERGE (l)-[:MADE]->(c)
MERGE (c)-[:ABOUT]->(lo);

// Which experiences support each claim: (:Claim)-[:SUPPORTED_BY]->(:Experience)
UNWIND [
  ['claim-sanne-eating-drinking', ['exp-sanne-elderly-volunteer', 'exp-sanne-grandmother']],
  ['claim-sanne-mobility', ['exp-sanne-elderly-volunteer', 'exp-sanne-grandmother']],
  ['claim-sanne-hand-hygiene', ['exp-sanne-elderly-volunteer']],
  ['claim-sanne-observing', ['exp-sanne-elderly-volunteer']],
  ['claim-sanne-dignity', ['exp-sanne-elderly-volunteer', 'exp-sanne-grandmother']],
  ['claim-sanne-listening', ['exp-sanne-elderly-volunteer', 'exp-sanne-hotel']],
  ['claim-sanne-resident-concerns', ['exp-sanne-elderly-volunteer']],
  ['claim-sanne-companionship', ['exp-sanne-elderly-volunteer', 'exp-sanne-grandmother']],
  ['claim-sanne-dementia', ['exp-sanne-elderly-volunteer']],
  ['claim-sanne-guest-information', ['exp-sanne-hotel', 'exp-sanne-front-office-diploma']],
  ['claim-sanne-complaints', ['exp-sanne-hotel', 'exp-sanne-front-office-diploma']],
  ['claim-sanne-rapport', ['exp-sanne-hotel']],
  ['claim-sanne-check-in', ['exp-sanne-hotel', 'exp-sanne-front-office-diploma']],
  ['claim-sanne-english', ['exp-sanne-hotel']],
  ['claim-sanne-confidentiality', ['exp-sanne-hotel']],
  ['claim-sanne-teamwork', ['exp-sanne-hotel', 'exp-sanne-elderly-volunteer']],
  ['claim-sanne-pressure', ['exp-sanne-hotel']],
  ['claim-sanne-first-aid', ['exp-sanne-first-aid-course']],
  ['claim-sanne-cpr', ['exp-sanne-first-aid-course']],

  ['claim-fatima-plan-events', ['exp-fatima-school-festival']],
  ['claim-fatima-event-budget', ['exp-fatima-school-festival']],
  ['claim-fatima-volunteers', ['exp-fatima-school-festival', 'exp-fatima-parent-council']],
  ['claim-fatima-suppliers', ['exp-fatima-school-festival']],
  ['claim-fatima-promotion', ['exp-fatima-school-festival']],
  ['claim-fatima-spreadsheets', ['exp-fatima-office-job', 'exp-fatima-school-festival']],
  ['claim-fatima-correspondence', ['exp-fatima-office-job', 'exp-fatima-secretarial-diploma']],

  ['claim-jesse-safe-climate', ['exp-jesse-scouting', 'exp-jesse-leader-training']],
  ['claim-jesse-activities', ['exp-jesse-scouting', 'exp-jesse-sport-study']],
  ['claim-jesse-lead-group', ['exp-jesse-scouting']],
  ['claim-jesse-supervise', ['exp-jesse-scouting']],
  ['claim-jesse-trust', ['exp-jesse-scouting']],
  ['claim-jesse-child-safety', ['exp-jesse-leader-training']],
  ['claim-jesse-conflicts', ['exp-jesse-scouting']],
  ['claim-jesse-group-dynamics', ['exp-jesse-leader-training', 'exp-jesse-sport-study']],

  ['claim-daan-forklift', ['exp-daan-forklift-course', 'exp-daan-warehouse']],
  ['claim-daan-wms', ['exp-daan-warehouse']],
  ['claim-daan-order-picking', ['exp-daan-warehouse']],
  ['claim-daan-receive-goods', ['exp-daan-warehouse']],
  ['claim-daan-safety', ['exp-daan-forklift-course', 'exp-daan-warehouse']],
  ['claim-daan-route-planning', ['exp-daan-warehouse', 'exp-daan-football']],
  ['claim-daan-spreadsheets', ['exp-daan-football']],
  ['claim-daan-priorities', ['exp-daan-warehouse']],

  ['claim-mateusz-troubleshooting', ['exp-mateusz-family-it', 'exp-mateusz-shop']],
  ['claim-mateusz-install-software', ['exp-mateusz-family-it']],
  ['claim-mateusz-networks', ['exp-mateusz-family-it', 'exp-mateusz-networking-course']],
  ['claim-mateusz-explain-tech', ['exp-mateusz-shop', 'exp-mateusz-family-it']],
  ['claim-mateusz-product-advice', ['exp-mateusz-shop']],
  ['claim-mateusz-complaints', ['exp-mateusz-shop']],
  ['claim-mateusz-english', ['exp-mateusz-shop']],
  ['claim-mateusz-dutch', ['exp-mateusz-shop']],
  ['claim-mateusz-network-knowledge', ['exp-mateusz-networking-course']]
] AS r
MATCH (c:Claim {id: r[0]})
UNWIND r[1] AS expId
MATCH (e:Experience {id: expId})
MERGE (c)-[:SUPPORTED_BY]->(e);

// -----------------------------------------------------------------------------
// Evidence
// -----------------------------------------------------------------------------
UNWIND [
  // Sanne
  {id: 'evidence-sanne-volunteer-reference', kind: 'REFERENCE', title: "Reference letter from the volunteer coordinator of De Linde", link: "Signed letter, uploaded as PDF", date: date('2024-04-15')},
  {id: 'evidence-sanne-shift-observation', kind: 'OBSERVATION', title: "Observation of a Saturday shift by the team leader of the ward", link: "Observation form, criteria of the unit basic care and hygiene", date: date('2024-05-18')},
  {id: 'evidence-sanne-first-aid-certificate', kind: 'DOCUMENT', title: "First aid certificate", link: "Certificate no. EH-2022-04417", date: date('2022-11-01')},
  {id: 'evidence-sanne-front-office-diploma', kind: 'DOCUMENT', title: "Diploma front-office employee hospitality, level 3", link: "Diploma and list of marks, uploaded as PDF", date: date('2017-07-07')},
  {id: 'evidence-sanne-hotel-reference', kind: 'REFERENCE', title: "Reference from the front office manager of Hotel De Waag", date: date('2024-04-20')},
  {id: 'evidence-sanne-complaint-log', kind: 'WORK_PRODUCT', title: "Anonymised complaint log with her follow-up notes, three months", date: date('2024-03-31')},
  {id: 'evidence-sanne-guest-reviews', kind: 'WORK_PRODUCT', title: "Guest reviews that mention her by name", link: "https://example.org/reviews/hotel-de-waag", date: date('2024-04-10')},

  // Fatima
  {id: 'evidence-fatima-festival-plan', kind: 'WORK_PRODUCT', title: "Festival plan with timeline, task list and budget spreadsheet", date: date('2023-03-01')},
  {id: 'evidence-fatima-school-letter', kind: 'REFERENCE', title: "Thank-you letter from the head of the school describing her role", date: date('2023-07-05')},
  {id: 'evidence-fatima-diploma', kind: 'DOCUMENT', title: "Secretarial diploma, level 3", date: date('2007-06-30')},

  // Jesse
  {id: 'evidence-jesse-camp-observation', kind: 'OBSERVATION', title: "Observation by the group leader during summer camp 2024", date: date('2024-07-20')},
  {id: 'evidence-jesse-training-certificate', kind: 'DOCUMENT', title: "Certificate of the youth leader training, including the module on child safety", date: date('2020-11-15')},
  {id: 'evidence-jesse-camp-programme', kind: 'WORK_PRODUCT', title: "Programme and activity sheets of the 2024 summer camp", date: date('2024-06-15')},

  // Daan
  {id: 'evidence-daan-forklift-certificate', kind: 'DOCUMENT', title: "Forklift truck driver certificate", link: "Certificate no. HT-2014-0382", date: date('2014-03-14')},
  {id: 'evidence-daan-manager-reference', kind: 'REFERENCE', title: "Reference from the operations manager of Noordhaven Distributie", date: date('2024-05-28')},

  // Mateusz
  {id: 'evidence-mateusz-network-notes', kind: 'WORK_PRODUCT', title: "Notes and photos of a home network he set up for a neighbour", date: date('2024-10-05')},
  {id: 'evidence-mateusz-store-reference', kind: 'REFERENCE', title: "Reference from the manager of Elektro Centrum Vallei", date: date('2024-11-01')},
  {id: 'evidence-mateusz-course-certificate', kind: 'DOCUMENT', title: "Certificate of completion, networking basics", link: "https://example.org/certificates/nb-2023-1187", date: date('2023-03-20')}
] AS row
MERGE (ev:Evidence {id: row.id})
SET ev.kind = row.kind,
    ev.title = row.title,
    ev.link = row.link,
    ev.date = row.date,
    ev.source = 'seed';

// (:Claim)-[:HAS_EVIDENCE]->(:Evidence)
// Each line: a piece of evidence and the claims it supports.
UNWIND [
  ['evidence-sanne-volunteer-reference', ['claim-sanne-eating-drinking', 'claim-sanne-mobility', 'claim-sanne-hand-hygiene', 'claim-sanne-observing', 'claim-sanne-dignity', 'claim-sanne-resident-concerns']],
  ['evidence-sanne-shift-observation', ['claim-sanne-eating-drinking', 'claim-sanne-mobility', 'claim-sanne-hand-hygiene', 'claim-sanne-observing', 'claim-sanne-listening']],
  ['evidence-sanne-first-aid-certificate', ['claim-sanne-first-aid', 'claim-sanne-cpr']],
  ['evidence-sanne-front-office-diploma', ['claim-sanne-guest-information', 'claim-sanne-complaints', 'claim-sanne-check-in']],
  ['evidence-sanne-hotel-reference', ['claim-sanne-guest-information', 'claim-sanne-complaints', 'claim-sanne-rapport', 'claim-sanne-confidentiality']],
  ['evidence-sanne-complaint-log', ['claim-sanne-complaints']],
  ['evidence-sanne-guest-reviews', ['claim-sanne-rapport']],

  ['evidence-fatima-festival-plan', ['claim-fatima-plan-events', 'claim-fatima-event-budget']],
  ['evidence-fatima-school-letter', ['claim-fatima-plan-events', 'claim-fatima-volunteers']],
  ['evidence-fatima-diploma', ['claim-fatima-correspondence']],

  ['evidence-jesse-camp-observation', ['claim-jesse-safe-climate', 'claim-jesse-activities', 'claim-jesse-supervise']],
  ['evidence-jesse-training-certificate', ['claim-jesse-child-safety', 'claim-jesse-safe-climate']],
  ['evidence-jesse-camp-programme', ['claim-jesse-activities']],

  ['evidence-daan-forklift-certificate', ['claim-daan-forklift', 'claim-daan-safety']],
  ['evidence-daan-manager-reference', ['claim-daan-wms', 'claim-daan-order-picking', 'claim-daan-receive-goods', 'claim-daan-route-planning']],

  ['evidence-mateusz-network-notes', ['claim-mateusz-networks', 'claim-mateusz-troubleshooting']],
  ['evidence-mateusz-store-reference', ['claim-mateusz-explain-tech', 'claim-mateusz-product-advice', 'claim-mateusz-troubleshooting']],
  ['evidence-mateusz-course-certificate', ['claim-mateusz-network-knowledge', 'claim-mateusz-networks']]
] AS r
MATCH (ev:Evidence {id: r[0]})
UNWIND r[1] AS claimId
MATCH (c:Claim {id: claimId})
MERGE (c)-[:HAS_EVIDENCE]->(ev);

// -----------------------------------------------------------------------------
// Assessors and validations
// -----------------------------------------------------------------------------
UNWIND [
  {id: 'assessor-marieke', account: 'marieke', name: "Marieke Bos", org: "Regio College Zorg & Welzijn"},
  {id: 'assessor-yusuf', account: 'yusuf', name: "Yusuf Demir", org: "Loopbaanpunt Vallei"}
] AS row
MERGE (a:Assessor {id: row.id})
SET a.account = row.account,
    a.displayName = row.name,
    a.organisation = row.org,
    a.source = 'seed';

// Each validation: who judged (BY), against which standard (AGAINST).
// The target is given as kind/slug under http://data.competence-atlas.org/.
UNWIND [
  {id: 'validation-sanne-nursing', function: 'OF_LEARNING', date: date('2024-06-12'), assessor: 'assessor-marieke', against: 'qualification/nursing-diploma-level-4', comment: "Portfolio review and criterion-based interview against the nursing diploma. The volunteer work at De Linde fully covers the unit basic care and hygiene, exemption granted for that unit. Active listening confirmed. Sanne responds well to worries of residents and relatives but still passes most of them on to the nurse, so that claim is partly confirmed. Her hotel experience in informing guests, handling complaints and building rapport points the same way and was discussed but not yet judged against the communication unit. Advice: the workshop communication in care, then a second validation of that unit."},
  {id: 'validation-daan-logistics', function: 'FOR_LEARNING', date: date('2024-06-20'), assessor: 'assessor-yusuf', against: 'occupation/logistics-planner', comment: "Career conversation and portfolio review against the job profile of logistics planner. Daan knows the warehouse system and the flow of goods inside out. His route planning experience is limited to helping out when trucks are late and to football transport, not yet at the level of a planner. Advice: the logistics planning module and Excel for work, then a validation of learning."}
] AS row
MERGE (v:Validation {id: row.id})
SET v.function = row.function,
    v.comment = row.comment,
    v.date = row.date,
    v.source = 'seed'
WITH v, row
MATCH (a:Assessor {id: row.assessor})
MATCH (t:Occupation|Qualification {id: 'http://data.competence-atlas.org/' + row.against})
MERGE (v)-[:BY]->(a)
MERGE (v)-[:AGAINST]->(t);

// The judgements: (:Validation)-[:JUDGED {result}]->(:Claim)
UNWIND [
  ['validation-sanne-nursing', 'claim-sanne-eating-drinking', 'CONFIRMED'],
  ['validation-sanne-nursing', 'claim-sanne-mobility', 'CONFIRMED'],
  ['validation-sanne-nursing', 'claim-sanne-hand-hygiene', 'CONFIRMED'],
  ['validation-sanne-nursing', 'claim-sanne-observing', 'CONFIRMED'],
  ['validation-sanne-nursing', 'claim-sanne-dignity', 'CONFIRMED'],
  ['validation-sanne-nursing', 'claim-sanne-listening', 'CONFIRMED'],
  ['validation-sanne-nursing', 'claim-sanne-resident-concerns', 'PARTLY_CONFIRMED'],
  ['validation-daan-logistics', 'claim-daan-wms', 'CONFIRMED'],
  ['validation-daan-logistics', 'claim-daan-route-planning', 'NOT_CONFIRMED']
] AS r
MATCH (v:Validation {id: r[0]})
MATCH (c:Claim {id: r[1]})
MERGE (v)-[j:JUDGED]->(c)
SET j.result = r[2];

// -----------------------------------------------------------------------------
// Access grants: who may see a learner's portfolio. The learner's user name is
// the Learner's account; a grant names the adviser's or assessor's user name.
// -----------------------------------------------------------------------------
UNWIND [
  {id: 'grant-sanne-ella', learner: 'learner-sanne', grantee: 'ella', role: 'ADVISER', granted: datetime('2024-04-02T09:30:00Z'), expires: null},
  {id: 'grant-sanne-marieke', learner: 'learner-sanne', grantee: 'marieke', role: 'ASSESSOR', granted: datetime('2024-05-20T10:00:00Z'), expires: null},
  {id: 'grant-daan-yusuf', learner: 'learner-daan', grantee: 'yusuf', role: 'ASSESSOR', granted: datetime('2024-06-10T08:00:00Z'), expires: null},
  {id: 'grant-jesse-ella', learner: 'learner-jesse', grantee: 'ella', role: 'ADVISER', granted: datetime('2024-10-01T15:30:00Z'), expires: datetime('2025-01-31T23:59:59Z')}
] AS row
MATCH (l:Learner {id: row.learner})
MERGE (g:AccessGrant {id: row.id})
SET g.grantee = row.grantee,
    g.role = row.role,
    g.grantedAt = row.granted,
    g.expiresAt = row.expires,
    g.source = 'seed'
MERGE (l)-[:GRANTED]->(g);
