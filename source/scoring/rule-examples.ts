// Example sentences for every phrase rule of the scoring (see register.ts): each `fires` sentence
// must hold a match of the rule, each `silent` sentence none. Written from real answers.

/** Sentences one rule must fire on and must leave alone. */
export type RuleExamples = {readonly fires: readonly string[]; readonly silent: readonly string[]};

/** Examples by rule name. */
export const ruleExamples: Readonly<Record<string, RuleExamples>> = {
	// direct.ts: a yes, a no, a late answer, a shared concern, information withheld.
	'direct.yes': {
		fires: ['Ja.', 'Ja, dat kan ik. Hieronder geef ik u daarvan een overzicht.', 'Het antwoord op beide vragen luidt: ja, dit is het geval.'],
		silent: ['Jaarlijks publiceert het CBS deze cijfers.', 'Het antwoord op de eerste vraag is ja, maar alleen voor de provincies.', 'Of de regeling wordt verlengd, daarop kan ik nu geen ja of nee zeggen.'],
	},
	'direct.yes.agrees': {
		fires: ['Dat klopt. De NVWA heeft in 2022 melding gemaakt.', 'Die mening deel ik. Het is een verkeerd signaal.', 'Dat kan ik bevestigen. De eerste identificatie van het paard gebeurt door een dierenarts.', 'Ik ben daartoe bereid.', 'Ofschoon de gemeente hiermee bekend is, ben ik desgevraagd uiteraard bereid de gemeente bij te staan.'],
		silent: ['Dat klopt niet: de regeling is pas in 2024 ingegaan.', 'Die mening deel ik niet.', 'Ik deel de inschatting van de NCTV niet volledig.', 'De sector is bereid om aanvullende afspraken te maken.', 'Daarom ben ik op dit moment niet bereid de regeling te wijzigen.'],
	},
	'direct.yes.answered': {
		fires: ['De vragen zijn zoveel mogelijk afzonderlijk van elkaar beantwoord.', 'Zoals gevraagd heb ik de vragen afzonderlijk beantwoord.', 'Alle vragen worden hieronder afzonderlijk beantwoord.'],
		silent: ['De vragen zijn zo spoedig mogelijk beantwoord.', 'Deze vragen zijn helaas niet binnen drie weken beantwoord.', 'De vragen van het lid Omtzigt over dit onderwerp zijn in maart beantwoord.'],
	},
	'direct.yes.confirms': {
		fires: ['Het amendement is inderdaad in werking getreden per 1 september jongstleden.', 'Deze vraag kan bevestigend worden beantwoord.', 'Uiteraard. De inspectie ziet hierop toe.', 'Dit komt overeen met de cijfers van het CBS.'],
		silent: ['Uiteraard niet: de regeling geldt alleen voor ondernemers.', 'Er is inderdaad geen vergunning verleend.', 'Het is niet zeker dat de maatregel het beoogde effect heeft.', 'Of dat het geval is, wordt nog onderzocht.'],
	},
	'direct.yes.aware': {
		fires: ['Ik ben bekend met het bericht.', 'Nederland is bekend met dergelijke signalen, maar kan deze niet verifiëren.', 'Ik heb kennisgenomen van het rapport van de Onderzoeksraad.', 'Uit ambtsberichten is mij gebleken dat de situatie is verslechterd.', 'Dat is mij bekend.', 'Deze signalen zijn ons uiteraard bekend.'],
		silent: ['Het is mij niet bekend of de vereniging is aangesloten bij de KNPV.', 'Dat is mij niet bekend.', 'Deze cijfers zijn mij bekendgemaakt door de gemeente.', 'Dat is mij bekend of niet?', 'De gemeente is bekend met de klachten van omwonenden.', 'De inspectie heeft kennisgenomen van het rapport.'],
	},
	'direct.no': {
		fires: ['Nee.', 'Nee, dat kan ik niet bevestigen. Wanneer een paard 30 dagen verblijft, moet het geregistreerd worden.', 'Neen, daartoe zie ik geen aanleiding.'],
		silent: ['Neerwaartse bijstelling van de raming is niet nodig.', 'Het antwoord op deze vraag is nee.'],
	},
	'direct.no.denies': {
		fires: ['Die mening deel ik niet.', 'Dat is niet het geval.', 'Uitfasering van het gebruik van politiehonden is vooralsnog niet aan de orde.', 'Het kabinet heeft geen enkele aanwijzing dat Oekraïne poogt om kernwapens te ontwikkelen.', 'Ik zie nu geen noodzaak om dit extra onderzoek uit te zetten.', 'Er is door het Ministerie van Justitie en Veiligheid voorafgaand aan het debat geen contact geweest met de Telegraaf.', 'Daarom ben ik op dit moment niet bereid de regeling te wijzigen.'],
		silent: ['Die mening deel ik.', 'Er is door de inspectie vastgesteld dat geen regels zijn overtreden.', 'Er is in 2023 wel een melding gedaan, maar geen aangifte.', 'De aanvrager zag destijds geen reden om bezwaar te maken.'],
	},
	'direct.no.not-known': {
		fires: ['Signalen over etnisch profileren zijn mij niet bekend.', 'Dergelijke gevallen zijn ons niet bekend.'],
		silent: ['Het is mij niet bekend of de vereniging is aangesloten bij de KNPV.', 'Deze signalen zijn mij bekend.', 'Het is de gemeente niet bekend hoeveel woningen leegstaan.'],
	},
	'direct.no.late': {
		fires: ['Helaas heeft de beantwoording van deze vragen vertraging opgelopen vanwege de publicatie van de Kamerbrief.', 'De vragen konden niet binnen de gebruikelijke termijn worden beantwoord.', 'De antwoorden komen later dan gebruikelijk, omdat afstemming met andere departementen nodig was.'],
		silent: ['De aanvraag is binnen de gestelde termijn afgehandeld.', 'Om verdere vertraging te voorkomen, start de bouw in maart.', 'Het besluit volgt later dan de gemeente had gehoopt.'],
	},
	'direct.yes.shares-concern': {
		fires: ['Het baart mij zorgen. Van belang is daarom te zorgen voor voldoende instroom.', 'Ik vind het ontzettend zorgelijk als cliënten zich onveilig voelen in hun woning.', 'Wij maken ons grote zorgen over de veiligheid van hulpverleners.'],
		silent: ['Ik vind het niet zorgelijk dat de cijfers stijgen.', 'Ik vind het minder zorgelijk dan het artikel suggereert.', 'De sector maakt zich zorgen over de nieuwe regels.', 'Gemeenten moeten zorgen voor voldoende opvangplekken.'],
	},
	'direct.no.withholds': {
		fires: ['Deze correspondentie wordt niet in de openbaarheid verstrekt.', 'Het advies van de landsadvocaat kan ik niet openbaar maken.', 'De inspectie maakt de namen van de betrokken bedrijven niet openbaar.'],
		silent: ['Het rapport wordt openbaar gemaakt en aan uw Kamer gestuurd.', 'Het rapport is in 2023 niet openbaar gemaakt, omdat het nog niet was afgerond.', 'De gegevens worden niet alleen gedeeld met de inspectie, maar ook met gemeenten.'],
	},

	// deflects.ts: pointing to another answer or elsewhere, not knowing, general terms, policy lines, someone else's responsibility.
	'deflects.cross-reference': {
		fires: ['Zie het antwoord op vraag 6.', 'Zoals hiervoor aangegeven biedt een ADV-aanbesteding meer mogelijkheden dan een reguliere Europese aanbesteding.', 'Voor het antwoord op deze vraag verwijs ik naar het antwoord op vraag 3.', 'Zoals in het antwoord op vraag 5 reeds aangegeven, is iedere staat verantwoordelijk voor de coördinatie.', 'Verwezen moge worden naar het antwoord op de vragen 3 en 5.', 'Ik moge kortheidshalve verwijzen naar het antwoord op vraag 2.'],
		silent: ['Zie voor de cijfers per provincie de bijlage bij deze brief.', 'Ik verwijs u naar de Kamerbrief van 12 juni.', 'Zoals aangekondigd in de Kamerbrief van 3 maart start de pilot in juni.', 'Er wordt verwezen naar het verdrag van 1975.'],
	},
	'deflects.elsewhere': {
		fires: ['U kunt de informatie terugvinden via de volgende link: https://www.logius.nl/digid', 'Alle informatie is terug te vinden op de website van Logius.', 'Over het nieuwe beleid heb ik u geïnformeerd in de Kamerbrief van 11 november 2024.'],
		silent: ['Op 3 maart heb ik u geïnformeerd dat de regeling wordt verlaagd naar 40 procent van de kosten.', 'De wet is te lezen als een opdracht aan gemeenten.', 'De gemeente heeft de bewoners per brief geïnformeerd.'],
	},
	'deflects.no-information': {
		fires: ['Er is geen overzicht van keuzes die andere Europese landen maken voor het inrichten van hun digitale infrastructuur.', 'Het is voor mij op korte termijn niet mogelijk om de gevraagde gegevens te leveren.', 'De mate waarin de btwverhoging wordt doorberekend aan de afnemers is lastig in te schatten.', 'De nationaliteit van studenten wordt niet centraal geregistreerd.'],
		silent: ['De gemeente registreert alle meldingen in een landelijk systeem.', 'Dat is wel mogelijk, mits de betrokkene toestemming geeft.', 'Er is veel informatie beschikbaar over de regeling.'],
	},
	'deflects.general': {
		fires: ['In het algemeen geldt dat gemeenten zelf over de inzet van handhavers beslissen.', 'Het hangt af van de omstandigheden van het geval.', 'Of een vergunning nodig is, is afhankelijk van de aard van de activiteit.'],
		silent: ['De hoogte van de AOW is daarbij niet afhankelijk van het inkomen van de partner.', 'In het Algemeen Ambtsbericht Turkije van augustus 2023 is beschreven dat de vervolging in intensiteit was afgenomen.'],
	},
	'deflects.policy-line': {
		fires: ['Het kabinet blijft het belang van de VN onderstrepen.', 'Het kabinet hecht groot belang aan de persvrijheid.', 'Daarom zetten wij ons onverminderd in voor een goede uitvoering.', 'Ik blijf mij inzetten voor een eerlijke verdeling.'],
		silent: ['De gemeente blijft verantwoordelijk voor de uitvoering.', 'Daarom zetten wij de regeling per 1 januari stop.', 'Het kabinet hechtte destijds weinig waarde aan dit advies.'],
	},
	'deflects.not-my-responsibility': {
		fires: ['De verantwoordelijkheid voor de financiële situatie en bedrijfsvoering ligt bij het ziekenhuis zelf.', 'Een oordeel hierover is voorbehouden aan een rechter en aan de Europese Commissie.', 'Het is aan de zorgverzekeraars om tot goede afspraken te komen.'],
		silent: ['Ik neem de verantwoordelijkheid voor deze fout.', 'Het is aan mij om daarover een besluit te nemen.', 'De gemeente is verantwoordelijk voor het beleid.'],
	},

	// confidential.ts: what is kept confidential, and on what grounds.
	'confidential.confidential': {
		fires: ['Op 21 mei jl. bent u middels een vertrouwelijke technische briefing geïnformeerd over de situatie bij Logius.', 'Deze stukken bevatten bedrijfsvertrouwelijke informatie.', 'De offertes zijn concurrentiegevoelig.'],
		silent: ['Het vertrouwen in de overheid is de afgelopen jaren gedaald.', 'Ik heb er alle vertrouwen in dat de gemeente dit zorgvuldig doet.'],
	},
	'confidential.not-public': {
		fires: ['Deze correspondentie wordt niet in de openbaarheid verstrekt.', 'Openbaarmaking van deze stukken zou de betrekkingen met andere staten schaden.', 'De documenten bevatten geheime informatie van de inlichtingendiensten.'],
		silent: ['Het rapport is openbaar en staat op de website van de inspectie.', 'De openbaarmaking van het rapport is gepland voor 1 juni.'],
	},
	'confidential.individual-case': {
		fires: ['Ik ga niet in op de situatie van individuele gedetineerden.', 'Vanwege privacy wordt de naam van het slachthuis niet vermeld.', 'Over individuele zaken doe ik geen uitspraken.'],
		silent: ['Het privacybeleid van de gemeente is in 2023 herzien.', 'Ik ga niet in op de vraag of de regeling wordt verlengd.', 'De Autoriteit Persoonsgegevens ziet toe op de bescherming van de privacy.'],
	},
	'confidential.investigation': {
		fires: ['Over lopende strafrechtelijke onderzoeken kan ik geen uitspraken doen.', 'De zaak ligt op dit moment onder de rechter.', 'In het belang van het onderzoek kan ik hier niet verder op ingaan.'],
		silent: ['Er ligt een afgerond strafrechtelijk onderzoek bij het Openbaar Ministerie.', 'De NVWA is in dit kader bezig met een onderzoek naar de gehele paardenketen.'],
	},
	'confidential.third-party': {
		fires: ['Gezien de lopende onderhandelingen kan ik hierover geen mededelingen doen.', 'Over gesprekken met individuele bedrijven doe ik geen mededelingen.', 'Deze informatie valt onder de fiscale geheimhouding.'],
		silent: ['De onderhandelingen zijn in maart afgerond en het akkoord is gepubliceerd.', 'Ik heb gesprekken gevoerd met alle betrokken partijen.'],
	},
	'confidential.national-security': {
		fires: ['Deze stukken bevatten informatie die raakt aan de bescherming van de nationale veiligheid.', 'Openbaarmaking zou de internationale betrekkingen van Nederland kunnen schaden.'],
		silent: ['De nationale overheid is verantwoordelijk voor de veiligheid van de dijken.', 'Internationale samenwerking tussen politiediensten wordt versterkt.'],
	},
	'confidential.classified': {
		fires: ['De correspondentie betreft onder meer staatsgeheime documenten.', 'Het betreft NAVO-gerubriceerde informatie.', 'Deze informatie is gerubriceerd.'],
		silent: ['De stukken zijn in 2024 gederubriceerd en openbaar gemaakt.', 'Het rapport is per rubriek ingedeeld.'],
	},
	'confidential.market-sensitive': {
		fires: ['Ebusco is een beursgenoteerd bedrijf, wat maakt dat ik hier verder geen inhoudelijke uitspraken over doe.', 'Het betreft koersgevoelige informatie.'],
		silent: ['De beurskoers van het bedrijf is sinds maart gedaald.', 'De markt voor elektrische bussen is gevoelig voor subsidies.'],
	},

	// future.ts: deadlines, promises to inform the Kamer, waiting, intentions.
	'future.deadline': {
		fires: ['Later dit jaar wordt het herziene rijksbrede cloudbeleid met uw Kamer gedeeld.', 'Deze wordt naar verwachting vóór het zomerreces nog aan uw Kamer verstuurd.', 'Uw Kamer ontvangt nog dit jaar een brief.', 'Het kabinet verwacht eind 2026 een wetsvoorstel in consultatie te brengen.'],
		silent: ['Dit jaar zijn 40 vergunningen verleend.', 'Het rapport is afgelopen zomer verschenen.', 'De regeling geldt sinds 1 januari 2024.'],
	},
	'future.inform-kamer': {
		fires: ['Voor de zomer informeer ik uw Kamer over de uitkomsten.', 'Zodra het onderzoek is afgerond, wordt het rapport gedeeld met uw Kamer.', 'De Kamer ontvangt de evaluatie voor de zomer.'],
		silent: ['Deze is op donderdag 14 november jl. gedeeld met de Kamer.', 'Het rapport is in maart aan uw Kamer gestuurd.', 'Ik heb uw Kamer op 3 maart geïnformeerd over de voortgang.'],
	},
	'future.awaits': {
		fires: ['Ik wacht de uitkomsten van het onderzoek af.', 'De resultaten van de evaluatie zijn nog in voorbereiding.', 'Het is nog te vroeg om conclusies te trekken.'],
		silent: ['Het onderzoek is inmiddels afgerond en de resultaten zijn gepubliceerd.', 'Het is niet te vroeg om nu al maatregelen te nemen.', 'Het kabinet heeft de uitkomsten van de evaluatie afgewacht.'],
	},
	'future.intention': {
		fires: ['Op deze manier zijn wij voornemens om de motie uit te voeren.', 'Naar aanleiding van die resultaten wordt gekeken welke verdere acties nodig zijn.', 'Het kabinet zal deze zaak aandachtig blijven volgen.', 'Ik werk aan het inrichten van een centrale monitor van het jeugdstelsel.', 'Het IMG werkt op dit moment aan verbeteringen in het aanvraagproces.'],
		silent: ['Het IMG werkte vorig jaar aan verbeteringen in het aanvraagproces.', 'In 2019 is in voorbereiding op de besluitvorming consumentenonderzoek uitgevoerd.', 'Ook in andere Europese landen wordt gekeken naar waterstofproductie uit afval.', 'Het platform heeft aangegeven dat het niet van plan is het aantal moderatoren te verminderen.', 'Ik blijf werkbezoeken afleggen.'],
	},

	// declines.ts: declining to answer.
	'clarity.declines': {
		fires: ['Het kabinet speculeert niet over hypothetische situaties.', 'Ik ga niet in op individuele zaken.', 'Het is niet gelukt deze vragen binnen de genoemde termijn te beantwoorden.', 'Ik meen niet aan het verzoek tegemoet te kunnen komen om een en ander in een tabellarisch overzicht vast te leggen.'],
		silent: ['Hieronder ga ik nader in op de vragen van het lid Bikker.', 'Het is aan de minister van Financiën om hierover te besluiten.', 'Ik kan hierover nu al een oordeel geven: de regeling werkt.', 'Aan het verzoek van de gemeente is inmiddels voldaan.'],
	},

	// clarity.ts: a question that lapsed.
	'clarity.lapses': {
		fires: ['Deze vraag vervalt daarmee.', 'Niet van toepassing.', 'Deze vraag behoeft hiermee geen nader antwoord.', 'Deze vraag behoeft in verband met het voorgaande geen beantwoording meer.'],
		silent: ['De regeling is niet van toepassing op zzp’ers.', 'De subsidie vervalt per 1 januari 2026.', 'De gemeente hoeft geen vergunning te verlenen.'],
	},
};
