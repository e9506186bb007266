// =============================================================================
// Competence Atlas - demo seed world
// 02 Outcome groups: the upper levels of the learning-outcome hierarchy
//
// Four top groups, as in ESCO's skills pillar:
//   S  skills
//   K  knowledge
//   T  transversal skills and competences
//   L  language skills and knowledge
// Under each top group two more levels of groups (S1, then S1.1, S1.2, ...).
// Learning outcomes (file 03) hang under the level-3 groups, and a few narrower
// outcomes hang under a broader outcome, so the hierarchy is
//   top group -> group -> group -> outcome (-> narrower outcome).
//
// The codes and the grouping are our own invention, in ESCO style.
// Level-3 groups are deliberately narrow (a handful of outcomes each): sharing
// such a narrow group is meaningful evidence that two differently worded
// outcomes are about the same ability. The standing example lives in
// S1.1, S1.2 and S1.3 (the hotel receptionist and the nurse).
// =============================================================================

UNWIND [
  // ---- top groups -----------------------------------------------------------
  {id: 'skills', code: 'S', en: "skills", nl: "vaardigheden", desc: "What a person is able to do: applying knowledge to carry out tasks and solve problems."},
  {id: 'knowledge', code: 'K', en: "knowledge", nl: "kennis", desc: "Facts, principles, theories and practices a person has assimilated through learning."},
  {id: 'transversal', code: 'T', en: "transversal skills and competences", nl: "transversale vaardigheden en competenties", desc: "Skills and competences that are relevant to a broad range of occupations and sectors and transfer easily between them."},
  {id: 'language', code: 'L', en: "language skills and knowledge", nl: "taalvaardigheden en taalkennis", desc: "The ability to understand and use languages, spoken and written."},

  // ---- S: skills ------------------------------------------------------------
  {id: 'communication-instruction', code: 'S1', en: "communication, collaboration and instruction", nl: "communicatie, samenwerking en instructie", desc: "Informing, listening to, building relationships with and instructing clients, colleagues and learners."},
  {id: 'informing-clients', code: 'S1.1', en: "informing clients and the public", nl: "cliënten en publiek informeren", desc: "Giving clients, guests, patients, parents or the public the information they need, clearly and at the right moment."},
  {id: 'handling-client-concerns', code: 'S1.2', en: "handling client concerns and complaints", nl: "zorgen en klachten van cliënten behandelen", desc: "Taking up the worries, complaints and dissatisfaction of the people one serves and resolving them."},
  {id: 'building-client-relationships', code: 'S1.3', en: "building relationships with clients", nl: "relaties opbouwen met cliënten", desc: "Creating and keeping a relationship of trust with the people one serves."},
  {id: 'writing-reporting', code: 'S1.4', en: "writing and reporting", nl: "schrijven en rapporteren", desc: "Producing written texts at work: letters, e-mails and reports."},
  {id: 'instructing-supporting-learners', code: 'S1.5', en: "instructing and supporting learners", nl: "instrueren en begeleiden van lerenden", desc: "Helping others to learn: explaining, instructing, giving feedback and creating a good climate for learning."},

  {id: 'information-skills', code: 'S2', en: "information skills", nl: "informatievaardigheden", desc: "Collecting, recording, planning with and analysing information."},
  {id: 'keeping-records', code: 'S2.1', en: "keeping records and documenting", nl: "registreren en documenteren", desc: "Recording information accurately and keeping files and documents in order."},
  {id: 'planning-scheduling', code: 'S2.2', en: "planning and scheduling", nl: "plannen en roosteren", desc: "Planning appointments, reservations, routes, shipments and staff."},
  {id: 'analysing-information', code: 'S2.3', en: "analysing data and information", nl: "gegevens en informatie analyseren", desc: "Examining data to find patterns, draw conclusions and support decisions."},

  {id: 'assisting-caring', code: 'S3', en: "assisting and caring", nl: "helpen en zorgen", desc: "Providing care, assistance, hospitality and safety to people."},
  {id: 'providing-personal-care', code: 'S3.1', en: "providing personal care", nl: "persoonlijke zorg verlenen", desc: "Supporting people with the activities of daily living in a respectful way."},
  {id: 'clinical-care', code: 'S3.2', en: "monitoring and treating patients", nl: "patiënten bewaken en behandelen", desc: "Observing health, carrying out care procedures and handling medicines."},
  {id: 'caring-for-children-youth', code: 'S3.3', en: "caring for children and young people", nl: "zorgen voor kinderen en jongeren", desc: "Supervising, protecting and stimulating children and young people."},
  {id: 'hospitality-services', code: 'S3.4', en: "providing hospitality services", nl: "gastvrijheidsdiensten verlenen", desc: "Receiving, accommodating and serving guests."},
  {id: 'health-safety', code: 'S3.5', en: "protecting health and safety", nl: "gezondheid en veiligheid beschermen", desc: "Preventing accidents and infections and acting when something goes wrong."},

  {id: 'management-skills', code: 'S4', en: "management skills", nl: "managementvaardigheden", desc: "Directing people, money, stock and activities."},
  {id: 'supervising-people', code: 'S4.1', en: "supervising people", nl: "mensen aansturen", desc: "Directing, scheduling and developing staff and volunteers."},
  {id: 'managing-resources', code: 'S4.2', en: "managing budgets and resources", nl: "budgetten en middelen beheren", desc: "Keeping money, stock and supplies under control."},
  {id: 'organising-events', code: 'S4.3', en: "organising events and activities", nl: "evenementen en activiteiten organiseren", desc: "Planning and running events and group activities from idea to evaluation."},

  {id: 'working-with-computers', code: 'S5', en: "working with computers", nl: "werken met computers", desc: "Using, supporting and developing computer systems and software."},
  {id: 'using-business-software', code: 'S5.1', en: "using business software", nl: "werken met bedrijfssoftware", desc: "Working with the software packages of an office, hotel, care organisation or warehouse."},
  {id: 'supporting-ict-users', code: 'S5.2', en: "supporting ICT users", nl: "ICT-gebruikers ondersteunen", desc: "Helping people who have problems or questions with their computers, software and networks."},
  {id: 'developing-software', code: 'S5.3', en: "developing software", nl: "software ontwikkelen", desc: "Designing, writing, testing and maintaining computer programs and databases."},

  {id: 'goods-vehicles-food', code: 'S6', en: "handling goods, vehicles and food", nl: "werken met goederen, voertuigen en voedsel", desc: "Moving, storing, transporting and preparing physical goods and food."},
  {id: 'operating-vehicles', code: 'S6.1', en: "operating vehicles and mobile equipment", nl: "voertuigen en mobiel materieel bedienen", desc: "Driving vans and operating forklifts and pallet trucks safely."},
  {id: 'handling-goods', code: 'S6.2', en: "handling and storing goods", nl: "goederen behandelen en opslaan", desc: "Receiving, storing, picking, packing, loading and delivering goods."},
  {id: 'preparing-food', code: 'S6.3', en: "preparing food", nl: "voedsel bereiden", desc: "Preparing dishes and menus in a professional kitchen."},

  {id: 'metal-machinery', code: 'S7', en: "working with metal and machinery", nl: "werken met metaal en machines", desc: "Making and joining metal products with tools and machines."},
  {id: 'welding', code: 'S7.1', en: "welding and joining metals", nl: "lassen en verbinden van metalen", desc: "Joining metal parts by welding and checking the result."},
  {id: 'tools-drawings', code: 'S7.2', en: "using tools and technical drawings", nl: "werken met gereedschap en technische tekeningen", desc: "Reading technical drawings and handling metalworking tools."},

  {id: 'selling-payments', code: 'S8', en: "selling and handling payments", nl: "verkopen en afrekenen", desc: "Selling products and services and handling the money involved."},
  {id: 'selling', code: 'S8.1', en: "selling products and services", nl: "producten en diensten verkopen", desc: "Advising customers, presenting products and closing sales."},
  {id: 'handling-payments', code: 'S8.2', en: "handling payments", nl: "betalingen afhandelen", desc: "Receiving payments, operating tills and processing invoices."},

  // ---- K: knowledge ---------------------------------------------------------
  {id: 'health-welfare-knowledge', code: 'K1', en: "health and welfare", nl: "gezondheidszorg en welzijn", desc: "Knowledge of the human body, illness, medicines, hygiene and the care system."},
  {id: 'medical-nursing-knowledge', code: 'K1.1', en: "medicine and nursing", nl: "geneeskunde en verpleegkunde", desc: "Anatomy, common conditions, medicines and the rules of the care sector."},
  {id: 'hygiene-knowledge', code: 'K1.2', en: "hygiene and infection prevention", nl: "hygiëne en infectiepreventie", desc: "How infections spread and which hygiene rules prevent them."},

  {id: 'business-services-knowledge', code: 'K2', en: "business, services and law", nl: "bedrijfsleven, dienstverlening en recht", desc: "Knowledge of service sectors, trade, logistics and the law that governs them."},
  {id: 'hospitality-knowledge', code: 'K2.1', en: "hospitality and tourism", nl: "horeca en toerisme", desc: "How hotels, restaurants and tourism work."},
  {id: 'logistics-knowledge', code: 'K2.2', en: "logistics and transport", nl: "logistiek en transport", desc: "How goods are stored, moved and planned through a supply chain."},
  {id: 'commerce-knowledge', code: 'K2.3', en: "commerce and customer service", nl: "handel en klantenservice", desc: "Principles of selling and of serving customers well."},
  {id: 'law-administration-knowledge', code: 'K2.4', en: "law and administration", nl: "recht en administratie", desc: "Rules on personal data and consumers, and office procedures."},

  {id: 'education-knowledge', code: 'K3', en: "education and social work", nl: "onderwijs en sociaal werk", desc: "Knowledge of how children and young people develop, learn and are supported."},
  {id: 'pedagogy-knowledge', code: 'K3.1', en: "child development and pedagogy", nl: "ontwikkeling van kinderen en pedagogiek", desc: "Development stages, teaching methods and group processes."},
  {id: 'social-work-knowledge', code: 'K3.2', en: "youth and social work", nl: "jeugd- en sociaal werk", desc: "The organisations and services that support young people and families."},

  {id: 'ict-knowledge', code: 'K4', en: "information and communication technologies", nl: "informatie- en communicatietechnologie", desc: "Knowledge of computers, networks, software and data."},
  {id: 'ict-systems-knowledge', code: 'K4.1', en: "computer systems and software", nl: "computersystemen en software", desc: "Operating systems, networks, programming and information security."},
  {id: 'data-knowledge', code: 'K4.2', en: "data and statistics", nl: "data en statistiek", desc: "Databases and statistical methods."},

  {id: 'engineering-safety-knowledge', code: 'K5', en: "engineering, manufacturing and safety", nl: "techniek, productie en veiligheid", desc: "Knowledge of materials, production techniques and safe working."},
  {id: 'occupational-safety-knowledge', code: 'K5.1', en: "health and safety at work", nl: "veiligheid en gezondheid op het werk", desc: "Rules and practices that keep workers safe and healthy."},
  {id: 'metalworking-knowledge', code: 'K5.2', en: "metals and metalworking", nl: "metalen en metaalbewerking", desc: "Properties of metals and the techniques to join and shape them."},

  // ---- T: transversal skills and competences --------------------------------
  {id: 'core-skills', code: 'T1', en: "core skills and competences", nl: "kernvaardigheden en kerncompetenties", desc: "Basic communication, digital and numeracy skills that almost every job needs."},
  {id: 'communicating', code: 'T1.1', en: "communicating", nl: "communiceren", desc: "Listening, speaking and presenting in any setting."},
  {id: 'digital-basics', code: 'T1.2', en: "working with digital devices and applications", nl: "werken met digitale apparaten en toepassingen", desc: "Everyday digital skills: using devices, finding information, communicating and staying safe online."},
  {id: 'working-with-numbers', code: 'T1.3', en: "working with numbers and measures", nl: "werken met getallen en maten", desc: "Everyday arithmetic and calculation at work."},

  {id: 'thinking-skills', code: 'T2', en: "thinking skills and competences", nl: "denkvaardigheden en denkcompetenties", desc: "Solving problems, deciding and organising one's own work."},
  {id: 'solving-problems', code: 'T2.1', en: "solving problems and making decisions", nl: "problemen oplossen en beslissen", desc: "Analysing situations, finding solutions, deciding and working accurately."},
  {id: 'organising-own-work', code: 'T2.2', en: "planning and organising own work", nl: "het eigen werk plannen en organiseren", desc: "Managing one's own time, priorities and procedures."},

  {id: 'self-management', code: 'T3', en: "self-management skills and competences", nl: "zelfmanagement", desc: "Managing oneself: resilience, initiative and learning."},
  {id: 'coping', code: 'T3.1', en: "coping with pressure and change", nl: "omgaan met druk en verandering", desc: "Staying effective under pressure and when circumstances change."},
  {id: 'initiative-learning', code: 'T3.2', en: "taking initiative and learning", nl: "initiatief nemen en leren", desc: "Acting on one's own accord and learning from experience."},

  {id: 'social-skills', code: 'T4', en: "social and collaboration skills", nl: "sociale en samenwerkingsvaardigheden", desc: "Working with, leading and supporting other people."},
  {id: 'teamwork', code: 'T4.1', en: "working in teams", nl: "samenwerken in teams", desc: "Contributing to a shared result together with colleagues."},
  {id: 'leading-others', code: 'T4.2', en: "leading others", nl: "anderen leiden", desc: "Giving direction to a group and motivating people."},
  {id: 'supporting-others', code: 'T4.3', en: "supporting others", nl: "anderen ondersteunen", desc: "Empathy, respect for diversity and a service-minded attitude."},

  {id: 'values', code: 'T5', en: "life skills and values", nl: "levensvaardigheden en waarden", desc: "Acting sustainably, ethically and with integrity."},
  {id: 'acting-sustainably', code: 'T5.1', en: "acting sustainably", nl: "duurzaam handelen", desc: "Using energy and materials sparingly and limiting waste."},
  {id: 'acting-ethically', code: 'T5.2', en: "acting ethically", nl: "ethisch handelen", desc: "Respecting people's dignity, privacy and rights and acting with integrity."},

  // ---- L: language skills and knowledge -------------------------------------
  {id: 'dutch-language', code: 'L1', en: "Dutch", nl: "Nederlands", desc: "Understanding and using the Dutch language."},
  {id: 'dutch-spoken', code: 'L1.1', en: "spoken Dutch", nl: "mondeling Nederlands", desc: "Listening and speaking in Dutch."},
  {id: 'dutch-written', code: 'L1.2', en: "written Dutch", nl: "schriftelijk Nederlands", desc: "Reading and writing in Dutch."},
  {id: 'foreign-languages', code: 'L2', en: "foreign languages", nl: "vreemde talen", desc: "Understanding and using languages other than Dutch."},
  {id: 'english', code: 'L2.1', en: "English", nl: "Engels", desc: "Understanding and using English."},
  {id: 'german', code: 'L2.2', en: "German", nl: "Duits", desc: "Understanding and using German."}
] AS row
MERGE (g:OutcomeGroup {id: 'http://data.competence-atlas.org/group/' + row.id})
SET g.code = row.code,
    g.prefLabel_en = row.en,
    g.prefLabel_nl = row.nl,
    g.description_en = row.desc,
    g.source = 'seed';

