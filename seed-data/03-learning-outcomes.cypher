// =============================================================================
// Competence Atlas - demo seed world
// 03 Learning outcomes: skills, competences and knowledge
//
// The common language of the atlas. Occupations (04), qualification units (05),
// learning opportunities (06) and learners' claims (07) all point at these.
//
// One outcome per line:
//   id       slug after http://data.competence-atlas.org/outcome/
//   type     'skill/competence' or 'knowledge'
//   reuse    'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific'
//   en, nl   preferred label      altEn, altNl   synonyms (optional)
//   descEn, descNl                 description
//
// Outcomes are listed under the level-3 group they belong to first. Where an
// outcome has more than one broader concept (polyhierarchy), or sits under a
// broader outcome, this is set in the BROADER statements further down.
//
// The standing example (receptionist and nurse, different words, same ability)
// lives in the first three groups: S1.1, S1.2 and S1.3.
// =============================================================================

UNWIND [
  // ---- S1.1 informing clients and the public --------------------------------
  {id: 'inform-guests-hotel-services', type: 'skill/competence', reuse: 'sector-specific', en: "inform guests about hotel services", nl: "gasten informeren over hotelvoorzieningen", altEn: ["explain hotel facilities to guests"], altNl: ["gasten wegwijs maken in het hotel"], descEn: "Tell guests about rooms, facilities, opening hours, services and house rules of the hotel, at the desk, by telephone or in writing.", descNl: "Gasten vertellen over kamers, faciliteiten, openingstijden, diensten en huisregels van het hotel, aan de balie, telefonisch of schriftelijk."},
  {id: 'recommend-local-attractions', type: 'skill/competence', reuse: 'occupation-specific', en: "recommend local attractions and routes to guests", nl: "gasten tips geven over bezienswaardigheden en routes", descEn: "Suggest restaurants, sights, events and ways to get there that suit the wishes of the guest.", descNl: "Restaurants, bezienswaardigheden, evenementen en routes voorstellen die passen bij de wensen van de gast."},
  {id: 'inform-patients-relatives', type: 'skill/competence', reuse: 'sector-specific', en: "inform patients and relatives about care", nl: "patiënten en naasten informeren over de zorg", altEn: ["give patient information"], altNl: ["voorlichting geven aan patiënten"], descEn: "Explain to patients and their relatives what care is given, why, and what they can expect, in words they understand.", descNl: "Patiënten en hun naasten uitleggen welke zorg er gegeven wordt, waarom en wat zij kunnen verwachten, in woorden die zij begrijpen."},
  {id: 'provide-customer-information', type: 'skill/competence', reuse: 'cross-sector', en: "provide information to customers", nl: "klanten informatie geven", altEn: ["answer customer questions"], altNl: ["klantvragen beantwoorden"], descEn: "Answer questions of customers about products, services, prices and procedures correctly and in a friendly way.", descNl: "Vragen van klanten over producten, diensten, prijzen en procedures juist en vriendelijk beantwoorden."},
  {id: 'answer-telephone-enquiries', type: 'skill/competence', reuse: 'cross-sector', en: "answer telephone enquiries", nl: "telefonische vragen beantwoorden", altEn: ["handle incoming calls"], altNl: ["de telefoon aannemen"], descEn: "Take incoming calls, find out what the caller needs, give information or put the caller through, and take messages.", descNl: "Inkomende gesprekken aannemen, uitvragen wat de beller nodig heeft, informatie geven of doorverbinden en berichten noteren."},
  {id: 'inform-parents-about-child', type: 'skill/competence', reuse: 'sector-specific', en: "inform parents about their child", nl: "ouders informeren over hun kind", altEn: ["hold handover conversations with parents"], altNl: ["overdracht aan ouders doen"], descEn: "Tell parents or carers how the day or the development of their child went and discuss any concerns.", descNl: "Ouders of verzorgers vertellen hoe de dag of de ontwikkeling van hun kind verliep en eventuele zorgen bespreken."},

  // ---- S1.2 handling client concerns and complaints -------------------------
  {id: 'handle-guest-complaints', type: 'skill/competence', reuse: 'sector-specific', en: "handle guest complaints", nl: "klachten van gasten afhandelen", altEn: ["deal with guest complaints"], altNl: ["gastenklachten behandelen"], descEn: "Listen to dissatisfied guests, apologise where appropriate, find a solution within hotel policy and follow it up.", descNl: "Luisteren naar ontevreden gasten, waar nodig excuses aanbieden, binnen het hotelbeleid een oplossing vinden en die opvolgen."},
  {id: 'respond-patient-concerns', type: 'skill/competence', reuse: 'sector-specific', en: "respond to patient concerns", nl: "ingaan op zorgen van patiënten", altEn: ["address worries of patients and relatives"], altNl: ["omgaan met zorgen en klachten van cliënten"], descEn: "Recognise worries, fears or complaints of patients, clients and relatives, take them seriously and respond or refer them appropriately.", descNl: "Zorgen, angsten of klachten van patiënten, cliënten en naasten herkennen, serieus nemen en er passend op reageren of ze doorverwijzen."},
  {id: 'handle-customer-complaints', type: 'skill/competence', reuse: 'cross-sector', en: "handle customer complaints", nl: "klachten van klanten afhandelen", altEn: ["manage complaints"], altNl: ["klachtafhandeling"], descEn: "Receive complaints from customers, find a fair solution, and record and follow up the complaint.", descNl: "Klachten van klanten aannemen, een redelijke oplossing vinden en de klacht registreren en opvolgen."},
  {id: 'de-escalate-conflicts', type: 'skill/competence', reuse: 'cross-sector', en: "de-escalate tense situations", nl: "spanningen de-escaleren", altEn: ["calm down angry people"], altNl: ["boze mensen kalmeren"], descEn: "Recognise rising tension or aggression and calm the situation down with words, attitude and distance.", descNl: "Oplopende spanning of agressie herkennen en de situatie kalmeren met woorden, houding en afstand."},

  // ---- S1.3 building relationships with clients -----------------------------
  {id: 'build-rapport-guests', type: 'skill/competence', reuse: 'sector-specific', en: "build rapport with guests", nl: "een band opbouwen met gasten", altEn: ["create a personal connection with guests"], altNl: ["persoonlijk contact leggen met gasten"], descEn: "Create a friendly, personal connection with guests so that they feel welcome and recognised and like to come back.", descNl: "Een vriendelijke, persoonlijke band met gasten opbouwen zodat zij zich welkom en herkend voelen en graag terugkomen."},
  {id: 'build-therapeutic-relationship', type: 'skill/competence', reuse: 'sector-specific', en: "build a therapeutic relationship", nl: "een therapeutische relatie opbouwen", altEn: ["build a relationship of trust with patients"], altNl: ["een vertrouwensrelatie met de cliënt opbouwen", "een zorgrelatie aangaan"], descEn: "Establish and maintain a professional relationship of trust with a patient and relatives that supports their care and recovery.", descNl: "Een professionele vertrouwensrelatie met een patiënt en naasten opbouwen en onderhouden die de zorg en het herstel ondersteunt."},
  {id: 'maintain-customer-relationships', type: 'skill/competence', reuse: 'cross-sector', en: "maintain relationships with customers", nl: "klantrelaties onderhouden", altEn: ["build customer relationships"], altNl: ["relatiebeheer"], descEn: "Keep in regular, personal contact with customers to understand their needs and keep their trust.", descNl: "Regelmatig en persoonlijk contact houden met klanten om hun wensen te begrijpen en hun vertrouwen te behouden."},
  {id: 'build-trust-young-people', type: 'skill/competence', reuse: 'sector-specific', en: "build a relationship of trust with young people", nl: "een vertrouwensband opbouwen met jongeren", descEn: "Be approachable and reliable for young people so that they dare to share what occupies them.", descNl: "Benaderbaar en betrouwbaar zijn voor jongeren zodat zij durven te delen wat hen bezighoudt."},
  {id: 'receive-visitors', type: 'skill/competence', reuse: 'cross-sector', en: "receive and register visitors", nl: "bezoekers ontvangen en registreren", altEn: ["greet visitors"], altNl: ["bezoekers te woord staan"], descEn: "Welcome visitors at the entrance of an organisation, register them, hand out badges and let their host know they have arrived.", descNl: "Bezoekers bij de ingang van een organisatie verwelkomen, registreren, een bezoekerspas geven en hun contactpersoon waarschuwen."},

  // ---- S1.4 writing and reporting -------------------------------------------
  {id: 'write-business-correspondence', type: 'skill/competence', reuse: 'cross-sector', en: "write business correspondence", nl: "zakelijke correspondentie schrijven", altEn: ["write business e-mails and letters"], altNl: ["zakelijke e-mails schrijven"], descEn: "Write clear, correct and polite letters and e-mails on behalf of an organisation.", descNl: "Heldere, correcte en beleefde brieven en e-mails schrijven namens een organisatie."},
  {id: 'write-reports', type: 'skill/competence', reuse: 'cross-sector', en: "write work-related reports", nl: "werkrapportages schrijven", descEn: "Write structured reports about activities, incidents or results for colleagues or management.", descNl: "Gestructureerde verslagen schrijven over activiteiten, incidenten of resultaten voor collega's of leidinggevenden."},

  // ---- S1.5 instructing and supporting learners -----------------------------
  {id: 'support-pupils-learning', type: 'skill/competence', reuse: 'sector-specific', en: "support pupils in their learning", nl: "leerlingen ondersteunen bij het leren", altEn: ["help pupils with assignments"], altNl: ["leerlingen begeleiden"], descEn: "Help individual pupils or small groups with their assignments under the direction of the teacher.", descNl: "Individuele leerlingen of kleine groepjes helpen met hun opdrachten onder verantwoordelijkheid van de leraar."},
  {id: 'prepare-lesson-materials', type: 'skill/competence', reuse: 'occupation-specific', en: "prepare lesson materials", nl: "lesmateriaal voorbereiden", descEn: "Prepare worksheets, materials and the classroom for lessons as agreed with the teacher.", descNl: "Werkbladen, materialen en het lokaal klaarzetten voor lessen zoals afgesproken met de leraar."},
  {id: 'instruct-others', type: 'skill/competence', reuse: 'cross-sector', en: "instruct others in a task", nl: "anderen instrueren", descEn: "Explain and demonstrate how a task is done and check that the other person can do it.", descNl: "Uitleggen en voordoen hoe een taak wordt uitgevoerd en nagaan of de ander het kan."},
  {id: 'give-constructive-feedback', type: 'skill/competence', reuse: 'cross-sector', en: "give constructive feedback", nl: "opbouwende feedback geven", descEn: "Tell others what goes well and what can improve, specifically and respectfully.", descNl: "Anderen concreet en respectvol vertellen wat goed gaat en wat beter kan."},
  {id: 'create-safe-group-climate', type: 'skill/competence', reuse: 'sector-specific', en: "create a safe climate for a group of young people", nl: "een veilig groepsklimaat creëren voor jongeren", altEn: ["create a safe learning environment"], altNl: ["zorgen voor een veilige sfeer in de groep"], descEn: "Set clear rules, include everyone and intervene in bullying so that children and young people feel safe in the group.", descNl: "Duidelijke afspraken maken, iedereen erbij betrekken en ingrijpen bij pesten zodat kinderen en jongeren zich veilig voelen in de groep."},
  {id: 'train-new-employees', type: 'skill/competence', reuse: 'cross-sector', en: "train new employees", nl: "nieuwe medewerkers inwerken", altEn: ["onboard new staff"], altNl: ["inwerken"], descEn: "Introduce new colleagues to their tasks, the procedures and the team.", descNl: "Nieuwe collega's wegwijs maken in hun taken, de procedures en het team."},

  // ---- S2.1 keeping records and documenting ---------------------------------
  {id: 'maintain-records', type: 'skill/competence', reuse: 'cross-sector', en: "keep accurate records", nl: "nauwkeurig registreren", altEn: ["record keeping"], altNl: ["administratie bijhouden"], descEn: "Record information completely, correctly and on time so that others can rely on it.", descNl: "Informatie volledig, juist en op tijd vastleggen zodat anderen erop kunnen vertrouwen."},
  {id: 'record-patient-care', type: 'skill/competence', reuse: 'sector-specific', en: "report care in the client record", nl: "rapporteren in het zorgdossier", altEn: ["document patient care", "care reporting"], altNl: ["zorgrapportage", "rapporteren in het cliëntdossier"], descEn: "Record observations, care given and agreements in the client or patient record, factually and on time.", descNl: "Observaties, gegeven zorg en afspraken feitelijk en tijdig vastleggen in het cliënt- of patiëntdossier."},
  {id: 'maintain-stock-records', type: 'skill/competence', reuse: 'cross-sector', en: "keep stock records", nl: "voorraadadministratie bijhouden", descEn: "Record incoming and outgoing goods and stock counts so the stock administration matches reality.", descNl: "Inkomende en uitgaande goederen en tellingen vastleggen zodat de voorraadadministratie klopt met de werkelijkheid."},
  {id: 'register-support-tickets', type: 'skill/competence', reuse: 'occupation-specific', en: "register and follow up support calls", nl: "meldingen registreren en opvolgen", altEn: ["log incidents in a ticket system"], altNl: ["tickets registreren"], descEn: "Log questions and incidents in a ticket system, classify them and keep the user informed until they are solved.", descNl: "Vragen en storingen vastleggen in een ticketsysteem, classificeren en de gebruiker op de hoogte houden tot ze zijn opgelost."},
  {id: 'file-documents', type: 'skill/competence', reuse: 'cross-sector', en: "organise files and documents", nl: "documenten en dossiers ordenen", altEn: ["filing"], altNl: ["archiveren"], descEn: "Keep paper and digital files in a logical order so that documents can be found quickly.", descNl: "Papieren en digitale dossiers logisch ordenen zodat documenten snel te vinden zijn."},
  {id: 'maintain-confidentiality', type: 'skill/competence', reuse: 'transversal', en: "maintain confidentiality", nl: "vertrouwelijkheid bewaren", altEn: ["keep information confidential", "be discreet"], altNl: ["geheimhouding in acht nemen", "discretie bewaren"], descEn: "Handle personal and sensitive information with care and share it only with those who need to know.", descNl: "Zorgvuldig omgaan met persoonlijke en gevoelige informatie en die alleen delen met wie het nodig heeft."},

  // ---- S2.2 planning and scheduling -----------------------------------------
  {id: 'schedule-appointments', type: 'skill/competence', reuse: 'cross-sector', en: "schedule appointments", nl: "afspraken inplannen", altEn: ["manage an agenda"], altNl: ["agendabeheer"], descEn: "Plan appointments and meetings in agendas, avoiding conflicts and confirming them with those involved.", descNl: "Afspraken en vergaderingen in agenda's plannen, dubbele boekingen voorkomen en ze bevestigen aan de betrokkenen."},
  {id: 'process-reservations', type: 'skill/competence', reuse: 'sector-specific', en: "process reservations", nl: "reserveringen verwerken", altEn: ["handle bookings"], altNl: ["boekingen verwerken"], descEn: "Take, change and cancel reservations and make sure availability and guest wishes are recorded correctly.", descNl: "Reserveringen aannemen, wijzigen en annuleren en zorgen dat beschikbaarheid en wensen van gasten goed zijn vastgelegd."},
  {id: 'plan-transport-routes', type: 'skill/competence', reuse: 'sector-specific', en: "plan transport routes", nl: "transportroutes plannen", altEn: ["route planning"], altNl: ["ritplanning"], descEn: "Plan efficient routes and time slots for vehicles, taking capacity, distance and delivery windows into account.", descNl: "Efficiënte ritten en tijdvakken plannen voor voertuigen, rekening houdend met capaciteit, afstand en levertijden."},
  {id: 'plan-staff-rotas', type: 'skill/competence', reuse: 'cross-sector', en: "plan staff rotas", nl: "personeelsroosters maken", altEn: ["draw up shift schedules"], altNl: ["roosteren"], descEn: "Draw up work schedules that cover the work, respect working-time rules and take staff wishes into account.", descNl: "Werkroosters opstellen die het werk dekken, de arbeidstijdenregels respecteren en rekening houden met wensen van medewerkers."},
  {id: 'coordinate-shipments', type: 'skill/competence', reuse: 'sector-specific', en: "coordinate shipments", nl: "zendingen coördineren", descEn: "Align carriers, warehouse and customers so that shipments leave and arrive as agreed.", descNl: "Vervoerders, magazijn en klanten op elkaar afstemmen zodat zendingen vertrekken en aankomen zoals afgesproken."},

  // ---- S2.3 analysing data and information ----------------------------------
  {id: 'analyse-data', type: 'skill/competence', reuse: 'cross-sector', en: "analyse data", nl: "gegevens analyseren", altEn: ["data analysis"], altNl: ["data-analyse"], descEn: "Collect, clean and examine data to answer a question or support a decision.", descNl: "Gegevens verzamelen, opschonen en onderzoeken om een vraag te beantwoorden of een beslissing te onderbouwen."},
  {id: 'perform-statistical-analysis', type: 'skill/competence', reuse: 'sector-specific', en: "apply statistical analysis techniques", nl: "statistische analysetechnieken toepassen", descEn: "Use descriptive statistics, correlation and regression to find patterns and test assumptions in data.", descNl: "Beschrijvende statistiek, correlatie en regressie gebruiken om patronen te vinden en aannames te toetsen."},
  {id: 'visualise-data', type: 'skill/competence', reuse: 'cross-sector', en: "present data visually", nl: "gegevens visueel presenteren", altEn: ["make charts and dashboards"], altNl: ["dashboards maken"], descEn: "Turn figures into clear charts, tables and dashboards for a given audience.", descNl: "Cijfers omzetten in heldere grafieken, tabellen en dashboards voor een bepaald publiek."},
  {id: 'forecast-stock-needs', type: 'skill/competence', reuse: 'sector-specific', en: "forecast stock requirements", nl: "voorraadbehoefte voorspellen", descEn: "Estimate future demand from sales and order history to plan purchasing and storage.", descNl: "Toekomstige vraag inschatten op basis van verkoop- en ordergegevens om inkoop en opslag te plannen."},
  {id: 'query-databases', type: 'skill/competence', reuse: 'sector-specific', en: "query databases", nl: "databases bevragen", altEn: ["write SQL queries"], altNl: ["SQL-query's schrijven"], descEn: "Retrieve, combine and aggregate data from relational databases with a query language such as SQL.", descNl: "Gegevens ophalen, combineren en samenvatten uit relationele databases met een querytaal zoals SQL."},

  // ---- S3.1 providing personal care -----------------------------------------
  {id: 'assist-daily-living', type: 'skill/competence', reuse: 'sector-specific', en: "support clients with activities of daily living", nl: "cliënten ondersteunen bij algemene dagelijkse levensverrichtingen", altEn: ["ADL support"], altNl: ["ADL-ondersteuning"], descEn: "Help clients with the everyday activities they cannot manage alone, while encouraging them to do what they still can.", descNl: "Cliënten helpen bij de dagelijkse activiteiten die zij niet meer zelf kunnen, en hen stimuleren te doen wat nog wel lukt."},
  {id: 'assist-personal-hygiene', type: 'skill/competence', reuse: 'sector-specific', en: "assist clients with personal hygiene", nl: "cliënten helpen bij de persoonlijke verzorging", altEn: ["help with washing and dressing"], altNl: ["helpen bij wassen en aankleden"], descEn: "Help clients to wash, dress, care for skin, hair and teeth and use the toilet, respecting their privacy.", descNl: "Cliënten helpen bij wassen, aankleden, huid-, haar- en mondverzorging en toiletgang, met respect voor hun privacy."},
  {id: 'assist-eating-drinking', type: 'skill/competence', reuse: 'sector-specific', en: "help clients with eating and drinking", nl: "cliënten helpen met eten en drinken", altEn: ["assist at mealtimes"], altNl: ["maaltijdbegeleiding"], descEn: "Serve meals and drinks, help clients eat and drink safely at their own pace and notice when they eat or drink too little.", descNl: "Maaltijden en drinken aanbieden, cliënten in hun eigen tempo veilig laten eten en drinken en opmerken wanneer zij te weinig binnenkrijgen."},
  {id: 'support-mobility', type: 'skill/competence', reuse: 'sector-specific', en: "support clients in moving and transferring", nl: "cliënten ondersteunen bij bewegen en verplaatsen", altEn: ["help clients walk, sit and transfer"], altNl: ["transfers begeleiden"], descEn: "Help clients to walk, get up, sit down and move between bed, chair and wheelchair safely, using aids where needed.", descNl: "Cliënten veilig helpen lopen, opstaan, gaan zitten en zich verplaatsen tussen bed, stoel en rolstoel, zo nodig met hulpmiddelen."},
  {id: 'respect-client-dignity', type: 'skill/competence', reuse: 'sector-specific', en: "respect the dignity and autonomy of clients", nl: "de waardigheid en autonomie van cliënten respecteren", altEn: ["provide person-centred care"], altNl: ["cliëntgericht werken"], descEn: "Treat clients as persons with their own wishes, habits and privacy and let them decide as much as possible themselves.", descNl: "Cliënten behandelen als mensen met eigen wensen, gewoonten en privacy en hen zoveel mogelijk zelf laten beslissen."},
  {id: 'observe-client-condition', type: 'skill/competence', reuse: 'sector-specific', en: "observe and report changes in a client's condition", nl: "veranderingen in de toestand van een cliënt signaleren en melden", altEn: ["signal changes in health and behaviour"], altNl: ["signaleren"], descEn: "Notice changes in the physical or mental condition or behaviour of a client and report them promptly to the responsible professional.", descNl: "Veranderingen in de lichamelijke of geestelijke toestand of het gedrag van een cliënt opmerken en tijdig melden aan de verantwoordelijke professional."},
  {id: 'provide-companionship', type: 'skill/competence', reuse: 'sector-specific', en: "offer company and activities to older people", nl: "ouderen gezelschap bieden en activiteiten begeleiden", altEn: ["keep older people company"], altNl: ["welzijnsactiviteiten begeleiden"], descEn: "Spend time with older people, talk with them and run small activities that give their day meaning.", descNl: "Tijd doorbrengen met ouderen, met hen praten en kleine activiteiten begeleiden die hun dag zin geven."},

  // ---- S3.2 monitoring and treating patients --------------------------------
  {id: 'measure-vital-signs', type: 'skill/competence', reuse: 'sector-specific', en: "measure vital signs", nl: "vitale functies meten", altEn: ["check blood pressure, pulse and temperature"], altNl: ["bloeddruk, pols en temperatuur meten"], descEn: "Measure and record blood pressure, pulse, temperature, breathing and saturation and recognise abnormal values.", descNl: "Bloeddruk, pols, temperatuur, ademhaling en saturatie meten en vastleggen en afwijkende waarden herkennen."},
  {id: 'administer-medication', type: 'skill/competence', reuse: 'sector-specific', en: "administer medication", nl: "medicatie toedienen", altEn: ["give medicines"], altNl: ["medicijnen geven"], descEn: "Give prescribed medicines to patients in the right way and at the right time and record it.", descNl: "Voorgeschreven geneesmiddelen op de juiste wijze en het juiste moment aan patiënten geven en dit vastleggen."},
  {id: 'double-check-medication', type: 'skill/competence', reuse: 'occupation-specific', en: "double-check medication before administering", nl: "medicatie dubbel controleren vóór toediening", descEn: "Check patient, medicine, dose, time and route against the prescription, with a colleague for high-risk medicines.", descNl: "Cliënt, middel, dosis, tijdstip en toedieningsweg controleren aan de hand van het voorschrift, bij risicovolle middelen samen met een collega."},
  {id: 'calculate-medication-doses', type: 'skill/competence', reuse: 'occupation-specific', en: "calculate medication doses", nl: "medicatiedoseringen berekenen", descEn: "Calculate doses, dilutions and drip rates correctly from a prescription.", descNl: "Doseringen, verdunningen en inloopsnelheden correct berekenen op basis van een voorschrift."},
  {id: 'perform-nursing-procedures', type: 'skill/competence', reuse: 'occupation-specific', en: "perform clinical nursing procedures", nl: "verpleegtechnische handelingen uitvoeren", altEn: ["carry out nursing techniques"], altNl: ["voorbehouden en risicovolle handelingen uitvoeren"], descEn: "Carry out nursing procedures such as catheter care, wound care and injections according to protocol.", descNl: "Verpleegtechnische handelingen zoals katheterzorg, wondzorg en injecties uitvoeren volgens protocol."},
  {id: 'perform-wound-care', type: 'skill/competence', reuse: 'occupation-specific', en: "perform wound care", nl: "wondzorg uitvoeren", descEn: "Assess, clean and dress wounds and record how they heal.", descNl: "Wonden beoordelen, reinigen en verbinden en het verloop van de genezing vastleggen."},
  {id: 'administer-injections', type: 'skill/competence', reuse: 'occupation-specific', en: "administer injections", nl: "injecties geven", descEn: "Give subcutaneous and intramuscular injections safely and hygienically.", descNl: "Subcutane en intramusculaire injecties veilig en hygiënisch toedienen."},
  {id: 'draw-up-care-plan', type: 'skill/competence', reuse: 'occupation-specific', en: "draw up and evaluate a care plan", nl: "een zorgplan opstellen en evalueren", altEn: ["apply the nursing process"], altNl: ["het verpleegkundig proces toepassen"], descEn: "Assess care needs, set goals with the patient, plan interventions and evaluate and adjust the plan.", descNl: "De zorgbehoefte vaststellen, met de patiënt doelen formuleren, interventies plannen en het plan evalueren en bijstellen."},
  {id: 'process-prescriptions', type: 'skill/competence', reuse: 'occupation-specific', en: "process and dispense prescriptions", nl: "recepten verwerken en geneesmiddelen afleveren", altEn: ["dispense medicines"], altNl: ["terhandstellen van geneesmiddelen"], descEn: "Check prescriptions, prepare the medicines and hand them over to the customer with the right labels and leaflets.", descNl: "Recepten controleren, de geneesmiddelen klaarmaken en ze met de juiste etiketten en bijsluiters aan de klant meegeven."},
  {id: 'advise-on-medicine-use', type: 'skill/competence', reuse: 'occupation-specific', en: "advise customers on the use of medicines", nl: "klanten voorlichten over geneesmiddelgebruik", descEn: "Explain how and when to use a medicine, what side effects may occur and when to contact the doctor.", descNl: "Uitleggen hoe en wanneer een geneesmiddel te gebruiken, welke bijwerkingen kunnen optreden en wanneer de arts te raadplegen."},

  // ---- S3.3 caring for children and young people ----------------------------
  {id: 'supervise-children', type: 'skill/competence', reuse: 'sector-specific', en: "supervise children", nl: "toezicht houden op kinderen", descEn: "Keep an eye on children during play, activities and transitions so that they are safe.", descNl: "Kinderen in de gaten houden tijdens spel, activiteiten en overgangsmomenten zodat zij veilig zijn."},
  {id: 'stimulate-child-development', type: 'skill/competence', reuse: 'sector-specific', en: "stimulate children's development through play", nl: "de ontwikkeling van kinderen stimuleren door spel", descEn: "Offer play and activities that fit the age of children and support their motor, social, emotional and language development.", descNl: "Spel en activiteiten aanbieden die passen bij de leeftijd van kinderen en hun motorische, sociale, emotionele en taalontwikkeling ondersteunen."},
  {id: 'organise-youth-activities', type: 'skill/competence', reuse: 'sector-specific', en: "organise activities for young people", nl: "activiteiten voor jongeren organiseren", altEn: ["run youth activities"], altNl: ["jongerenactiviteiten begeleiden"], descEn: "Prepare and lead games, outings, camps or workshops for groups of children or young people.", descNl: "Spellen, uitstapjes, kampen of workshops voor groepen kinderen of jongeren voorbereiden en leiden."},
  {id: 'recognise-child-safety-concerns', type: 'skill/competence', reuse: 'sector-specific', en: "recognise and report signs of child abuse", nl: "signalen van kindermishandeling herkennen en melden", altEn: ["apply child protection procedures"], altNl: ["werken met de meldcode"], descEn: "Recognise signals that a child is unsafe and follow the agreed steps to discuss and report them.", descNl: "Signalen herkennen dat een kind onveilig is en de afgesproken stappen volgen om die te bespreken en te melden."},
  {id: 'coach-young-people', type: 'skill/competence', reuse: 'occupation-specific', en: "coach young people towards their own goals", nl: "jongeren coachen bij hun eigen doelen", descEn: "Help young people to formulate their own goals about school, work or life and support them in taking steps.", descNl: "Jongeren helpen hun eigen doelen over school, werk of leven te formuleren en hen steunen bij het zetten van stappen."},

  // ---- S3.4 providing hospitality services ----------------------------------
  {id: 'welcome-guests', type: 'skill/competence', reuse: 'sector-specific', en: "welcome guests", nl: "gasten verwelkomen", altEn: ["greet guests"], altNl: ["gasten ontvangen"], descEn: "Greet arriving guests warmly and make them feel expected.", descNl: "Aankomende gasten hartelijk begroeten en hen het gevoel geven dat ze verwacht worden."},
  {id: 'check-in-guests', type: 'skill/competence', reuse: 'occupation-specific', en: "check guests in and out", nl: "gasten in- en uitchecken", altEn: ["register arrivals and departures"], altNl: ["aankomst en vertrek van gasten afhandelen"], descEn: "Register arriving guests, allocate rooms and keys, and settle the bill on departure.", descNl: "Aankomende gasten registreren, kamers en sleutels toewijzen en bij vertrek de rekening afhandelen."},
  {id: 'arrange-guest-services', type: 'skill/competence', reuse: 'occupation-specific', en: "arrange services for guests", nl: "diensten voor gasten regelen", altEn: ["book taxis, tickets and tours for guests"], altNl: ["taxi's, kaartjes en excursies voor gasten boeken"], descEn: "Arrange transport, tickets, restaurant reservations, tours and special requests on behalf of guests.", descNl: "Vervoer, kaartjes, restaurantreserveringen, excursies en bijzondere verzoeken regelen namens gasten."},
  {id: 'handle-guest-luggage', type: 'skill/competence', reuse: 'occupation-specific', en: "handle guest luggage", nl: "bagage van gasten beheren", descEn: "Receive, store, label and deliver the luggage and parcels of guests safely.", descNl: "Bagage en pakketten van gasten in ontvangst nemen, veilig opslaan, labelen en afleveren."},
  {id: 'serve-food-drinks', type: 'skill/competence', reuse: 'sector-specific', en: "serve food and drinks", nl: "eten en drinken serveren", altEn: ["table service"], altNl: ["bediening"], descEn: "Bring food and drinks to the table correctly and attentively.", descNl: "Eten en drinken correct en attent aan tafel brengen."},
  {id: 'take-orders', type: 'skill/competence', reuse: 'occupation-specific', en: "take food and drink orders", nl: "bestellingen opnemen", descEn: "Take orders at the table, note special wishes and allergies and pass them to kitchen and bar.", descNl: "Bestellingen aan tafel opnemen, bijzondere wensen en allergieën noteren en doorgeven aan keuken en bar."},
  {id: 'set-tables', type: 'skill/competence', reuse: 'occupation-specific', en: "lay tables", nl: "tafels dekken", altEn: ["set tables"], altNl: ["mise-en-place in de zaal"], descEn: "Lay tables with linen, cutlery, glasses and decoration according to the house style.", descNl: "Tafels dekken met linnen, bestek, glazen en decoratie volgens de huisstijl."},
  {id: 'advise-guests-on-menu', type: 'skill/competence', reuse: 'occupation-specific', en: "advise guests on the menu and drinks", nl: "gasten adviseren over menu en dranken", descEn: "Explain dishes and drinks and suggest combinations that suit the wishes and diet of the guest.", descNl: "Gerechten en dranken toelichten en combinaties voorstellen die passen bij de wensen en het dieet van de gast."},

  // ---- S3.5 protecting health and safety ------------------------------------
  {id: 'provide-first-aid', type: 'skill/competence', reuse: 'cross-sector', en: "provide first aid", nl: "eerste hulp verlenen", altEn: ["administer first aid"], altNl: ["EHBO verlenen"], descEn: "Give first aid to someone who is injured or suddenly ill until professional help arrives.", descNl: "Eerste hulp geven aan iemand die gewond is of plotseling ziek wordt tot professionele hulp er is."},
  {id: 'perform-cpr', type: 'skill/competence', reuse: 'cross-sector', en: "perform resuscitation and use an AED", nl: "reanimeren en een AED gebruiken", altEn: ["CPR"], altNl: ["reanimatie"], descEn: "Recognise a cardiac arrest, call for help, perform chest compressions and rescue breaths and use an automated external defibrillator.", descNl: "Een hartstilstand herkennen, hulp alarmeren, borstcompressies en beademing geven en een automatische externe defibrillator gebruiken."},
  {id: 'respond-to-emergencies', type: 'skill/competence', reuse: 'cross-sector', en: "act in emergency and evacuation situations", nl: "handelen bij noodsituaties en ontruiming", altEn: ["emergency response"], altNl: ["BHV-taken uitvoeren"], descEn: "Raise the alarm, help people to safety and follow the emergency plan in case of fire, accidents or evacuation.", descNl: "Alarm slaan, mensen in veiligheid brengen en het calamiteitenplan volgen bij brand, ongevallen of ontruiming."},
  {id: 'follow-safety-procedures', type: 'skill/competence', reuse: 'cross-sector', en: "follow health and safety procedures at work", nl: "veiligheidsvoorschriften op het werk naleven", altEn: ["work safely"], altNl: ["veilig werken"], descEn: "Work according to the safety rules and instructions of the workplace and report unsafe situations.", descNl: "Werken volgens de veiligheidsregels en -instructies van de werkplek en onveilige situaties melden."},
  {id: 'lift-loads-safely', type: 'skill/competence', reuse: 'cross-sector', en: "use safe lifting techniques", nl: "veilige tiltechnieken toepassen", altEn: ["manual handling"], altNl: ["verantwoord tillen"], descEn: "Lift, carry, push and pull loads or people in a way that protects the back, using aids where available.", descNl: "Lasten of mensen tillen, dragen, duwen en trekken op een rugsparende manier, met hulpmiddelen waar die er zijn."},
  {id: 'apply-hand-hygiene', type: 'skill/competence', reuse: 'cross-sector', en: "apply hand hygiene and infection prevention measures", nl: "handhygiëne en infectiepreventiemaatregelen toepassen", altEn: ["wash and disinfect hands correctly"], altNl: ["handen wassen en desinfecteren volgens protocol"], descEn: "Wash and disinfect hands at the right moments, use gloves and aprons correctly and keep the environment clean to prevent infections.", descNl: "Handen op de juiste momenten wassen en desinfecteren, handschoenen en schorten correct gebruiken en de omgeving schoon houden om infecties te voorkomen."},
  {id: 'use-ppe', type: 'skill/competence', reuse: 'cross-sector', en: "wear personal protective equipment", nl: "persoonlijke beschermingsmiddelen gebruiken", altEn: ["use PPE"], altNl: ["PBM gebruiken"], descEn: "Choose, wear and maintain the protective clothing and equipment required for a task.", descNl: "De voor een taak vereiste beschermende kleding en middelen kiezen, dragen en onderhouden."},
  {id: 'apply-food-hygiene', type: 'skill/competence', reuse: 'sector-specific', en: "apply food safety and hygiene rules", nl: "regels voor voedselveiligheid en hygiëne toepassen", altEn: ["work according to HACCP"], altNl: ["werken volgens HACCP"], descEn: "Store, prepare and serve food in a way that prevents contamination, and keep temperature and cleaning records.", descNl: "Voedsel zo bewaren, bereiden en serveren dat besmetting wordt voorkomen, en temperatuur- en schoonmaakregistraties bijhouden."},
  {id: 'draw-up-event-safety-plan', type: 'skill/competence', reuse: 'occupation-specific', en: "draw up a safety plan for an event", nl: "een veiligheidsplan voor een evenement opstellen", descEn: "Identify risks of an event and arrange first aid, emergency routes, crowd management and permits.", descNl: "Risico's van een evenement in kaart brengen en EHBO, vluchtroutes, publieksbegeleiding en vergunningen regelen."},

  // ---- S4.1 supervising people ----------------------------------------------
  {id: 'supervise-staff', type: 'skill/competence', reuse: 'cross-sector', en: "supervise staff", nl: "personeel aansturen", altEn: ["manage a team"], altNl: ["leidinggeven aan een team"], descEn: "Divide the work, give instructions, monitor performance and hold work meetings with staff.", descNl: "Werk verdelen, instructies geven, prestaties bewaken en werkoverleg voeren met medewerkers."},
  {id: 'coordinate-volunteers', type: 'skill/competence', reuse: 'cross-sector', en: "recruit and coordinate volunteers", nl: "vrijwilligers werven en coördineren", descEn: "Find volunteers, give them suitable tasks and keep them informed and motivated.", descNl: "Vrijwilligers vinden, hun passende taken geven en hen geïnformeerd en gemotiveerd houden."},

  // ---- S4.2 managing budgets and resources ----------------------------------
  {id: 'manage-budget', type: 'skill/competence', reuse: 'cross-sector', en: "manage a budget", nl: "een budget beheren", descEn: "Draw up a budget, keep track of income and expenses and take action when spending deviates.", descNl: "Een begroting opstellen, inkomsten en uitgaven bijhouden en bijsturen als de uitgaven afwijken."},
  {id: 'manage-stock', type: 'skill/competence', reuse: 'cross-sector', en: "manage stock levels", nl: "voorraad beheren", altEn: ["inventory management"], altNl: ["voorraadbeheer"], descEn: "Keep stock at the right level: enough to meet demand, without surplus or waste.", descNl: "De voorraad op het juiste niveau houden: genoeg om aan de vraag te voldoen, zonder overschot of derving."},
  {id: 'order-supplies', type: 'skill/competence', reuse: 'cross-sector', en: "order supplies", nl: "bestellingen plaatsen bij leveranciers", descEn: "Place orders with suppliers in time and check that deliveries match the order.", descNl: "Tijdig bestellingen plaatsen bij leveranciers en controleren of leveringen overeenkomen met de bestelling."},
  {id: 'monitor-sales-figures', type: 'skill/competence', reuse: 'sector-specific', en: "monitor sales figures", nl: "verkoopcijfers bewaken", descEn: "Follow sales against targets and take action to improve results.", descNl: "De verkoop volgen ten opzichte van de doelen en actie ondernemen om de resultaten te verbeteren."},
  {id: 'manage-event-budget', type: 'skill/competence', reuse: 'occupation-specific', en: "manage an event budget", nl: "een evenementenbudget beheren", descEn: "Estimate the costs and income of an event, collect quotes and keep spending within the budget.", descNl: "Kosten en opbrengsten van een evenement ramen, offertes opvragen en de uitgaven binnen het budget houden."},

  // ---- S4.3 organising events and activities --------------------------------
  {id: 'plan-events', type: 'skill/competence', reuse: 'cross-sector', en: "plan events", nl: "evenementen plannen", altEn: ["organise events"], altNl: ["evenementen organiseren"], descEn: "Turn an idea for an event into a plan with programme, location, timeline, tasks and budget, and see it through.", descNl: "Een idee voor een evenement uitwerken tot een plan met programma, locatie, tijdlijn, taken en budget, en het uitvoeren."},
  {id: 'coordinate-event-suppliers', type: 'skill/competence', reuse: 'occupation-specific', en: "coordinate suppliers for an event", nl: "leveranciers voor een evenement coördineren", descEn: "Select and brief caterers, rental companies and other suppliers and align their deliveries on the day.", descNl: "Cateraars, verhuurbedrijven en andere leveranciers selecteren en briefen en hun leveringen op de dag zelf afstemmen."},
  {id: 'promote-events', type: 'skill/competence', reuse: 'sector-specific', en: "promote an event", nl: "een evenement promoten", descEn: "Make an event known to the target audience with posters, social media, newsletters and personal invitations.", descNl: "Een evenement bekendmaken bij de doelgroep met posters, sociale media, nieuwsbrieven en persoonlijke uitnodigingen."},

  // ---- S5.1 using business software -----------------------------------------
  {id: 'use-spreadsheets', type: 'skill/competence', reuse: 'cross-sector', en: "use spreadsheet software", nl: "werken met spreadsheets", altEn: ["work with Excel"], altNl: ["werken met Excel"], descEn: "Build and use spreadsheets with formulas, sorting, filtering and simple charts.", descNl: "Spreadsheets maken en gebruiken met formules, sorteren, filteren en eenvoudige grafieken."},
  {id: 'use-word-processing', type: 'skill/competence', reuse: 'cross-sector', en: "use word processing software", nl: "werken met tekstverwerkers", descEn: "Create, format and share documents with a word processor.", descNl: "Documenten maken, opmaken en delen met een tekstverwerker."},
  {id: 'use-hotel-pms', type: 'skill/competence', reuse: 'occupation-specific', en: "use a hotel property management system", nl: "werken met een hotelreserveringssysteem", altEn: ["use front-office software"], altNl: ["werken met een PMS"], descEn: "Use the front-office system of a hotel for reservations, room status, check-in, check-out and invoices.", descNl: "Het front-officesysteem van een hotel gebruiken voor reserveringen, kamerstatus, in- en uitchecken en facturen."},
  {id: 'use-electronic-client-record', type: 'skill/competence', reuse: 'sector-specific', en: "use an electronic client record", nl: "werken met een elektronisch cliëntdossier", altEn: ["use an electronic health record"], altNl: ["werken met het ECD"], descEn: "Find, read and update information in the electronic record of clients or patients.", descNl: "Informatie zoeken, lezen en bijwerken in het elektronisch dossier van cliënten of patiënten."},
  {id: 'use-wms', type: 'skill/competence', reuse: 'sector-specific', en: "use a warehouse management system", nl: "werken met een warehouse management systeem", altEn: ["use a handheld scanner"], altNl: ["werken met een WMS", "werken met een handscanner"], descEn: "Use the warehouse management system and scanners to book receipts, locations, picks and shipments.", descNl: "Het warehouse management systeem en scanners gebruiken om ontvangsten, locaties, picks en verzendingen te boeken."},
  {id: 'use-crm-software', type: 'skill/competence', reuse: 'cross-sector', en: "use customer relationship management software", nl: "werken met CRM-software", altEn: ["use a CRM system"], altNl: ["werken met een klantsysteem"], descEn: "Record and look up customer contacts, questions and agreements in a CRM system.", descNl: "Klantcontacten, vragen en afspraken vastleggen en opzoeken in een CRM-systeem."},

  // ---- S5.2 supporting ICT users --------------------------------------------
  {id: 'support-ict-users', type: 'skill/competence', reuse: 'sector-specific', en: "assist ICT users with questions and problems", nl: "ICT-gebruikers helpen bij vragen en problemen", altEn: ["provide first-line IT support"], altNl: ["eerstelijns ICT-ondersteuning geven"], descEn: "Help users by telephone, chat or in person with their questions and problems with hardware, software and accounts.", descNl: "Gebruikers telefonisch, via chat of persoonlijk helpen met vragen en problemen met hardware, software en accounts."},
  {id: 'troubleshoot-computer-problems', type: 'skill/competence', reuse: 'sector-specific', en: "troubleshoot computer problems", nl: "computerproblemen oplossen", altEn: ["fix computers"], altNl: ["computers repareren"], descEn: "Find the cause of hardware and software problems step by step and fix them or pass them on.", descNl: "De oorzaak van hardware- en softwareproblemen stap voor stap opsporen en ze oplossen of doorzetten."},
  {id: 'install-software', type: 'skill/competence', reuse: 'sector-specific', en: "install and configure software", nl: "software installeren en configureren", descEn: "Install, update and configure operating systems and applications on computers and mobile devices.", descNl: "Besturingssystemen en toepassingen installeren, bijwerken en instellen op computers en mobiele apparaten."},
  {id: 'set-up-networks', type: 'skill/competence', reuse: 'sector-specific', en: "set up home and small-office networks", nl: "thuis- en kantoornetwerken instellen", altEn: ["configure Wi-Fi routers"], altNl: ["wifi instellen"], descEn: "Connect and configure routers, Wi-Fi, printers and shared storage in a small network.", descNl: "Routers, wifi, printers en gedeelde opslag aansluiten en instellen in een klein netwerk."},
  {id: 'explain-technical-matters', type: 'skill/competence', reuse: 'cross-sector', en: "explain technical matters to non-technical people", nl: "technische zaken uitleggen aan niet-technische mensen", descEn: "Explain how technology works or what a problem was without jargon, adapted to what the listener knows.", descNl: "Zonder jargon uitleggen hoe techniek werkt of wat een probleem was, afgestemd op wat de luisteraar weet."},

  // ---- S5.3 developing software ---------------------------------------------
  {id: 'develop-software', type: 'skill/competence', reuse: 'sector-specific', en: "develop software", nl: "software ontwikkelen", altEn: ["program computers", "write code"], altNl: ["programmeren"], descEn: "Design, write and maintain computer programs that meet the needs of users.", descNl: "Computerprogramma's ontwerpen, schrijven en onderhouden die aansluiten op de behoeften van gebruikers."},
  {id: 'program-in-python', type: 'skill/competence', reuse: 'occupation-specific', en: "program in Python", nl: "programmeren in Python", descEn: "Write, read and debug programs in the Python programming language.", descNl: "Programma's schrijven, lezen en debuggen in de programmeertaal Python."},
  {id: 'test-software', type: 'skill/competence', reuse: 'sector-specific', en: "test software", nl: "software testen", descEn: "Write and run tests to check that software works as intended and report defects.", descNl: "Tests schrijven en uitvoeren om te controleren of software werkt zoals bedoeld en fouten melden."},
  {id: 'use-version-control', type: 'skill/competence', reuse: 'sector-specific', en: "use version control", nl: "versiebeheer gebruiken", altEn: ["use Git"], altNl: ["werken met Git"], descEn: "Track changes to code, work on branches and merge work of colleagues with a version control system.", descNl: "Wijzigingen in code bijhouden, op branches werken en werk van collega's samenvoegen met een versiebeheersysteem."},

  // ---- S6.1 operating vehicles and mobile equipment -------------------------
  {id: 'operate-forklift', type: 'skill/competence', reuse: 'occupation-specific', en: "operate a forklift truck", nl: "een heftruck besturen", altEn: ["drive a forklift", "lift truck operation"], altNl: ["heftruck rijden"], descEn: "Drive a forklift truck safely and move, stack and retrieve loads at height.", descNl: "Veilig met een heftruck rijden en ladingen verplaatsen, stapelen en op hoogte ophalen."},
  {id: 'operate-pallet-truck', type: 'skill/competence', reuse: 'sector-specific', en: "operate an electric pallet truck", nl: "een elektrische pallettruck bedienen", altEn: ["drive a pallet jack"], altNl: ["palletwagen rijden"], descEn: "Move pallets safely with a manual or electric pallet truck.", descNl: "Pallets veilig verplaatsen met een handmatige of elektrische pallettruck."},
  {id: 'drive-delivery-van', type: 'skill/competence', reuse: 'sector-specific', en: "drive a delivery van", nl: "een bestelbus besturen", descEn: "Drive a delivery van safely in city traffic, including parking and manoeuvring with a load.", descNl: "Veilig met een bestelbus rijden in stadsverkeer, inclusief parkeren en manoeuvreren met lading."},
  {id: 'check-vehicles-equipment', type: 'skill/competence', reuse: 'cross-sector', en: "carry out daily checks on vehicles and equipment", nl: "dagelijkse controles op voertuigen en materieel uitvoeren", descEn: "Check tyres, brakes, lights, fluids, batteries and safety devices before use and report defects.", descNl: "Banden, remmen, verlichting, vloeistoffen, accu's en veiligheidsvoorzieningen controleren vóór gebruik en gebreken melden."},
  {id: 'drive-fuel-efficiently', type: 'skill/competence', reuse: 'cross-sector', en: "drive in a fuel-efficient way", nl: "brandstofzuinig rijden", altEn: ["eco-driving"], altNl: ["zuinig rijden"], descEn: "Drive with an anticipating, calm style that saves fuel and reduces emissions.", descNl: "Vooruitziend en rustig rijden zodat brandstof wordt bespaard en uitstoot wordt beperkt."},

  // ---- S6.2 handling and storing goods --------------------------------------
  {id: 'receive-goods', type: 'skill/competence', reuse: 'sector-specific', en: "receive and check incoming goods", nl: "inkomende goederen ontvangen en controleren", descEn: "Unload incoming goods, check them against the delivery note for quantity and damage and book them in.", descNl: "Binnenkomende goederen lossen, controleren op aantallen en schade aan de hand van de pakbon en inboeken."},
  {id: 'pick-orders', type: 'skill/competence', reuse: 'occupation-specific', en: "pick orders", nl: "orders verzamelen", altEn: ["order picking"], altNl: ["orderpicken"], descEn: "Collect the right items in the right quantities from storage locations for customer orders.", descNl: "De juiste artikelen in de juiste aantallen van de opslaglocaties verzamelen voor klantorders."},
  {id: 'store-goods', type: 'skill/competence', reuse: 'sector-specific', en: "store goods in a warehouse", nl: "goederen opslaan in een magazijn", descEn: "Put goods away in the assigned locations, safely and so that they can be found again.", descNl: "Goederen veilig en vindbaar wegzetten op de toegewezen locaties."},
  {id: 'pack-goods', type: 'skill/competence', reuse: 'sector-specific', en: "pack goods for shipment", nl: "goederen verzendklaar maken", descEn: "Pack, label and palletise goods so that they arrive undamaged.", descNl: "Goederen verpakken, etiketteren en op pallets zetten zodat ze onbeschadigd aankomen."},
  {id: 'load-unload-vehicles', type: 'skill/competence', reuse: 'sector-specific', en: "load and unload vehicles", nl: "voertuigen laden en lossen", descEn: "Load and unload trucks and vans in the right order and secure the load.", descNl: "Vrachtwagens en bestelbussen in de juiste volgorde laden en lossen en de lading zekeren."},
  {id: 'deliver-parcels', type: 'skill/competence', reuse: 'occupation-specific', en: "deliver parcels to customers", nl: "pakketten bij klanten bezorgen", descEn: "Deliver parcels at the right address, obtain proof of delivery and deal with absent recipients.", descNl: "Pakketten op het juiste adres afleveren, een afleverbewijs verkrijgen en oplossingen vinden als de ontvanger niet thuis is."},
  {id: 'stock-shelves', type: 'skill/competence', reuse: 'sector-specific', en: "stock shelves", nl: "schappen vullen", altEn: ["replenish shelves"], altNl: ["vakkenvullen"], descEn: "Fill shelves in the shop, rotate stock by date and keep the shelves tidy.", descNl: "Schappen in de winkel vullen, voorraad op datum rouleren en de schappen netjes houden."},

  // ---- S6.3 preparing food --------------------------------------------------
  {id: 'prepare-dishes', type: 'skill/competence', reuse: 'occupation-specific', en: "prepare dishes", nl: "gerechten bereiden", descEn: "Prepare hot and cold dishes according to recipe, on time and in consistent quality.", descNl: "Warme en koude gerechten volgens recept, op tijd en in constante kwaliteit bereiden."},
  {id: 'use-kitchen-equipment', type: 'skill/competence', reuse: 'occupation-specific', en: "use professional kitchen equipment", nl: "professionele keukenapparatuur gebruiken", descEn: "Use ovens, combi steamers, slicers and knives safely and keep them clean.", descNl: "Ovens, combisteamers, snijmachines en messen veilig gebruiken en schoonhouden."},
  {id: 'plan-menus', type: 'skill/competence', reuse: 'occupation-specific', en: "plan menus", nl: "menu's samenstellen", descEn: "Compose menus that balance taste, season, cost, diets and kitchen capacity.", descNl: "Menu's samenstellen die smaak, seizoen, kosten, diëten en keukencapaciteit in balans brengen."},
  {id: 'reduce-food-waste', type: 'skill/competence', reuse: 'sector-specific', en: "reduce food waste", nl: "voedselverspilling beperken", descEn: "Plan portions and stock, reuse leftovers safely and measure waste to reduce it.", descNl: "Porties en voorraad plannen, restanten veilig hergebruiken en afval meten om het te verminderen."},

  // ---- S7.1 welding and joining metals --------------------------------------
  {id: 'weld-metal-parts', type: 'skill/competence', reuse: 'occupation-specific', en: "weld metal parts", nl: "metalen onderdelen lassen", descEn: "Join metal parts by welding according to the drawing and the welding procedure specification.", descNl: "Metalen onderdelen door lassen verbinden volgens tekening en lasmethodebeschrijving."},
  {id: 'perform-mig-mag-welding', type: 'skill/competence', reuse: 'occupation-specific', en: "perform MIG/MAG welding", nl: "MIG/MAG-lassen", descEn: "Weld steel and aluminium with gas metal arc welding equipment.", descNl: "Staal en aluminium lassen met MIG/MAG-lasapparatuur."},
  {id: 'perform-tig-welding', type: 'skill/competence', reuse: 'occupation-specific', en: "perform TIG welding", nl: "TIG-lassen", descEn: "Make precise welds in thin material and stainless steel with TIG welding equipment.", descNl: "Nauwkeurige lassen maken in dun materiaal en roestvast staal met TIG-lasapparatuur."},
  {id: 'inspect-weld-quality', type: 'skill/competence', reuse: 'occupation-specific', en: "inspect weld quality", nl: "laskwaliteit controleren", descEn: "Check welds visually and with simple measuring tools for defects and dimensions.", descNl: "Lassen visueel en met eenvoudige meetmiddelen controleren op fouten en maatvoering."},

  // ---- S7.2 using tools and technical drawings ------------------------------
  {id: 'read-technical-drawings', type: 'skill/competence', reuse: 'cross-sector', en: "read technical drawings", nl: "technische tekeningen lezen", descEn: "Interpret dimensions, tolerances, symbols and views on technical drawings.", descNl: "Maten, toleranties, symbolen en aanzichten op technische tekeningen interpreteren."},
  {id: 'use-grinding-cutting-tools', type: 'skill/competence', reuse: 'sector-specific', en: "use grinding and cutting tools", nl: "slijp- en snijgereedschap gebruiken", descEn: "Prepare and finish metal parts with angle grinders, saws and plasma cutters.", descNl: "Metalen onderdelen voorbereiden en afwerken met haakse slijpers, zagen en plasmasnijders."},

  // ---- S8.1 selling products and services -----------------------------------
  {id: 'advise-customers-on-products', type: 'skill/competence', reuse: 'sector-specific', en: "advise customers on products", nl: "klanten adviseren over producten", altEn: ["give product advice"], altNl: ["productadvies geven"], descEn: "Find out what a customer needs and recommend suitable products, explaining their features.", descNl: "Uitvragen wat een klant nodig heeft en passende producten aanraden met uitleg over de eigenschappen."},
  {id: 'display-merchandise', type: 'skill/competence', reuse: 'sector-specific', en: "display merchandise", nl: "producten presenteren in de winkel", altEn: ["visual merchandising"], altNl: ["visual merchandising"], descEn: "Arrange products attractively in shelves, windows and displays.", descNl: "Producten aantrekkelijk presenteren in schappen, etalages en displays."},
  {id: 'sell-additional-products', type: 'skill/competence', reuse: 'cross-sector', en: "sell additional products and services", nl: "aanvullende producten en diensten verkopen", altEn: ["upselling", "cross-selling"], altNl: ["bijverkopen"], descEn: "Offer customers relevant extras or upgrades at the right moment.", descNl: "Klanten op het juiste moment relevante extra's of upgrades aanbieden."},

  // ---- S8.2 handling payments -----------------------------------------------
  {id: 'handle-payments', type: 'skill/competence', reuse: 'cross-sector', en: "handle payments", nl: "betalingen afhandelen", altEn: ["process payments"], altNl: ["afrekenen"], descEn: "Receive cash and card payments correctly and issue receipts and refunds.", descNl: "Contante en pinbetalingen correct ontvangen en bonnen en terugbetalingen verzorgen."},
  {id: 'operate-cash-register', type: 'skill/competence', reuse: 'sector-specific', en: "operate a cash register", nl: "een kassa bedienen", altEn: ["work a till"], altNl: ["kassawerk"], descEn: "Scan items, apply discounts and handle the payment on a cash register.", descNl: "Artikelen scannen, kortingen verwerken en de betaling afhandelen op een kassa."},
  {id: 'cash-up-till', type: 'skill/competence', reuse: 'sector-specific', en: "cash up the till", nl: "de kas opmaken", descEn: "Count the cash at the end of a shift, reconcile it with the register and report differences.", descNl: "Aan het eind van een dienst de kas tellen, afstemmen met de kassa en verschillen melden."},
  {id: 'process-invoices', type: 'skill/competence', reuse: 'cross-sector', en: "process invoices", nl: "facturen verwerken", descEn: "Check, record and prepare incoming and outgoing invoices for payment.", descNl: "Inkomende en uitgaande facturen controleren, vastleggen en klaarzetten voor betaling."},

  // ---- K1.1 medicine and nursing --------------------------------------------
  {id: 'anatomy-physiology', type: 'knowledge', reuse: 'sector-specific', en: "human anatomy and physiology", nl: "anatomie en fysiologie van de mens", descEn: "The structure and functioning of the human body and its organ systems.", descNl: "De bouw en werking van het menselijk lichaam en zijn orgaanstelsels."},
  {id: 'pharmacology-basics', type: 'knowledge', reuse: 'sector-specific', en: "pharmacology basics", nl: "basiskennis farmacologie", altEn: ["basic knowledge of medicines"], altNl: ["geneesmiddelenkennis"], descEn: "Main groups of medicines, how they work, common side effects and interactions, and forms of administration.", descNl: "De belangrijkste groepen geneesmiddelen, hun werking, veelvoorkomende bijwerkingen en interacties en toedieningsvormen."},
  {id: 'conditions-of-older-people', type: 'knowledge', reuse: 'sector-specific', en: "common conditions in older people", nl: "veelvoorkomende aandoeningen bij ouderen", altEn: ["geriatrics basics"], altNl: ["ouderdomsziekten"], descEn: "Conditions frequent in old age such as heart failure, diabetes, COPD, falls and frailty, and what they mean for care.", descNl: "Aandoeningen die veel voorkomen op hoge leeftijd, zoals hartfalen, diabetes, COPD, vallen en kwetsbaarheid, en wat ze betekenen voor de zorg."},
  {id: 'dementia', type: 'knowledge', reuse: 'sector-specific', en: "dementia", nl: "dementie", altEn: ["dementia care"], altNl: ["omgaan met dementie"], descEn: "Forms and stages of dementia, how they affect behaviour and daily life, and approaches that help people with dementia.", descNl: "Vormen en fasen van dementie, de invloed op gedrag en dagelijks leven en benaderingen die mensen met dementie helpen."},
  {id: 'care-legislation', type: 'knowledge', reuse: 'sector-specific', en: "health care legislation", nl: "wet- en regelgeving in de zorg", descEn: "Laws on professional competence, patient rights, informed consent and complaints in health care.", descNl: "Wetten over beroepsbevoegdheid, patiëntenrechten, toestemming en klachten in de zorg."},

  // ---- K1.2 hygiene and infection prevention --------------------------------
  {id: 'infection-prevention', type: 'knowledge', reuse: 'sector-specific', en: "infection prevention principles", nl: "principes van infectiepreventie", descEn: "How micro-organisms spread and which standard and additional precautions prevent infections.", descNl: "Hoe micro-organismen zich verspreiden en welke standaard- en aanvullende voorzorgsmaatregelen infecties voorkomen."},
  {id: 'hygiene-regulations', type: 'knowledge', reuse: 'cross-sector', en: "hygiene regulations", nl: "hygiënevoorschriften", descEn: "Rules on personal and environmental hygiene that apply in care, food and public settings.", descNl: "Regels voor persoonlijke en omgevingshygiëne in de zorg, de voedingssector en openbare ruimten."},
  {id: 'food-safety-regulations', type: 'knowledge', reuse: 'sector-specific', en: "food safety regulations", nl: "regelgeving voedselveiligheid", altEn: ["HACCP"], altNl: ["HACCP", "hygiënecode"], descEn: "Legal requirements and hazard analysis principles for safe handling of food.", descNl: "Wettelijke eisen en principes van risicoanalyse voor het veilig omgaan met voedsel."},

  // ---- K2.1 hospitality and tourism -----------------------------------------
  {id: 'front-office-procedures', type: 'knowledge', reuse: 'sector-specific', en: "hotel front-office procedures", nl: "front-officeprocedures in hotels", descEn: "Procedures for reservations, check-in and check-out, room allocation, night audit and guest registration.", descNl: "Procedures voor reserveringen, in- en uitchecken, kamertoewijzing, nachtafsluiting en gastenregistratie."},
  {id: 'local-tourist-information', type: 'knowledge', reuse: 'occupation-specific', en: "local attractions, events and transport", nl: "lokale bezienswaardigheden, evenementen en vervoer", descEn: "What there is to see and do in the area, opening times, events and how to get there.", descNl: "Wat er in de omgeving te zien en te doen is, openingstijden, evenementen en hoe je er komt."},
  {id: 'food-and-beverages', type: 'knowledge', reuse: 'sector-specific', en: "food and beverage products", nl: "eten- en drankproducten", altEn: ["menu knowledge"], altNl: ["menukennis"], descEn: "Ingredients, preparation, allergens and suitable combinations of dishes, wines and other drinks.", descNl: "Ingrediënten, bereiding, allergenen en passende combinaties van gerechten, wijnen en andere dranken."},

  // ---- K2.2 logistics and transport -----------------------------------------
  {id: 'warehouse-operations', type: 'knowledge', reuse: 'sector-specific', en: "warehouse operations", nl: "magazijnprocessen", descEn: "The flow of goods in a warehouse from receipt and storage to picking, packing and dispatch.", descNl: "De goederenstroom in een magazijn van ontvangst en opslag tot orderpicken, verpakken en verzenden."},
  {id: 'warehouse-management-systems', type: 'knowledge', reuse: 'sector-specific', en: "warehouse management systems", nl: "warehouse management systemen", altEn: ["WMS"], altNl: ["WMS"], descEn: "How warehouse management systems model locations, stock, orders and tasks, and how they connect to other systems.", descNl: "Hoe warehouse management systemen locaties, voorraad, orders en taken vastleggen en aansluiten op andere systemen."},
  {id: 'supply-chain-principles', type: 'knowledge', reuse: 'sector-specific', en: "supply chain principles", nl: "principes van ketenlogistiek", altEn: ["supply chain management"], altNl: ["supply chain management"], descEn: "How purchasing, production, storage and transport are aligned across a chain of companies.", descNl: "Hoe inkoop, productie, opslag en transport over een keten van bedrijven op elkaar worden afgestemd."},
  {id: 'road-transport-regulations', type: 'knowledge', reuse: 'sector-specific', en: "road transport regulations", nl: "regelgeving wegtransport", altEn: ["driving and rest time rules"], altNl: ["rij- en rusttijden"], descEn: "Rules on driving and rest times, loads, transport documents and vehicle requirements.", descNl: "Regels over rij- en rusttijden, lading, vervoersdocumenten en voertuigeisen."},

  // ---- K2.3 commerce and customer service -----------------------------------
  {id: 'sales-techniques', type: 'knowledge', reuse: 'cross-sector', en: "sales techniques", nl: "verkooptechnieken", descEn: "Methods to discover customer needs, present benefits, handle objections and close a sale.", descNl: "Methoden om klantbehoeften te achterhalen, voordelen te presenteren, bezwaren te behandelen en een verkoop af te sluiten."},
  {id: 'customer-service-principles', type: 'knowledge', reuse: 'cross-sector', en: "customer service principles", nl: "principes van klantenservice", descEn: "What makes service good for customers: expectations, service levels, follow-up and recovery after mistakes.", descNl: "Wat service goed maakt voor klanten: verwachtingen, serviceniveaus, opvolging en herstel na fouten."},

  // ---- K2.4 law and administration ------------------------------------------
  {id: 'data-protection-law', type: 'knowledge', reuse: 'cross-sector', en: "data protection legislation", nl: "privacywetgeving", altEn: ["GDPR"], altNl: ["AVG"], descEn: "The rules on collecting, storing and sharing personal data and the rights of the people concerned.", descNl: "De regels over het verzamelen, bewaren en delen van persoonsgegevens en de rechten van betrokkenen."},
  {id: 'consumer-rights', type: 'knowledge', reuse: 'cross-sector', en: "consumer rights", nl: "consumentenrecht", descEn: "Rights of consumers on guarantees, returns, cancellations and complaints.", descNl: "Rechten van consumenten rond garantie, retour, annulering en klachten."},
  {id: 'office-procedures', type: 'knowledge', reuse: 'cross-sector', en: "office administration procedures", nl: "kantooradministratieve procedures", descEn: "How incoming and outgoing mail, archives, agendas and simple bookkeeping are organised in an office.", descNl: "Hoe post, archief, agenda's en eenvoudige boekhouding op een kantoor zijn georganiseerd."},

  // ---- K3.1 child development and pedagogy ----------------------------------
  {id: 'child-development', type: 'knowledge', reuse: 'sector-specific', en: "child development", nl: "ontwikkeling van kinderen", altEn: ["developmental psychology of children"], altNl: ["ontwikkelingspsychologie"], descEn: "The stages of physical, cognitive, social and emotional development of children and adolescents.", descNl: "De fasen van de lichamelijke, cognitieve, sociale en emotionele ontwikkeling van kinderen en jongeren."},
  {id: 'pedagogy-didactics', type: 'knowledge', reuse: 'sector-specific', en: "pedagogy and didactics", nl: "pedagogiek en didactiek", descEn: "Principles of upbringing and teaching: how children learn and how instruction can support them.", descNl: "Principes van opvoeden en onderwijzen: hoe kinderen leren en hoe instructie hen kan ondersteunen."},
  {id: 'group-dynamics', type: 'knowledge', reuse: 'cross-sector', en: "group dynamics", nl: "groepsdynamica", descEn: "How groups form, develop roles and norms, and how a leader can influence them.", descNl: "Hoe groepen ontstaan, rollen en normen ontwikkelen en hoe een leider daarop invloed kan uitoefenen."},
  {id: 'special-educational-needs', type: 'knowledge', reuse: 'sector-specific', en: "special educational needs", nl: "extra ondersteuningsbehoeften in het onderwijs", altNl: ["passend onderwijs"], descEn: "Common learning and behavioural difficulties and how schools adapt support to them.", descNl: "Veelvoorkomende leer- en gedragsproblemen en hoe scholen de ondersteuning daarop afstemmen."},

  // ---- K3.2 youth and social work -------------------------------------------
  {id: 'youth-support-services', type: 'knowledge', reuse: 'occupation-specific', en: "youth support services", nl: "sociale kaart jeugdhulp", altNl: ["jeugdhulpverlening"], descEn: "The local organisations, services and schemes that support young people and families, and how to refer to them.", descNl: "De lokale organisaties, voorzieningen en regelingen die jongeren en gezinnen ondersteunen en hoe je ernaar verwijst."},

  // ---- K4.1 computer systems and software -----------------------------------
  {id: 'operating-systems', type: 'knowledge', reuse: 'sector-specific', en: "computer operating systems", nl: "besturingssystemen", descEn: "How common desktop and mobile operating systems work, are configured and are kept up to date.", descNl: "Hoe gangbare desktop- en mobiele besturingssystemen werken, worden ingesteld en up-to-date gehouden."},
  {id: 'computer-networks', type: 'knowledge', reuse: 'sector-specific', en: "computer network basics", nl: "basiskennis computernetwerken", descEn: "IP addresses, DNS, routers, Wi-Fi and how devices communicate in a network.", descNl: "IP-adressen, DNS, routers, wifi en hoe apparaten in een netwerk met elkaar communiceren."},
  {id: 'programming-concepts', type: 'knowledge', reuse: 'sector-specific', en: "programming concepts", nl: "programmeerconcepten", descEn: "Variables, control flow, functions, data structures and objects as used in most programming languages.", descNl: "Variabelen, controlestructuren, functies, datastructuren en objecten zoals in de meeste programmeertalen."},
  {id: 'information-security', type: 'knowledge', reuse: 'sector-specific', en: "information security basics", nl: "basiskennis informatiebeveiliging", descEn: "Threats such as phishing and malware and measures such as passwords, updates, backups and access rights.", descNl: "Dreigingen zoals phishing en malware en maatregelen zoals wachtwoorden, updates, back-ups en toegangsrechten."},

  // ---- K4.2 data and statistics ---------------------------------------------
  {id: 'relational-databases', type: 'knowledge', reuse: 'sector-specific', en: "relational databases", nl: "relationele databases", descEn: "Tables, keys, relations and normalisation in relational database systems.", descNl: "Tabellen, sleutels, relaties en normalisatie in relationele databasesystemen."},
  {id: 'statistics', type: 'knowledge', reuse: 'cross-sector', en: "statistics", nl: "statistiek", descEn: "Collecting, describing and interpreting numerical data, including sampling, distributions and significance.", descNl: "Het verzamelen, beschrijven en interpreteren van numerieke gegevens, inclusief steekproeven, verdelingen en significantie."},

  // ---- K5.1 health and safety at work ---------------------------------------
  {id: 'occupational-safety-regulations', type: 'knowledge', reuse: 'cross-sector', en: "occupational health and safety regulations", nl: "wet- en regelgeving over arbeidsomstandigheden", altEn: ["OHS legislation"], altNl: ["arbowetgeving"], descEn: "The duties of employers and employees for safe and healthy work, risk assessment and reporting accidents.", descNl: "De plichten van werkgevers en werknemers voor veilig en gezond werken, risico-inventarisatie en het melden van ongevallen."},
  {id: 'fire-safety', type: 'knowledge', reuse: 'cross-sector', en: "fire safety and evacuation procedures", nl: "brandveiligheid en ontruimingsprocedures", descEn: "Fire prevention, extinguishing small fires and the evacuation procedure of a building.", descNl: "Brandpreventie, het blussen van kleine branden en de ontruimingsprocedure van een gebouw."},

  // ---- K5.2 metals and metalworking -----------------------------------------
  {id: 'metal-properties', type: 'knowledge', reuse: 'sector-specific', en: "properties of metals", nl: "eigenschappen van metalen", descEn: "Strength, weldability, heat behaviour and corrosion of steel, stainless steel and aluminium.", descNl: "Sterkte, lasbaarheid, gedrag bij verhitting en corrosie van staal, roestvast staal en aluminium."},
  {id: 'welding-techniques', type: 'knowledge', reuse: 'occupation-specific', en: "welding techniques", nl: "lastechnieken", descEn: "Welding processes, joint types, welding positions, filler materials and common welding defects.", descNl: "Lasprocessen, verbindingsvormen, lasposities, toevoegmaterialen en veelvoorkomende lasfouten."},

  // ---- T1.1 communicating ---------------------------------------------------
  {id: 'listen-actively', type: 'skill/competence', reuse: 'transversal', en: "listen actively", nl: "actief luisteren", descEn: "Give full attention to what others say, ask questions and check that you have understood.", descNl: "Volledige aandacht geven aan wat anderen zeggen, doorvragen en nagaan of je het goed hebt begrepen."},
  {id: 'communicate-clearly', type: 'skill/competence', reuse: 'transversal', en: "communicate clearly", nl: "helder communiceren", altEn: ["express yourself clearly"], altNl: ["je duidelijk uitdrukken"], descEn: "Convey messages in a clear, structured and appropriate way.", descNl: "Boodschappen duidelijk, gestructureerd en passend overbrengen."},
  {id: 'adapt-communication-style', type: 'skill/competence', reuse: 'transversal', en: "adapt communication to the other person", nl: "communicatie afstemmen op de ander", descEn: "Adjust words, tone and pace to the age, language level, culture and state of mind of the other person.", descNl: "Woorden, toon en tempo aanpassen aan leeftijd, taalniveau, cultuur en gemoedstoestand van de ander."},
  {id: 'present-to-group', type: 'skill/competence', reuse: 'transversal', en: "present information to a group", nl: "informatie presenteren aan een groep", descEn: "Prepare and give a short, clear presentation to a group and answer questions.", descNl: "Een korte, heldere presentatie voorbereiden en geven aan een groep en vragen beantwoorden."},

  // ---- T1.2 working with digital devices and applications -------------------
  {id: 'use-digital-devices', type: 'skill/competence', reuse: 'transversal', en: "use digital devices and applications", nl: "digitale apparaten en toepassingen gebruiken", descEn: "Use computers, tablets and smartphones and their everyday applications confidently.", descNl: "Computers, tablets en smartphones en hun alledaagse toepassingen met vertrouwen gebruiken."},
  {id: 'search-information-online', type: 'skill/competence', reuse: 'transversal', en: "search for information online", nl: "online informatie zoeken", descEn: "Find information on the internet and judge whether a source is reliable.", descNl: "Informatie op internet vinden en beoordelen of een bron betrouwbaar is."},
  {id: 'communicate-digitally', type: 'skill/competence', reuse: 'transversal', en: "communicate by e-mail and chat", nl: "communiceren via e-mail en chat", descEn: "Use e-mail, chat and video calls appropriately for work.", descNl: "E-mail, chat en videobellen op een passende manier gebruiken voor het werk."},
  {id: 'protect-data-online', type: 'skill/competence', reuse: 'transversal', en: "protect personal data and privacy online", nl: "persoonsgegevens en privacy online beschermen", altEn: ["stay safe online"], altNl: ["veilig internetten"], descEn: "Use strong passwords, recognise phishing and share personal data only when necessary.", descNl: "Sterke wachtwoorden gebruiken, phishing herkennen en persoonsgegevens alleen delen als het nodig is."},

  // ---- T1.3 working with numbers and measures -------------------------------
  {id: 'apply-basic-arithmetic', type: 'skill/competence', reuse: 'transversal', en: "apply basic arithmetic", nl: "basisrekenvaardigheden toepassen", altEn: ["numeracy"], altNl: ["rekenen"], descEn: "Add, subtract, multiply, divide, and work with percentages, fractions and units in everyday work.", descNl: "Optellen, aftrekken, vermenigvuldigen, delen en werken met procenten, breuken en eenheden in het dagelijks werk."},

  // ---- T2.1 solving problems and making decisions ---------------------------
  {id: 'solve-problems', type: 'skill/competence', reuse: 'transversal', en: "solve problems", nl: "problemen oplossen", altEn: ["problem solving"], altNl: ["probleemoplossend werken"], descEn: "Analyse what is going wrong, think of possible solutions, choose one and check whether it works.", descNl: "Analyseren wat er misgaat, mogelijke oplossingen bedenken, er een kiezen en nagaan of die werkt."},
  {id: 'make-decisions', type: 'skill/competence', reuse: 'transversal', en: "make decisions", nl: "beslissingen nemen", descEn: "Weigh options and their consequences and take a timely decision.", descNl: "Opties en hun gevolgen afwegen en tijdig een beslissing nemen."},
  {id: 'work-accurately', type: 'skill/competence', reuse: 'transversal', en: "work accurately", nl: "nauwkeurig werken", altEn: ["attention to detail"], altNl: ["zorgvuldig werken"], descEn: "Work carefully and precisely and check one's own work for mistakes.", descNl: "Zorgvuldig en precies werken en het eigen werk controleren op fouten."},

  // ---- T2.2 planning and organising own work --------------------------------
  {id: 'manage-time', type: 'skill/competence', reuse: 'transversal', en: "manage time", nl: "de eigen tijd indelen", altEn: ["time management"], altNl: ["timemanagement"], descEn: "Plan one's own working time so that tasks are finished on time.", descNl: "De eigen werktijd zo plannen dat taken op tijd af zijn."},
  {id: 'set-priorities', type: 'skill/competence', reuse: 'transversal', en: "set priorities", nl: "prioriteiten stellen", descEn: "Decide what is most urgent and important and act on it first.", descNl: "Bepalen wat het meest urgent en belangrijk is en dat eerst doen."},
  {id: 'follow-work-procedures', type: 'skill/competence', reuse: 'transversal', en: "work according to instructions and procedures", nl: "werken volgens instructies en procedures", descEn: "Carry out tasks as agreed in instructions, protocols and procedures and ask when something is unclear.", descNl: "Taken uitvoeren zoals afgesproken in instructies, protocollen en procedures en vragen als iets onduidelijk is."},

  // ---- T3.1 coping with pressure and change ---------------------------------
  {id: 'cope-with-pressure', type: 'skill/competence', reuse: 'transversal', en: "cope with pressure", nl: "omgaan met werkdruk", altEn: ["stay calm under pressure"], altNl: ["stressbestendig zijn"], descEn: "Stay calm and keep working well in busy, stressful or unexpected situations.", descNl: "Rustig blijven en goed blijven werken in drukke, stressvolle of onverwachte situaties."},
  {id: 'adapt-to-change', type: 'skill/competence', reuse: 'transversal', en: "adapt to change", nl: "inspelen op veranderingen", altEn: ["be flexible"], altNl: ["flexibel zijn"], descEn: "Adjust one's way of working when circumstances, tasks or plans change.", descNl: "De eigen werkwijze aanpassen als omstandigheden, taken of plannen veranderen."},

  // ---- T3.2 taking initiative and learning ----------------------------------
  {id: 'take-initiative', type: 'skill/competence', reuse: 'transversal', en: "take initiative", nl: "initiatief nemen", descEn: "Act without being asked when something needs to be done and propose improvements.", descNl: "Uit jezelf in actie komen als er iets moet gebeuren en verbeteringen voorstellen."},
  {id: 'reflect-on-own-practice', type: 'skill/competence', reuse: 'transversal', en: "reflect on own practice", nl: "reflecteren op het eigen handelen", descEn: "Look back on one's own actions, ask for feedback and draw lessons for next time.", descNl: "Terugkijken op het eigen handelen, om feedback vragen en lessen trekken voor de volgende keer."},

  // ---- T4.1 working in teams ------------------------------------------------
  {id: 'work-in-team', type: 'skill/competence', reuse: 'transversal', en: "work in a team", nl: "samenwerken in een team", altEn: ["teamwork"], altNl: ["samenwerken"], descEn: "Work together with colleagues towards a shared result, share information and help each other.", descNl: "Met collega's samenwerken aan een gezamenlijk resultaat, informatie delen en elkaar helpen."},
  {id: 'work-in-multidisciplinary-team', type: 'skill/competence', reuse: 'cross-sector', en: "work in a multidisciplinary team", nl: "samenwerken in een multidisciplinair team", altEn: ["interprofessional collaboration"], altNl: ["interprofessioneel samenwerken"], descEn: "Work with professionals of other disciplines, understand their roles and align one's own contribution with theirs.", descNl: "Samenwerken met professionals uit andere disciplines, hun rol begrijpen en de eigen bijdrage daarop afstemmen."},

  // ---- T4.2 leading others --------------------------------------------------
  {id: 'lead-group', type: 'skill/competence', reuse: 'transversal', en: "lead a group", nl: "een groep leiden", descEn: "Give direction to a group, divide roles and keep the group working towards its goal.", descNl: "Richting geven aan een groep, rollen verdelen en de groep op koers houden naar het doel."},
  {id: 'motivate-others', type: 'skill/competence', reuse: 'transversal', en: "motivate others", nl: "anderen motiveren", descEn: "Encourage others to give their best through appreciation, trust and a clear goal.", descNl: "Anderen stimuleren hun best te doen door waardering, vertrouwen en een duidelijk doel."},

  // ---- T4.3 supporting others -----------------------------------------------
  {id: 'show-empathy', type: 'skill/competence', reuse: 'transversal', en: "show empathy", nl: "empathie tonen", altEn: ["empathise with others"], altNl: ["inlevingsvermogen tonen"], descEn: "Understand and acknowledge the feelings and perspective of others and let it show in one's behaviour.", descNl: "De gevoelens en het perspectief van anderen begrijpen en erkennen en dat laten zien in het eigen gedrag."},
  {id: 'respect-diversity', type: 'skill/competence', reuse: 'transversal', en: "respect cultural diversity", nl: "culturele diversiteit respecteren", descEn: "Treat people of all backgrounds with respect and take differences in culture, belief and habits into account.", descNl: "Mensen van alle achtergronden met respect behandelen en rekening houden met verschillen in cultuur, geloof en gewoonten."},
  {id: 'show-service-attitude', type: 'skill/competence', reuse: 'transversal', en: "show a service-minded attitude", nl: "servicegericht handelen", altEn: ["be hospitable", "customer orientation"], altNl: ["gastvrij zijn", "klantgericht handelen"], descEn: "Put the needs of the customer, guest or client first and go the extra mile where it matters.", descNl: "De behoeften van klant, gast of cliënt vooropstellen en een stap extra zetten waar dat ertoe doet."},

  // ---- T5.1 acting sustainably ----------------------------------------------
  {id: 'sort-waste', type: 'skill/competence', reuse: 'transversal', en: "sort waste for recycling", nl: "afval scheiden voor recycling", descEn: "Separate waste streams at work so that materials can be recycled.", descNl: "Afvalstromen op het werk scheiden zodat materialen gerecycled kunnen worden."},
  {id: 'save-energy-materials', type: 'skill/competence', reuse: 'transversal', en: "use energy and materials sparingly", nl: "zuinig omgaan met energie en materialen", descEn: "Avoid unnecessary use of energy, water and materials in daily work.", descNl: "Onnodig gebruik van energie, water en materialen in het dagelijks werk vermijden."},

  // ---- T5.2 acting ethically ------------------------------------------------
  {id: 'act-with-integrity', type: 'skill/competence', reuse: 'transversal', en: "act with integrity", nl: "integer handelen", descEn: "Be honest and reliable, keep agreements and report wrongdoing.", descNl: "Eerlijk en betrouwbaar zijn, afspraken nakomen en misstanden melden."},

  // ---- L1.1 spoken Dutch / L1.2 written Dutch -------------------------------
  {id: 'speak-dutch', type: 'skill/competence', reuse: 'transversal', en: "interact verbally in Dutch", nl: "mondeling communiceren in het Nederlands", descEn: "Understand spoken Dutch and take part in conversations in Dutch.", descNl: "Gesproken Nederlands begrijpen en deelnemen aan gesprekken in het Nederlands."},
  {id: 'write-dutch', type: 'skill/competence', reuse: 'transversal', en: "write in Dutch", nl: "schrijven in het Nederlands", descEn: "Read and write work-related texts in Dutch.", descNl: "Werkgerelateerde teksten lezen en schrijven in het Nederlands."},

  // ---- L2.1 English / L2.2 German -------------------------------------------
  {id: 'speak-english', type: 'skill/competence', reuse: 'transversal', en: "interact verbally in English", nl: "mondeling communiceren in het Engels", descEn: "Understand spoken English and take part in conversations in English.", descNl: "Gesproken Engels begrijpen en deelnemen aan gesprekken in het Engels."},
  {id: 'speak-german', type: 'skill/competence', reuse: 'transversal', en: "interact verbally in German", nl: "mondeling communiceren in het Duits", descEn: "Understand spoken German and take part in conversations in German.", descNl: "Gesproken Duits begrijpen en deelnemen aan gesprekken in het Duits."}
] AS row
MERGE (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + row.id})
SET lo.outcomeType = row.type,
    lo.reuseLevel = row.reuse,
    lo.prefLabel_en = row.en,
    lo.prefLabel_nl = row.nl,
    lo.altLabels_en = coalesce(row.altEn, []),
    lo.altLabels_nl = coalesce(row.altNl, []),
    lo.description_en = row.descEn,
    lo.description_nl = row.descNl,
    lo.source = 'seed';

