// =============================================================================
// Competence Atlas - demo seed world
// 04 Occupations: job standards with essential and optional learning outcomes
//
// 26 occupations in hospitality, health and care, education, retail,
// logistics, office work and ICT, plus the welder as a deliberately "far"
// destination that shares almost nothing with front-of-house work.
//
// code      our own code: the ISCO-08 unit group plus a running number
// iscoCode  the ISCO-08 unit group (level 4) the occupation belongs to
//
// Things to notice:
//  * hotel receptionist and nurse: their communication outcomes are worded
//    differently and never coincide, but meet pairwise in the narrow groups
//    S1.1, S1.2 and S1.3 (see 03). The only essential outcome they share
//    exactly is 'maintain confidentiality'.
//  * health care assistant: a stepping stone between the two. It shares the
//    transversal basics with the receptionist and much of the basic care,
//    observation and reporting with the nurse.
//  * hotel concierge: very close to the receptionist (9 of its 13 essentials
//    are receptionist essentials too).
//  * welder: shares nothing with the receptionist or the concierge.
// =============================================================================

UNWIND [
  // ---- hospitality ----------------------------------------------------------
  {id: 'hotel-receptionist', code: '4224.1', isco: '4224', en: "hotel receptionist", nl: "hotelreceptionist", altEn: ["front desk clerk", "front office employee", "hotel desk clerk"], altNl: ["baliemedewerker", "receptiemedewerker hotel", "medewerker front office"], descEn: "Hotel receptionists are the first point of contact for guests. They welcome guests, handle reservations, check-in and check-out, inform guests about the hotel and its services, deal with requests and complaints, and settle payments.", descNl: "Hotelreceptionisten zijn het eerste aanspreekpunt voor gasten. Zij heten gasten welkom, verwerken reserveringen, checken gasten in en uit, informeren hen over het hotel en zijn diensten, handelen verzoeken en klachten af en rekenen af."},
  {id: 'hotel-concierge', code: '4224.2', isco: '4224', en: "hotel concierge", nl: "hotelconciërge", altEn: ["concierge", "guest relations agent"], altNl: ["concierge", "medewerker guest relations"], descEn: "Hotel concierges help guests make the most of their stay. They give advice on local attractions, restaurants and transport, arrange bookings and special requests, look after luggage and solve problems for guests.", descNl: "Hotelconciërges helpen gasten het beste uit hun verblijf te halen. Zij adviseren over bezienswaardigheden, restaurants en vervoer, regelen boekingen en bijzondere verzoeken, zorgen voor bagage en lossen problemen van gasten op."},
  {id: 'waiter', code: '5131.1', isco: '5131', en: "waiter", nl: "bedieningsmedewerker", altEn: ["waitress", "server"], altNl: ["ober", "serveerster", "kelner"], descEn: "Waiters welcome guests in a restaurant or café, lay tables, take orders, advise on the menu, serve food and drinks and settle the bill.", descNl: "Bedieningsmedewerkers ontvangen gasten in een restaurant of café, dekken tafels, nemen bestellingen op, adviseren over het menu, serveren eten en drinken en rekenen af."},
  {id: 'cook', code: '5120.1', isco: '5120', en: "cook", nl: "kok", altEn: ["line cook"], altNl: ["zelfstandig werkend kok"], descEn: "Cooks prepare dishes in a professional kitchen according to recipes and food safety rules, keep the kitchen organised and help plan menus.", descNl: "Koks bereiden gerechten in een professionele keuken volgens recepten en regels voor voedselveiligheid, houden de keuken op orde en denken mee over menu's."},
  {id: 'event-coordinator', code: '3332.1', isco: '3332', en: "event coordinator", nl: "evenementencoördinator", altEn: ["event organiser", "event planner"], altNl: ["evenementenorganisator", "eventmanager"], descEn: "Event coordinators plan and run events such as conferences, festivals and parties: programme, venue, suppliers, budget, volunteers, promotion and safety.", descNl: "Evenementencoördinatoren plannen en leiden evenementen zoals congressen, festivals en feesten: programma, locatie, leveranciers, budget, vrijwilligers, promotie en veiligheid."},

  // ---- health and care ------------------------------------------------------
  {id: 'nurse', code: '3221.1', isco: '3221', en: "nurse", nl: "verpleegkundige", altEn: ["vocationally trained nurse"], altNl: ["mbo-verpleegkundige", "verpleegkundige niveau 4"], descEn: "Nurses provide and coordinate care for patients in hospitals, nursing homes and home care. They assess care needs, draw up care plans, carry out nursing procedures, administer medication, inform and support patients and relatives and report in the care record.", descNl: "Verpleegkundigen verlenen en coördineren zorg voor patiënten in ziekenhuizen, verpleeghuizen en de wijk. Zij stellen de zorgbehoefte vast, maken zorgplannen, voeren verpleegtechnische handelingen uit, dienen medicatie toe, informeren en ondersteunen patiënten en naasten en rapporteren in het zorgdossier.", regulated: "Regulated profession in the Netherlands: the title 'verpleegkundige' is protected and practising requires registration in the BIG register on the basis of a recognised nursing diploma."},
  {id: 'health-care-assistant', code: '5321.1', isco: '5321', en: "health care assistant", nl: "zorgassistent", altEn: ["care assistant", "nursing assistant"], altNl: ["verzorgende", "verzorgende IG"], descEn: "Health care assistants support clients with personal care and daily living in care homes, hospitals and home care, observe their condition, report changes and work under the responsibility of nurses.", descNl: "Zorgassistenten ondersteunen cliënten bij de persoonlijke verzorging en het dagelijks leven in verpleeghuizen, ziekenhuizen en de thuiszorg, observeren hun toestand, melden veranderingen en werken onder verantwoordelijkheid van verpleegkundigen."},
  {id: 'elderly-care-helper', code: '5322.1', isco: '5322', en: "elderly care helper", nl: "helpende ouderenzorg", altEn: ["care helper for older people", "home care aide"], altNl: ["zorghulp", "helpende zorg en welzijn"], descEn: "Elderly care helpers assist older people at home or in a care home with meals, moving around, small care tasks and social activities, and report changes to the care team.", descNl: "Helpenden in de ouderenzorg ondersteunen ouderen thuis of in een woonzorgcentrum bij maaltijden, verplaatsen, eenvoudige zorgtaken en sociale activiteiten, en melden veranderingen aan het zorgteam."},
  {id: 'pharmacy-assistant', code: '3213.1', isco: '3213', en: "pharmacy assistant", nl: "apothekersassistent", altEn: ["pharmacy technician"], altNl: ["farmaceutisch medewerker"], descEn: "Pharmacy assistants process prescriptions, prepare and dispense medicines, advise customers on their use and manage the pharmacy stock, under the supervision of a pharmacist.", descNl: "Apothekersassistenten verwerken recepten, maken geneesmiddelen klaar en geven ze af, adviseren klanten over het gebruik en beheren de voorraad van de apotheek, onder toezicht van een apotheker."},

  // ---- education and youth --------------------------------------------------
  {id: 'teaching-assistant', code: '5312.1', isco: '5312', en: "teaching assistant", nl: "onderwijsassistent", altEn: ["classroom assistant", "teacher's aide"], altNl: ["klassenassistent"], descEn: "Teaching assistants support teachers in primary and secondary schools: they help pupils with their work, prepare materials, supervise groups and contribute to a safe class climate.", descNl: "Onderwijsassistenten ondersteunen leraren in het primair en voortgezet onderwijs: zij helpen leerlingen bij hun werk, bereiden materialen voor, begeleiden groepjes en dragen bij aan een veilig klimaat in de klas."},
  {id: 'childcare-worker', code: '5311.1', isco: '5311', en: "childcare worker", nl: "pedagogisch medewerker kinderopvang", altEn: ["nursery worker", "early years practitioner"], altNl: ["leidster kinderdagverblijf", "pedagogisch professional kinderopvang"], descEn: "Childcare workers look after young children in day care and after-school care, stimulate their development through play, keep them safe and keep parents informed.", descNl: "Pedagogisch medewerkers in de kinderopvang zorgen voor jonge kinderen in de dagopvang en buitenschoolse opvang, stimuleren hun ontwikkeling door spel, zorgen voor hun veiligheid en houden ouders op de hoogte."},
  {id: 'youth-worker', code: '3412.1', isco: '3412', en: "youth worker", nl: "jongerenwerker", altEn: ["youth support worker"], altNl: ["jeugdwerker"], descEn: "Youth workers build trusting relationships with young people in the neighbourhood, organise activities, coach them towards their goals and refer them to other services when needed.", descNl: "Jongerenwerkers bouwen een vertrouwensband op met jongeren in de wijk, organiseren activiteiten, coachen hen bij hun doelen en verwijzen zo nodig door naar andere voorzieningen."},

  // ---- retail ---------------------------------------------------------------
  {id: 'shop-assistant', code: '5223.1', isco: '5223', en: "shop assistant", nl: "verkoopmedewerker", altEn: ["sales assistant", "retail assistant"], altNl: ["winkelmedewerker", "verkoper"], descEn: "Shop assistants help and advise customers, present and replenish products, work at the till and handle simple complaints.", descNl: "Verkoopmedewerkers helpen en adviseren klanten, presenteren en vullen producten aan, werken aan de kassa en handelen eenvoudige klachten af."},
  {id: 'store-manager', code: '1420.1', isco: '1420', en: "store manager", nl: "filiaalmanager", altEn: ["shop manager", "branch manager"], altNl: ["winkelmanager", "bedrijfsleider winkel"], descEn: "Store managers run a shop: they lead and schedule the staff, manage stock and budget, watch the sales figures and make sure customers are served well.", descNl: "Filiaalmanagers leiden een winkel: zij sturen het personeel aan en maken roosters, beheren voorraad en budget, bewaken de verkoopcijfers en zorgen dat klanten goed geholpen worden."},
  {id: 'cashier', code: '5230.1', isco: '5230', en: "cashier", nl: "kassamedewerker", altEn: ["checkout operator"], altNl: ["caissière", "kassière"], descEn: "Cashiers scan purchases, handle payments, answer customer questions and cash up the till at the end of the shift.", descNl: "Kassamedewerkers scannen aankopen, handelen betalingen af, beantwoorden vragen van klanten en maken aan het eind van de dienst de kas op."},

  // ---- logistics ------------------------------------------------------------
  {id: 'warehouse-worker', code: '9333.1', isco: '9333', en: "warehouse worker", nl: "magazijnmedewerker", altEn: ["order picker", "warehouse operative"], altNl: ["orderpicker", "logistiek medewerker"], descEn: "Warehouse workers receive, store, pick, pack and dispatch goods, using scanners and the warehouse management system and working safely.", descNl: "Magazijnmedewerkers ontvangen, slaan op, verzamelen, verpakken en verzenden goederen, werken met scanners en het warehouse management systeem en werken veilig."},
  {id: 'forklift-operator', code: '8344.1', isco: '8344', en: "forklift operator", nl: "heftruckchauffeur", altEn: ["forklift driver", "lift truck operator"], altNl: ["heftruckbestuurder"], descEn: "Forklift operators move, stack and load goods with a forklift truck in warehouses, yards and production sites, and check their truck before use.", descNl: "Heftruckchauffeurs verplaatsen, stapelen en laden goederen met een heftruck in magazijnen, op terreinen en in productiehallen en controleren hun heftruck vóór gebruik."},
  {id: 'logistics-planner', code: '4323.1', isco: '4323', en: "logistics planner", nl: "logistiek planner", altEn: ["transport planner", "route planner"], altNl: ["transportplanner", "planner logistiek"], descEn: "Logistics planners plan transport routes and shipments, forecast what is needed and align carriers, warehouse and customers so that goods arrive on time at the lowest cost.", descNl: "Logistiek planners plannen transportritten en zendingen, voorspellen wat nodig is en stemmen vervoerders, magazijn en klanten op elkaar af zodat goederen op tijd en tegen zo laag mogelijke kosten aankomen."},
  {id: 'delivery-driver', code: '8322.1', isco: '8322', en: "delivery driver", nl: "pakketbezorger", altEn: ["courier", "van driver"], altNl: ["koerier", "bestelbuschauffeur"], descEn: "Delivery drivers load their van, drive their route and deliver parcels to customers, dealing with questions and absent recipients along the way.", descNl: "Pakketbezorgers laden hun bestelbus, rijden hun route en bezorgen pakketten bij klanten, en handelen onderweg vragen en niet-thuissituaties af."},

  // ---- office ---------------------------------------------------------------
  {id: 'administrative-assistant', code: '4110.1', isco: '4110', en: "administrative assistant", nl: "administratief medewerker", altEn: ["office assistant", "office clerk"], altNl: ["secretarieel medewerker", "officemedewerker"], descEn: "Administrative assistants keep records and files, handle correspondence, agendas and invoices, and support colleagues with office tasks.", descNl: "Administratief medewerkers houden registraties en dossiers bij, verzorgen correspondentie, agenda's en facturen en ondersteunen collega's bij kantoortaken."},
  {id: 'office-receptionist', code: '4226.1', isco: '4226', en: "office receptionist", nl: "receptionist", altEn: ["receptionist", "front desk officer"], altNl: ["receptiemedewerker", "telefonist-receptionist"], descEn: "Office receptionists receive visitors, answer the telephone, give information, manage appointments and keep the reception area running.", descNl: "Receptionisten ontvangen bezoekers, nemen de telefoon aan, geven informatie, beheren afspraken en zorgen dat de receptie goed loopt."},
  {id: 'customer-service-representative', code: '4222.1', isco: '4222', en: "customer service representative", nl: "klantenservicemedewerker", altEn: ["contact centre agent", "customer service agent"], altNl: ["callcentermedewerker", "medewerker klantcontact"], descEn: "Customer service representatives answer questions and complaints from customers by telephone, e-mail and chat and record them in the customer system.", descNl: "Klantenservicemedewerkers beantwoorden vragen en klachten van klanten via telefoon, e-mail en chat en leggen ze vast in het klantsysteem."},

  // ---- ICT ------------------------------------------------------------------
  {id: 'ict-helpdesk-agent', code: '3512.1', isco: '3512', en: "ICT helpdesk agent", nl: "servicedeskmedewerker ICT", altEn: ["IT support technician", "service desk agent"], altNl: ["helpdeskmedewerker", "medewerker ICT-support"], descEn: "ICT helpdesk agents are the first point of contact for users with computer problems. They register calls, diagnose and solve problems with hardware, software and accounts, and explain solutions in plain language.", descNl: "Servicedeskmedewerkers ICT zijn het eerste aanspreekpunt voor gebruikers met computerproblemen. Zij registreren meldingen, sporen problemen met hardware, software en accounts op en lossen ze op, en leggen oplossingen uit in begrijpelijke taal."},
  {id: 'software-developer', code: '2512.1', isco: '2512', en: "software developer", nl: "softwareontwikkelaar", altEn: ["programmer", "software engineer"], altNl: ["programmeur", "developer"], descEn: "Software developers design, write, test and maintain software, often in a team and with version control and databases.", descNl: "Softwareontwikkelaars ontwerpen, schrijven, testen en onderhouden software, vaak in teamverband en met versiebeheer en databases."},
  {id: 'data-analyst', code: '2511.1', isco: '2511', en: "data analyst", nl: "data-analist", altEn: ["business data analyst"], altNl: ["BI-analist"], descEn: "Data analysts collect and analyse data, apply statistics and present their findings in reports and dashboards that support decisions.", descNl: "Data-analisten verzamelen en analyseren gegevens, passen statistiek toe en presenteren hun bevindingen in rapportages en dashboards die beslissingen ondersteunen."},

  // ---- far destination: metal industry ---------------------------------------
  {id: 'welder', code: '7212.1', isco: '7212', en: "welder", nl: "lasser", altEn: ["MIG/MAG welder", "fabrication welder"], altNl: ["constructielasser"], descEn: "Welders join metal parts by welding according to technical drawings and welding procedures, prepare and finish the parts and check the quality of the welds.", descNl: "Lassers verbinden metalen onderdelen door lassen volgens technische tekeningen en lasmethoden, bereiden de onderdelen voor, werken ze af en controleren de kwaliteit van de lassen."}
] AS row
MERGE (o:Occupation {id: 'http://data.competence-atlas.org/occupation/' + row.id})
SET o.code = row.code,
    o.iscoCode = row.isco,
    o.prefLabel_en = row.en,
    o.prefLabel_nl = row.nl,
    o.altLabels_en = coalesce(row.altEn, []),
    o.altLabels_nl = coalesce(row.altNl, []),
    o.description_en = row.descEn,
    o.description_nl = row.descNl,
    o.regulatedProfessionNote = row.regulated,
    o.source = 'seed';

