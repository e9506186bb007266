// =============================================================================
// Competence Atlas - demo seed world
// 01 ISCO-08 groups
//
// The occupational classification our occupations hang in. Codes and English
// titles follow ISCO-08 (International Standard Classification of Occupations).
// The Dutch titles are our own translation. Only the groups that our seed
// occupations use are included: for each used unit group (level 4) its minor
// group (3), sub-major group (2) and major group (1).
//
// Each line: id, code, English and Dutch title.
// =============================================================================

UNWIND [
  // ---- level 1: major groups ------------------------------------------------
  {code: '1', en: "Managers", nl: "Leidinggevenden"},
  {code: '2', en: "Professionals", nl: "Specialisten"},
  {code: '3', en: "Technicians and associate professionals", nl: "Technici en vakspecialisten"},
  {code: '4', en: "Clerical support workers", nl: "Administratief en klantgericht ondersteunend personeel"},
  {code: '5', en: "Service and sales workers", nl: "Dienstverlenend en verkooppersoneel"},
  {code: '7', en: "Craft and related trades workers", nl: "Ambachtslieden en aanverwante vakkrachten"},
  {code: '8', en: "Plant and machine operators, and assemblers", nl: "Bedieners van installaties en machines, en assembleurs"},
  {code: '9', en: "Elementary occupations", nl: "Elementaire beroepen"},

  // ---- level 2: sub-major groups --------------------------------------------
  {code: '14', en: "Hospitality, retail and other services managers", nl: "Leidinggevenden in horeca, detailhandel en overige diensten"},
  {code: '25', en: "Information and communications technology professionals", nl: "Specialisten informatie- en communicatietechnologie"},
  {code: '32', en: "Health associate professionals", nl: "Vakspecialisten gezondheidszorg"},
  {code: '33', en: "Business and administration associate professionals", nl: "Vakspecialisten bedrijfsvoering en administratie"},
  {code: '34', en: "Legal, social, cultural and related associate professionals", nl: "Vakspecialisten juridische, sociale, culturele en aanverwante zaken"},
  {code: '35', en: "Information and communications technicians", nl: "Technici informatie- en communicatietechnologie"},
  {code: '41', en: "General and keyboard clerks", nl: "Algemeen administratief personeel en typisten"},
  {code: '42', en: "Customer services clerks", nl: "Klantgericht administratief personeel"},
  {code: '43', en: "Numerical and material recording clerks", nl: "Cijfermatig en materiaalregistrerend administratief personeel"},
  {code: '51', en: "Personal service workers", nl: "Persoonlijke dienstverleners"},
  {code: '52', en: "Sales workers", nl: "Verkopers"},
  {code: '53', en: "Personal care workers", nl: "Verzorgend personeel"},
  {code: '72', en: "Metal, machinery and related trades workers", nl: "Vakkrachten metaal, machines en aanverwante beroepen"},
  {code: '83', en: "Drivers and mobile plant operators", nl: "Bestuurders van voertuigen en mobiele installaties"},
  {code: '93', en: "Labourers in mining, construction, manufacturing and transport", nl: "Hulpkrachten in mijnbouw, bouw, industrie en transport"},

  // ---- level 3: minor groups ------------------------------------------------
  {code: '142', en: "Retail and wholesale trade managers", nl: "Leidinggevenden in detail- en groothandel"},
  {code: '251', en: "Software and applications developers and analysts", nl: "Ontwikkelaars en analisten van software en toepassingen"},
  {code: '321', en: "Medical and pharmaceutical technicians", nl: "Medisch en farmaceutisch technici"},
  {code: '322', en: "Nursing and midwifery associate professionals", nl: "Vakspecialisten verpleging en verloskunde"},
  {code: '333', en: "Business services agents", nl: "Zakelijke dienstverleners"},
  {code: '341', en: "Legal, social and religious associate professionals", nl: "Vakspecialisten juridische, sociale en religieuze zaken"},
  {code: '351', en: "Information and communications technology operations and user support technicians", nl: "Technici ICT-beheer en gebruikersondersteuning"},
  {code: '411', en: "General office clerks", nl: "Algemeen kantoorpersoneel"},
  {code: '422', en: "Client information workers", nl: "Klantinformatiemedewerkers"},
  {code: '432', en: "Material-recording and transport clerks", nl: "Administratief personeel voorraad en transport"},
  {code: '512', en: "Cooks", nl: "Koks"},
  {code: '513', en: "Waiters and bartenders", nl: "Kelners en barpersoneel"},
  {code: '522', en: "Shop salespersons", nl: "Winkelverkopers"},
  {code: '523', en: "Cashiers and ticket clerks", nl: "Kassamedewerkers en kaartverkopers"},
  {code: '531', en: "Child care workers and teachers' aides", nl: "Kinderopvangmedewerkers en onderwijsassistenten"},
  {code: '532', en: "Personal care workers in health services", nl: "Verzorgend personeel in de gezondheidszorg"},
  {code: '721', en: "Sheet and structural metal workers, moulders and welders, and related workers", nl: "Plaatwerkers, constructiewerkers, vormers, lassers en aanverwante beroepen"},
  {code: '832', en: "Car, van and motorcycle drivers", nl: "Chauffeurs van auto's, bestelwagens en motorfietsen"},
  {code: '834', en: "Mobile plant operators", nl: "Bedieners van mobiele installaties"},
  {code: '933', en: "Transport and storage labourers", nl: "Hulpkrachten transport en opslag"},

  // ---- level 4: unit groups -------------------------------------------------
  {code: '1420', en: "Retail and wholesale trade managers", nl: "Leidinggevenden in detail- en groothandel"},
  {code: '2511', en: "Systems analysts", nl: "Systeemanalisten"},
  {code: '2512', en: "Software developers", nl: "Softwareontwikkelaars"},
  {code: '3213', en: "Pharmaceutical technicians and assistants", nl: "Apothekersassistenten en farmaceutisch technici"},
  {code: '3221', en: "Nursing associate professionals", nl: "Verpleegkundigen (vakspecialist)"},
  {code: '3332', en: "Conference and event planners", nl: "Organisatoren van congressen en evenementen"},
  {code: '3412', en: "Social work associate professionals", nl: "Vakspecialisten sociaal werk"},
  {code: '3512', en: "Information and communications technology user support technicians", nl: "Technici ICT-gebruikersondersteuning"},
  {code: '4110', en: "General office clerks", nl: "Algemeen kantoorpersoneel"},
  {code: '4222', en: "Contact centre information clerks", nl: "Klantcontactmedewerkers"},
  {code: '4224', en: "Hotel receptionists", nl: "Hotelreceptionisten"},
  {code: '4226', en: "Receptionists (general)", nl: "Receptionisten (algemeen)"},
  {code: '4323', en: "Transport clerks", nl: "Administratief medewerkers transport"},
  {code: '5120', en: "Cooks", nl: "Koks"},
  {code: '5131', en: "Waiters", nl: "Kelners"},
  {code: '5223', en: "Shop sales assistants", nl: "Verkoopmedewerkers in winkels"},
  {code: '5230', en: "Cashiers and ticket clerks", nl: "Kassamedewerkers en kaartverkopers"},
  {code: '5311', en: "Child care workers", nl: "Medewerkers kinderopvang"},
  {code: '5312', en: "Teachers' aides", nl: "Onderwijsassistenten"},
  {code: '5321', en: "Health care assistants", nl: "Verzorgenden in de gezondheidszorg"},
  {code: '5322', en: "Home-based personal care workers", nl: "Thuiszorgmedewerkers"},
  {code: '7212', en: "Welders and flamecutters", nl: "Lassers en snijbranders"},
  {code: '8322', en: "Car, taxi and van drivers", nl: "Chauffeurs van auto's, taxi's en bestelwagens"},
  {code: '8344', en: "Lifting truck operators", nl: "Heftruckchauffeurs"},
  {code: '9333', en: "Freight handlers", nl: "Laders, lossers en magazijnmedewerkers"}
] AS row
MERGE (g:IscoGroup {id: 'http://data.competence-atlas.org/isco/' + row.code})
SET g.code = row.code,
    g.prefLabel_en = row.en,
    g.prefLabel_nl = row.nl,
    g.source = 'seed';

// Each group points to the group one level up (4 -> 3 -> 2 -> 1).
// An ISCO code's parent is the code without its last digit.
MATCH (g:IscoGroup)
WHERE g.source = 'seed' AND size(g.code) > 1
MATCH (parent:IscoGroup {id: 'http://data.competence-atlas.org/isco/' + left(g.code, size(g.code) - 1)})
MERGE (g)-[:BROADER]->(parent);