// -----------------------------------------------------------------------------
// Outcomes in groups: (:LearningOutcome)-[:BROADER]->(:OutcomeGroup)
// Each line: a level-3 group and the outcomes directly under it.
// An outcome that appears under two groups has two broader concepts
// (polyhierarchy), e.g. 'create-safe-group-climate' is both about
// instructing learners and about caring for young people.
// Narrower outcomes that only hang under a broader outcome are not listed
// here but in the next statement.
// -----------------------------------------------------------------------------
UNWIND [
  // S1.1 / S1.2 / S1.3: the standing example. Each of these narrow groups holds
  // one hotel-receptionist outcome and one nurse outcome, worded differently.
  ['informing-clients', ['inform-guests-hotel-services', 'inform-patients-relatives', 'provide-customer-information', 'answer-telephone-enquiries', 'inform-parents-about-child']],
  ['handling-client-concerns', ['handle-guest-complaints', 'respond-patient-concerns', 'handle-customer-complaints', 'de-escalate-conflicts']],
  ['building-client-relationships', ['build-rapport-guests', 'build-therapeutic-relationship', 'maintain-customer-relationships', 'build-trust-young-people', 'receive-visitors']],
  ['writing-reporting', ['write-business-correspondence', 'write-reports']],
  ['instructing-supporting-learners', ['support-pupils-learning', 'prepare-lesson-materials', 'instruct-others', 'give-constructive-feedback', 'create-safe-group-climate']],

  ['keeping-records', ['maintain-records', 'file-documents', 'maintain-confidentiality', 'process-invoices']],
  ['planning-scheduling', ['schedule-appointments', 'process-reservations', 'plan-transport-routes', 'plan-staff-rotas', 'coordinate-shipments']],
  ['analysing-information', ['analyse-data', 'visualise-data', 'forecast-stock-needs', 'query-databases']],

  ['providing-personal-care', ['assist-daily-living', 'respect-client-dignity', 'observe-client-condition', 'provide-companionship', 'apply-hand-hygiene']],
  ['clinical-care', ['measure-vital-signs', 'administer-medication', 'perform-nursing-procedures', 'draw-up-care-plan', 'process-prescriptions', 'advise-on-medicine-use', 'observe-client-condition', 'record-patient-care', 'provide-first-aid']],
  ['caring-for-children-youth', ['supervise-children', 'stimulate-child-development', 'organise-youth-activities', 'recognise-child-safety-concerns', 'coach-young-people', 'inform-parents-about-child', 'build-trust-young-people', 'create-safe-group-climate']],
  ['hospitality-services', ['welcome-guests', 'check-in-guests', 'arrange-guest-services', 'handle-guest-luggage', 'serve-food-drinks', 'take-orders', 'set-tables', 'advise-guests-on-menu', 'process-reservations']],
  ['health-safety', ['provide-first-aid', 'respond-to-emergencies', 'follow-safety-procedures', 'lift-loads-safely', 'apply-hand-hygiene', 'use-ppe', 'apply-food-hygiene', 'draw-up-event-safety-plan']],

  ['supervising-people', ['supervise-staff', 'coordinate-volunteers', 'plan-staff-rotas', 'train-new-employees']],
  ['managing-resources', ['manage-budget', 'manage-stock', 'monitor-sales-figures', 'forecast-stock-needs', 'maintain-stock-records']],
  ['organising-events', ['plan-events', 'promote-events', 'organise-youth-activities', 'coordinate-volunteers', 'draw-up-event-safety-plan']],

  ['using-business-software', ['use-spreadsheets', 'use-word-processing', 'use-hotel-pms', 'use-electronic-client-record', 'use-wms', 'use-crm-software']],
  ['supporting-ict-users', ['support-ict-users', 'troubleshoot-computer-problems', 'install-software', 'set-up-networks', 'explain-technical-matters', 'register-support-tickets']],
  ['developing-software', ['develop-software', 'test-software', 'use-version-control', 'query-databases']],

  ['operating-vehicles', ['operate-forklift', 'operate-pallet-truck', 'drive-delivery-van', 'check-vehicles-equipment', 'drive-fuel-efficiently']],
  ['handling-goods', ['receive-goods', 'pick-orders', 'store-goods', 'pack-goods', 'load-unload-vehicles', 'deliver-parcels', 'stock-shelves', 'lift-loads-safely']],
  ['preparing-food', ['prepare-dishes', 'use-kitchen-equipment', 'plan-menus', 'reduce-food-waste', 'apply-food-hygiene']],

  ['welding', ['weld-metal-parts', 'inspect-weld-quality']],
  ['tools-drawings', ['read-technical-drawings', 'use-grinding-cutting-tools']],

  ['selling', ['advise-customers-on-products', 'display-merchandise', 'sell-additional-products', 'promote-events']],
  ['handling-payments', ['handle-payments', 'process-invoices']],

  ['medical-nursing-knowledge', ['anatomy-physiology', 'pharmacology-basics', 'conditions-of-older-people', 'care-legislation']],
  ['hygiene-knowledge', ['infection-prevention', 'hygiene-regulations']],
  ['hospitality-knowledge', ['front-office-procedures', 'local-tourist-information', 'food-and-beverages']],
  ['logistics-knowledge', ['warehouse-operations', 'warehouse-management-systems', 'supply-chain-principles', 'road-transport-regulations']],
  ['commerce-knowledge', ['sales-techniques', 'customer-service-principles']],
  ['law-administration-knowledge', ['data-protection-law', 'consumer-rights', 'office-procedures']],
  ['pedagogy-knowledge', ['child-development', 'pedagogy-didactics', 'group-dynamics', 'special-educational-needs']],
  ['social-work-knowledge', ['youth-support-services']],
  ['ict-systems-knowledge', ['operating-systems', 'computer-networks', 'programming-concepts', 'information-security']],
  ['data-knowledge', ['relational-databases', 'statistics']],
  ['occupational-safety-knowledge', ['occupational-safety-regulations', 'fire-safety']],
  ['metalworking-knowledge', ['metal-properties', 'welding-techniques']],

  ['communicating', ['listen-actively', 'communicate-clearly', 'adapt-communication-style', 'present-to-group']],
  ['digital-basics', ['use-digital-devices', 'search-information-online', 'communicate-digitally', 'protect-data-online']],
  ['working-with-numbers', ['apply-basic-arithmetic']],
  ['solving-problems', ['solve-problems', 'make-decisions', 'work-accurately']],
  ['organising-own-work', ['manage-time', 'set-priorities', 'follow-work-procedures']],
  ['coping', ['cope-with-pressure', 'adapt-to-change']],
  ['initiative-learning', ['take-initiative', 'reflect-on-own-practice']],
  ['teamwork', ['work-in-team']],
  ['leading-others', ['lead-group', 'motivate-others']],
  ['supporting-others', ['show-empathy', 'respect-diversity', 'show-service-attitude']],
  ['acting-sustainably', ['sort-waste', 'save-energy-materials', 'reduce-food-waste', 'drive-fuel-efficiently']],
  ['acting-ethically', ['act-with-integrity', 'maintain-confidentiality', 'respect-client-dignity']],

  ['dutch-spoken', ['speak-dutch']],
  ['dutch-written', ['write-dutch']],
  ['english', ['speak-english']],
  ['german', ['speak-german']]
] AS r
MATCH (g:OutcomeGroup {id: 'http://data.competence-atlas.org/group/' + r[0]})
UNWIND r[1] AS slug
MATCH (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + slug})
MERGE (lo)-[:BROADER]->(g);