// Each occupation sits in its ISCO-08 unit group (level 4).
MATCH (o:Occupation)
WHERE o.source = 'seed'
MATCH (g:IscoGroup {id: 'http://data.competence-atlas.org/isco/' + o.iscoCode})
MERGE (o)-[:IN_ISCO_GROUP]->(g);

// -----------------------------------------------------------------------------
// What each occupation requires:
// (:Occupation)-[:REQUIRES {importance: 'essential'|'optional'}]->(:LearningOutcome)
// Each line: occupation, importance, outcomes.
// -----------------------------------------------------------------------------
UNWIND [
  // ---- hospitality ----------------------------------------------------------
  ['hotel-receptionist', 'essential', ['inform-guests-hotel-services', 'handle-guest-complaints', 'build-rapport-guests', 'welcome-guests', 'check-in-guests', 'process-reservations', 'use-hotel-pms', 'handle-payments', 'answer-telephone-enquiries', 'front-office-procedures', 'speak-english', 'work-in-team', 'maintain-confidentiality', 'show-service-attitude']],
  ['hotel-receptionist', 'optional', ['speak-german', 'sell-additional-products', 'recommend-local-attractions', 'cope-with-pressure', 'de-escalate-conflicts', 'provide-first-aid', 'data-protection-law']],

  ['hotel-concierge', 'essential', ['inform-guests-hotel-services', 'recommend-local-attractions', 'arrange-guest-services', 'handle-guest-luggage', 'welcome-guests', 'build-rapport-guests', 'handle-guest-complaints', 'local-tourist-information', 'speak-english', 'show-service-attitude', 'answer-telephone-enquiries', 'maintain-confidentiality', 'work-in-team']],
  ['hotel-concierge', 'optional', ['speak-german', 'front-office-procedures', 'use-hotel-pms', 'process-reservations', 'sell-additional-products', 'solve-problems']],

  ['waiter', 'essential', ['welcome-guests', 'take-orders', 'serve-food-drinks', 'set-tables', 'advise-guests-on-menu', 'handle-payments', 'apply-food-hygiene', 'food-and-beverages', 'work-in-team', 'show-service-attitude', 'cope-with-pressure']],
  ['waiter', 'optional', ['handle-guest-complaints', 'build-rapport-guests', 'speak-english', 'sell-additional-products', 'food-safety-regulations']],

  ['cook', 'essential', ['prepare-dishes', 'use-kitchen-equipment', 'apply-food-hygiene', 'food-safety-regulations', 'follow-safety-procedures', 'work-in-team', 'cope-with-pressure', 'manage-time', 'reduce-food-waste']],
  ['cook', 'optional', ['plan-menus', 'order-supplies', 'manage-stock', 'food-and-beverages', 'sort-waste', 'save-energy-materials']],

  ['event-coordinator', 'essential', ['plan-events', 'coordinate-event-suppliers', 'manage-event-budget', 'promote-events', 'draw-up-event-safety-plan', 'coordinate-volunteers', 'maintain-customer-relationships', 'manage-time', 'solve-problems', 'communicate-clearly', 'write-business-correspondence']],
  ['event-coordinator', 'optional', ['use-spreadsheets', 'speak-english', 'present-to-group', 'handle-customer-complaints', 'lead-group', 'make-decisions', 'take-initiative']],

  // ---- health and care ------------------------------------------------------
  ['nurse', 'essential', ['inform-patients-relatives', 'respond-patient-concerns', 'build-therapeutic-relationship', 'listen-actively', 'observe-client-condition', 'measure-vital-signs', 'administer-medication', 'perform-nursing-procedures', 'draw-up-care-plan', 'record-patient-care', 'apply-hand-hygiene', 'pharmacology-basics', 'work-in-multidisciplinary-team', 'maintain-confidentiality']],
  ['nurse', 'optional', ['cope-with-pressure', 'anatomy-physiology', 'infection-prevention', 'respect-client-dignity', 'care-legislation', 'provide-first-aid', 'use-electronic-client-record', 'speak-english']],

  ['health-care-assistant', 'essential', ['assist-daily-living', 'assist-personal-hygiene', 'assist-eating-drinking', 'support-mobility', 'observe-client-condition', 'apply-hand-hygiene', 'record-patient-care', 'respect-client-dignity', 'respond-patient-concerns', 'work-in-team', 'maintain-confidentiality', 'show-service-attitude', 'infection-prevention']],
  ['health-care-assistant', 'optional', ['measure-vital-signs', 'administer-medication', 'provide-companionship', 'lift-loads-safely', 'conditions-of-older-people', 'inform-patients-relatives', 'use-electronic-client-record', 'provide-first-aid']],

  ['elderly-care-helper', 'essential', ['assist-eating-drinking', 'support-mobility', 'provide-companionship', 'respect-client-dignity', 'apply-hand-hygiene', 'observe-client-condition', 'show-empathy', 'adapt-communication-style', 'work-in-team', 'follow-work-procedures']],
  ['elderly-care-helper', 'optional', ['assist-personal-hygiene', 'conditions-of-older-people', 'dementia', 'lift-loads-safely', 'provide-first-aid', 'listen-actively']],

  ['pharmacy-assistant', 'essential', ['process-prescriptions', 'advise-on-medicine-use', 'pharmacology-basics', 'provide-customer-information', 'handle-payments', 'maintain-confidentiality', 'manage-stock', 'work-accurately', 'hygiene-regulations', 'care-legislation']],
  ['pharmacy-assistant', 'optional', ['handle-customer-complaints', 'answer-telephone-enquiries', 'calculate-medication-doses', 'order-supplies', 'use-electronic-client-record']],

  // ---- education and youth --------------------------------------------------
  ['teaching-assistant', 'essential', ['support-pupils-learning', 'prepare-lesson-materials', 'create-safe-group-climate', 'supervise-children', 'give-constructive-feedback', 'inform-parents-about-child', 'recognise-child-safety-concerns', 'pedagogy-didactics', 'child-development', 'work-in-team', 'show-empathy']],
  ['teaching-assistant', 'optional', ['special-educational-needs', 'group-dynamics', 'use-digital-devices', 'present-to-group', 'reflect-on-own-practice']],

  ['childcare-worker', 'essential', ['supervise-children', 'stimulate-child-development', 'create-safe-group-climate', 'inform-parents-about-child', 'recognise-child-safety-concerns', 'child-development', 'apply-hand-hygiene', 'provide-first-aid', 'work-in-team', 'show-empathy']],
  ['childcare-worker', 'optional', ['pedagogy-didactics', 'group-dynamics', 'organise-youth-activities', 'maintain-records']],

  ['youth-worker', 'essential', ['build-trust-young-people', 'organise-youth-activities', 'create-safe-group-climate', 'coach-young-people', 'recognise-child-safety-concerns', 'de-escalate-conflicts', 'group-dynamics', 'youth-support-services', 'listen-actively', 'respect-diversity', 'write-reports']],
  ['youth-worker', 'optional', ['lead-group', 'motivate-others', 'coordinate-volunteers', 'present-to-group', 'reflect-on-own-practice']],

  // ---- retail ---------------------------------------------------------------
  ['shop-assistant', 'essential', ['advise-customers-on-products', 'display-merchandise', 'stock-shelves', 'operate-cash-register', 'handle-payments', 'handle-customer-complaints', 'provide-customer-information', 'show-service-attitude', 'work-in-team', 'sales-techniques']],
  ['shop-assistant', 'optional', ['sell-additional-products', 'cash-up-till', 'maintain-stock-records', 'speak-english', 'use-digital-devices']],

  ['store-manager', 'essential', ['supervise-staff', 'plan-staff-rotas', 'train-new-employees', 'manage-budget', 'manage-stock', 'monitor-sales-figures', 'handle-customer-complaints', 'lead-group', 'motivate-others', 'make-decisions', 'follow-safety-procedures', 'customer-service-principles']],
  ['store-manager', 'optional', ['use-spreadsheets', 'order-supplies', 'display-merchandise', 'analyse-data', 'occupational-safety-regulations', 'consumer-rights', 'adapt-to-change']],

  ['cashier', 'essential', ['operate-cash-register', 'handle-payments', 'cash-up-till', 'provide-customer-information', 'show-service-attitude', 'work-accurately', 'apply-basic-arithmetic']],
  ['cashier', 'optional', ['handle-customer-complaints', 'stock-shelves', 'speak-english', 'act-with-integrity']],

  // ---- logistics ------------------------------------------------------------
  ['warehouse-worker', 'essential', ['receive-goods', 'pick-orders', 'store-goods', 'pack-goods', 'load-unload-vehicles', 'lift-loads-safely', 'follow-safety-procedures', 'use-wms', 'work-in-team', 'work-accurately']],
  ['warehouse-worker', 'optional', ['operate-pallet-truck', 'operate-forklift', 'maintain-stock-records', 'warehouse-operations', 'sort-waste', 'instruct-others']],

  ['forklift-operator', 'essential', ['operate-forklift', 'check-vehicles-equipment', 'store-goods', 'load-unload-vehicles', 'follow-safety-procedures', 'use-ppe', 'occupational-safety-regulations', 'work-accurately']],
  ['forklift-operator', 'optional', ['operate-pallet-truck', 'use-wms', 'warehouse-operations', 'pick-orders']],

  ['logistics-planner', 'essential', ['plan-transport-routes', 'coordinate-shipments', 'forecast-stock-needs', 'use-wms', 'use-spreadsheets', 'warehouse-management-systems', 'supply-chain-principles', 'road-transport-regulations', 'solve-problems', 'set-priorities', 'communicate-clearly', 'maintain-records']],
  ['logistics-planner', 'optional', ['analyse-data', 'warehouse-operations', 'write-business-correspondence', 'speak-english', 'handle-customer-complaints']],

  ['delivery-driver', 'essential', ['drive-delivery-van', 'deliver-parcels', 'load-unload-vehicles', 'check-vehicles-equipment', 'road-transport-regulations', 'lift-loads-safely', 'provide-customer-information', 'manage-time']],
  ['delivery-driver', 'optional', ['drive-fuel-efficiently', 'plan-transport-routes', 'handle-payments', 'use-digital-devices']],

  // ---- office ---------------------------------------------------------------
  ['administrative-assistant', 'essential', ['maintain-records', 'file-documents', 'write-business-correspondence', 'use-word-processing', 'use-spreadsheets', 'process-invoices', 'schedule-appointments', 'office-procedures', 'communicate-digitally', 'work-accurately', 'manage-time']],
  ['administrative-assistant', 'optional', ['answer-telephone-enquiries', 'data-protection-law', 'maintain-confidentiality', 'use-crm-software', 'write-dutch']],

  ['office-receptionist', 'essential', ['receive-visitors', 'answer-telephone-enquiries', 'provide-customer-information', 'schedule-appointments', 'maintain-records', 'use-word-processing', 'communicate-digitally', 'maintain-confidentiality', 'show-service-attitude', 'office-procedures']],
  ['office-receptionist', 'optional', ['handle-customer-complaints', 'speak-english', 'process-invoices', 'respond-to-emergencies', 'file-documents']],

  ['customer-service-representative', 'essential', ['answer-telephone-enquiries', 'handle-customer-complaints', 'provide-customer-information', 'maintain-customer-relationships', 'use-crm-software', 'communicate-digitally', 'listen-actively', 'de-escalate-conflicts', 'customer-service-principles', 'cope-with-pressure', 'speak-dutch']],
  ['customer-service-representative', 'optional', ['sell-additional-products', 'speak-english', 'consumer-rights', 'data-protection-law', 'write-business-correspondence']],

  // ---- ICT ------------------------------------------------------------------
  ['ict-helpdesk-agent', 'essential', ['support-ict-users', 'troubleshoot-computer-problems', 'install-software', 'register-support-tickets', 'explain-technical-matters', 'operating-systems', 'computer-networks', 'information-security', 'listen-actively', 'solve-problems', 'customer-service-principles']],
  ['ict-helpdesk-agent', 'optional', ['set-up-networks', 'answer-telephone-enquiries', 'speak-english', 'write-reports', 'manage-time']],

  ['software-developer', 'essential', ['develop-software', 'program-in-python', 'test-software', 'use-version-control', 'query-databases', 'programming-concepts', 'relational-databases', 'solve-problems', 'work-in-team', 'work-accurately']],
  ['software-developer', 'optional', ['information-security', 'analyse-data', 'speak-english', 'write-reports', 'explain-technical-matters']],

  ['data-analyst', 'essential', ['analyse-data', 'perform-statistical-analysis', 'visualise-data', 'query-databases', 'use-spreadsheets', 'statistics', 'relational-databases', 'write-reports', 'present-to-group', 'work-accurately']],
  ['data-analyst', 'optional', ['program-in-python', 'data-protection-law', 'explain-technical-matters', 'make-decisions', 'search-information-online']],

  // ---- far destination ------------------------------------------------------
  ['welder', 'essential', ['weld-metal-parts', 'perform-mig-mag-welding', 'read-technical-drawings', 'inspect-weld-quality', 'use-grinding-cutting-tools', 'use-ppe', 'follow-safety-procedures', 'metal-properties', 'welding-techniques']],
  ['welder', 'optional', ['perform-tig-welding', 'occupational-safety-regulations', 'fire-safety', 'work-accurately', 'sort-waste']]
] AS r
MATCH (o:Occupation {id: 'http://data.competence-atlas.org/occupation/' + r[0]})
UNWIND r[2] AS slug
MATCH (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + slug})
MERGE (o)-[x:REQUIRES]->(lo)
SET x.importance = r[1];