// The tree of groups: each line is a parent group and its child groups.
UNWIND [
  ['skills', ['communication-instruction', 'information-skills', 'assisting-caring', 'management-skills', 'working-with-computers', 'goods-vehicles-food', 'metal-machinery', 'selling-payments']],
  ['communication-instruction', ['informing-clients', 'handling-client-concerns', 'building-client-relationships', 'writing-reporting', 'instructing-supporting-learners']],
  ['information-skills', ['keeping-records', 'planning-scheduling', 'analysing-information']],
  ['assisting-caring', ['providing-personal-care', 'clinical-care', 'caring-for-children-youth', 'hospitality-services', 'health-safety']],
  ['management-skills', ['supervising-people', 'managing-resources', 'organising-events']],
  ['working-with-computers', ['using-business-software', 'supporting-ict-users', 'developing-software']],
  ['goods-vehicles-food', ['operating-vehicles', 'handling-goods', 'preparing-food']],
  ['metal-machinery', ['welding', 'tools-drawings']],
  ['selling-payments', ['selling', 'handling-payments']],

  ['knowledge', ['health-welfare-knowledge', 'business-services-knowledge', 'education-knowledge', 'ict-knowledge', 'engineering-safety-knowledge']],
  ['health-welfare-knowledge', ['medical-nursing-knowledge', 'hygiene-knowledge']],
  ['business-services-knowledge', ['hospitality-knowledge', 'logistics-knowledge', 'commerce-knowledge', 'law-administration-knowledge']],
  ['education-knowledge', ['pedagogy-knowledge', 'social-work-knowledge']],
  ['ict-knowledge', ['ict-systems-knowledge', 'data-knowledge']],
  ['engineering-safety-knowledge', ['occupational-safety-knowledge', 'metalworking-knowledge']],

  ['transversal', ['core-skills', 'thinking-skills', 'self-management', 'social-skills', 'values']],
  ['core-skills', ['communicating', 'digital-basics', 'working-with-numbers']],
  ['thinking-skills', ['solving-problems', 'organising-own-work']],
  ['self-management', ['coping', 'initiative-learning']],
  ['social-skills', ['teamwork', 'leading-others', 'supporting-others']],
  ['values', ['acting-sustainably', 'acting-ethically']],

  ['language', ['dutch-language', 'foreign-languages']],
  ['dutch-language', ['dutch-spoken', 'dutch-written']],
  ['foreign-languages', ['english', 'german']]
] AS r
MATCH (parent:OutcomeGroup {id: 'http://data.competence-atlas.org/group/' + r[0]})
UNWIND r[1] AS childSlug
MATCH (child:OutcomeGroup {id: 'http://data.competence-atlas.org/group/' + childSlug})
MERGE (child)-[:BROADER]->(parent);