// -----------------------------------------------------------------------------
// Narrower outcomes under broader outcomes:
// (:LearningOutcome)-[:BROADER]->(:LearningOutcome)
// Each line: [narrower, broader]. Some outcomes have two broader outcomes,
// e.g. calculating medication doses is both medication work and arithmetic.
// -----------------------------------------------------------------------------
UNWIND [
  ['recommend-local-attractions', 'inform-guests-hotel-services'],
  ['advise-on-medicine-use', 'provide-customer-information'],
  ['train-new-employees', 'instruct-others'],
  ['record-patient-care', 'maintain-records'],
  ['maintain-stock-records', 'maintain-records'],
  ['register-support-tickets', 'maintain-records'],
  ['perform-statistical-analysis', 'analyse-data'],
  ['assist-personal-hygiene', 'assist-daily-living'],
  ['assist-eating-drinking', 'assist-daily-living'],
  ['support-mobility', 'assist-daily-living'],
  ['double-check-medication', 'administer-medication'],
  ['calculate-medication-doses', 'administer-medication'],
  ['calculate-medication-doses', 'apply-basic-arithmetic'],
  ['perform-wound-care', 'perform-nursing-procedures'],
  ['administer-injections', 'perform-nursing-procedures'],
  ['perform-cpr', 'provide-first-aid'],
  ['order-supplies', 'manage-stock'],
  ['manage-event-budget', 'manage-budget'],
  ['manage-event-budget', 'plan-events'],
  ['coordinate-event-suppliers', 'plan-events'],
  ['program-in-python', 'develop-software'],
  ['perform-mig-mag-welding', 'weld-metal-parts'],
  ['perform-tig-welding', 'weld-metal-parts'],
  ['operate-cash-register', 'handle-payments'],
  ['cash-up-till', 'handle-payments'],
  ['dementia', 'conditions-of-older-people'],
  ['food-safety-regulations', 'hygiene-regulations'],
  ['work-in-multidisciplinary-team', 'work-in-team']
] AS r
MATCH (narrower:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + r[0]})
MATCH (broader:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + r[1]})
MERGE (narrower)-[:BROADER]->(broader);

// -----------------------------------------------------------------------------
// Related outcomes: (:LearningOutcome)-[:RELATED {importance}]->(:LearningOutcome)
// 'essential': you hardly have the first without the second.
// 'optional':  the second often goes with the first.
// The first line links the receptionist's and the nurse's relationship skills.
// -----------------------------------------------------------------------------
UNWIND [
  ['build-rapport-guests', 'build-therapeutic-relationship', 'optional'],
  ['handle-guest-complaints', 'de-escalate-conflicts', 'optional'],
  ['check-in-guests', 'use-hotel-pms', 'essential'],
  ['administer-medication', 'pharmacology-basics', 'essential'],
  ['apply-hand-hygiene', 'infection-prevention', 'essential'],
  ['apply-food-hygiene', 'food-safety-regulations', 'essential'],
  ['operate-forklift', 'occupational-safety-regulations', 'essential'],
  ['plan-transport-routes', 'road-transport-regulations', 'optional'],
  ['support-ict-users', 'explain-technical-matters', 'essential'],
  ['develop-software', 'programming-concepts', 'essential'],
  ['create-safe-group-climate', 'group-dynamics', 'optional'],
  ['weld-metal-parts', 'welding-techniques', 'essential']
] AS r
MATCH (a:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + r[0]})
MATCH (b:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + r[1]})
MERGE (a)-[x:RELATED]->(b)
SET x.importance = r[2];

// -----------------------------------------------------------------------------
// Collections: cross-cutting selections of outcomes, as in ESCO.
// -----------------------------------------------------------------------------
UNWIND [
  {id: 'transversal', en: "transversal skills and competences", nl: "transversale vaardigheden en competenties"},
  {id: 'digital', en: "digital skills and competences", nl: "digitale vaardigheden en competenties"},
  {id: 'green', en: "green skills and knowledge", nl: "groene vaardigheden en kennis"},
  {id: 'language', en: "language skills and knowledge", nl: "taalvaardigheden en taalkennis"},
  {id: 'research', en: "research skills and competences", nl: "onderzoeksvaardigheden en -competenties"}
] AS row
MERGE (c:Collection {id: row.id})
SET c.prefLabel_en = row.en,
    c.prefLabel_nl = row.nl,
    c.source = 'seed';

// Every seed outcome with reuse level 'transversal' is in the transversal collection.
MATCH (lo:LearningOutcome {reuseLevel: 'transversal', source: 'seed'})
MATCH (c:Collection {id: 'transversal'})
MERGE (lo)-[:IN_COLLECTION]->(c);

// The other collections, listed by hand.
UNWIND [
  ['digital', ['use-digital-devices', 'search-information-online', 'communicate-digitally', 'protect-data-online', 'use-spreadsheets', 'use-word-processing', 'use-hotel-pms', 'use-electronic-client-record', 'use-wms', 'use-crm-software', 'support-ict-users', 'troubleshoot-computer-problems', 'install-software', 'set-up-networks', 'register-support-tickets', 'develop-software', 'program-in-python', 'test-software', 'use-version-control', 'query-databases', 'visualise-data', 'operating-systems', 'computer-networks', 'programming-concepts', 'information-security', 'relational-databases']],
  ['green', ['sort-waste', 'save-energy-materials', 'reduce-food-waste', 'drive-fuel-efficiently']],
  ['language', ['speak-dutch', 'write-dutch', 'speak-english', 'speak-german']],
  ['research', ['analyse-data', 'perform-statistical-analysis', 'visualise-data', 'statistics', 'search-information-online']]
] AS r
MATCH (c:Collection {id: r[0]})
UNWIND r[1] AS slug
MATCH (lo:LearningOutcome {id: 'http://data.competence-atlas.org/outcome/' + slug})
MERGE (lo)-[:IN_COLLECTION]->(c);
