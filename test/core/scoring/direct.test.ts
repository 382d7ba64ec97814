import {describe, expect, it} from 'vitest';
import {judgeDirect} from '../../../source/scoring/direct.js';
import {scoreQuestion} from '../../../source/scoring/index.js';

const yes = [
	'Ja',
	'Ja.',
	'Ja, dat kan ik. Hieronder geef ik u daarvan een overzicht.',
	'Dat klopt. De NVWA heeft in 2022 melding gemaakt.',
	'Die mening deel ik. Het is een verkeerd signaal.',
	'Ik ben bekend met het bericht.',
	'Nederland is bekend met dergelijke signalen, maar kan deze niet verifiëren.',
	'Het amendement is inderdaad in werking getreden per 1 september jongstleden.',
	'Dat kan ik bevestigen. De eerste identificatie van het paard gebeurt door een dierenarts.',
	'Ik ben daartoe bereid.',
];

const no = [
	'Nee.',
	'Nee, dat kan ik niet bevestigen. Wanneer een paard 30 dagen verblijft, moet het geregistreerd worden.',
	'Er bestaat geen rijksbreed overzicht van kritieke digitale overheidsvoorzieningen.',
	'Die mening deel ik niet.',
	'Dat is niet het geval.',
	'Dit kan ik niet uitsluiten. Zoals aangegeven in het antwoord op vraag 6, schrijft Europese wetgeving voor wanneer.',
	'Het is niet gelukt deze vragen binnen de genoemde termijn te beantwoorden.',
	'Ik ben daartoe niet bereid.',
	'Uitfasering van het gebruik van politiehonden is vooralsnog niet aan de orde.',
	'Het kabinet heeft geen enkele aanwijzing dat Oekraïne poogt om kernwapens te ontwikkelen.',
	'Ik zie nu geen noodzaak om dit extra onderzoek uit te zetten.',
]; // (the last one is not sentence-initial: read within the opening two sentences)

const neither = [
	'Criteria worden verwoord en van weging voorzien gedurende het proces om te gaan aanbesteden.',
	'Zoals in het antwoord op vraag 8 aangegeven betreft de technische inrichting van DigiD maatwerk.',
	'Het, nog vast te stellen, herziene rijksbrede cloudbeleid scherpt de eis van een exitstrategie aan.',
	'Op dagen dat paarden worden aangevoerd, zijn twee dierenartsen aanwezig. Bij de inspecties is geen overtreding gevonden. Er is geen reden tot zorg.',
];

describe('direct yes/no reading', () => {
	it.each(yes)('reads yes: %s', answer => {
		const flag = judgeDirect(answer, true, 'Bent u bekend met het bericht?');
		expect(flag.value).toBe('yes');
		expect(answer.slice(flag.evidence[0]!.start, flag.evidence[0]!.end)).toBe(flag.evidence[0]!.text);
	});

	it.each(no)('reads no: %s', answer => {
		expect(judgeDirect(answer, true).value).toBe('no');
	});

	it.each(neither)('reads neither: %s', answer => {
		expect(judgeDirect(answer, true).value).toBeNull();
	});

	it('reads "ik ben bekend met" as yes only when the question asks about being aware', () => {
		expect(judgeDirect('Ik ben bekend met het Handelingskader.', true, 'Biedt dit handelingskader afdoende handvatten?').value).toBeNull();
		expect(judgeDirect('Ik ben bekend met het bericht.', true, 'Kent u het bericht?').value).toBe('yes');
	});

	it('reads an implicit no where a question about knowing facts is told they are not known', () => {
		const question = 'Hoe reageert u op de stelling? Heeft u inzichtelijk hoe groot deze groep is?';
		const flag = judgeDirect('Het aantal hangt samen met de periode van onderzoek. Het is mogelijk dat er meer zijn. Er is over de precieze omvang van deze groep geen inzicht.', true, question);
		expect(flag).toMatchObject({value: 'no', evidence: [{rule: 'direct.no.not-known', text: 'geen inzicht'}]});
		expect(judgeDirect('Het exacte aandeel kinderen dat niet meer deel kan nemen is niet bekend.', true, 'Is er zicht op het aantal kinderen dat niet meer kan zwemmen?').value).toBe('no');
		// The same words do not answer a question that is not about knowing.
		expect(judgeDirect('Er is over de precieze omvang geen inzicht.', true, 'Bent u bereid de regeling te verlengen?').value).toBeNull();
	});

	it('takes a light verb\'s object only where there is one, and no adverb or fixed phrase for it', () => {
		expect(judgeDirect('De Belastingdienst beoordeelt iedere aanvraag afzonderlijk. Aanvragen die na 1 januari binnenkomen worden niet meer in behandeling genomen.', true, 'Wilt u ervoor zorgen dat gedupeerde ouders volledig gecompenseerd worden?').value).toBeNull();
		expect(judgeDirect('Als gevolg daarvan is een aanpassing van de AMvB niet nodig.', true, 'Bent u bereid gevolg te geven aan de aanbevelingen?').value).toBeNull();
		expect(judgeDirect('De sector heeft aangegeven geen behoefte te hebben aan een nieuwe regeling.', true, 'Bent u bereid om in overleg met de sector te komen tot een oplossing?').value).toBeNull();
		expect(judgeDirect('Het is mogelijk dat deze beoordeling niet voor de zomer gereed is.', true, 'Bent u bereid dit zo snel mogelijk te doen?').value).toBeNull();
	});

	it('reads the minister\'s own concern, opening the answer, as sharing a concerned view', () => {
		expect(judgeDirect('Het baart mij zorgen. Van belang is daarom te zorgen voor voldoende instroom.', true, 'Deelt u de mening dat het alarmerend is dat 30% van de advocaten met pensioen gaat?')).toMatchObject({value: 'yes', evidence: [{rule: 'direct.yes.shares-concern', text: 'Het baart mij zorgen'}]});
		expect(judgeDirect('Ik vind het ontzettend zorgelijk als cliënten zich onveilig voelen in hun woning.', true, 'Deelt u de mening dat het zeer onwenselijk is dat cliënten zich onveilig voelen?').value).toBe('yes');
		// Not to a question that asks for no view, and not when the concern is denied.
		expect(judgeDirect('Het baart mij zorgen.', true, 'Bent u bekend met het bericht?').value).toBeNull();
		expect(judgeDirect('Ik vind het niet zorgelijk dat de cijfers stijgen.', true, 'Vindt u het zorgelijk dat de cijfers stijgen?').value).not.toBe('yes');
		const asked = 'Deelt u de mening dat het zorgelijk is dat de wachtlijsten groeien?';
		for (const hedged of ['Ik vind het minder zorgelijk dan het artikel suggereert.', 'Ik vind het geenszins alarmerend.', 'Ik vind het nauwelijks zorgelijk, want de wachttijd daalt.', 'Ik vind het zorgelijk als dat het geval zou zijn. Uit de cijfers blijkt echter dat het tekort afneemt.']) {
			expect(judgeDirect(hedged, true, asked).value).not.toBe('yes');
		}

		// "zorgen" as a noun or a verb, or a negated view, is no concern asked about.
		expect(judgeDirect('Het baart mij zorgen dat dit zo lang duurt.', true, 'Erkent u dat de zorgen over de veiligheid van de brug ongegrond zijn?').value).not.toBe('yes');
		expect(judgeDirect('Het baart mij zorgen.', true, 'Bent u het ermee eens dat gemeenten moeten zorgen voor voldoende opvangplekken?').value).not.toBe('yes');
		expect(judgeDirect('Het baart mij zorgen.', true, 'Deelt u de mening dat het niet zorgelijk is dat de wachtlijsten groeien?').value).not.toBe('yes');
	});

	it('reads "Er is … geen …" with a phrase between as a no, but not "Er is vastgesteld dat geen …"', () => {
		const answer = 'Er is door het Ministerie van Justitie en Veiligheid voorafgaand aan het tweeminutendebat Gevangeniswezen en tbs op 23 oktober 2024 geen contact geweest met de Telegraaf.';
		expect(judgeDirect(answer, true, 'Was dit vooraf door uw ministerie ingebracht bij de krant?')).toMatchObject({value: 'no', evidence: [{rule: 'direct.no.denies'}]});
		expect(judgeDirect('Er is door de inspectie vastgesteld dat geen regels zijn overtreden.', true, 'Heeft de inspectie onderzoek gedaan?').value).toBeNull();
		expect(judgeDirect('Er is in 2023 wel een melding gedaan, maar geen aangifte.', true, 'Is er aangifte gedaan?').value).toBeNull();
	});

	it('reads a delay in answering as no only to the question asking for answers in time', () => {
		const late = 'Helaas heeft de beantwoording van deze vragen vertraging opgelopen vanwege de publicatie van de Kamerbrief.';
		expect(judgeDirect(late, true, 'Kunt u de antwoorden op deze vragen toesturen binnen drie weken?')).toMatchObject({value: 'no', evidence: [{rule: 'direct.no.late'}]});
		expect(judgeDirect('Het project heeft vertraging opgelopen door de stikstofregels.', true, 'Klopt het dat het project is vertraagd?').value).not.toBe('no');
		expect(judgeDirect('De invoering van het nieuwe stelsel heeft vertraging opgelopen.', true, 'Bent u bereid de vragen en zorgen van de sector te gebruiken om het beleid bij te sturen?').value).toBeNull();
		// The first yes/no question is the one answered: a delay confirms it.
		const compound = 'Klopt het dat de bouw van de sluis bij IJmuiden vertraging heeft opgelopen? Kunt u deze vragen binnen drie weken beantwoorden?';
		expect(judgeDirect('De bouw van de sluis bij IJmuiden heeft vertraging opgelopen door problemen met de aannemer.', true, compound).value).not.toBe('no');
	});

	it('reads sharing or not sharing any view asked about', () => {
		expect(judgeDirect('Ik deel deze aanname niet. Het kader is bedoeld om schade te voorkomen.', true, 'Deelt u de aanname dat de woorden te nauw worden geïnterpreteerd?')).toMatchObject({value: 'no', evidence: [{rule: 'direct.no.denies'}]});
		expect(judgeDirect('Die inschatting deel ik.', true, 'Deelt u de inschatting dat de kosten stijgen?').value).toBe('yes');
		expect(judgeDirect('Ik onderschrijf deze stelling niet.', true, 'Onderschrijft u de stelling dat …?').value).toBe('no');
		expect(judgeDirect('Ik deel de inschatting van de NCTV niet volledig.', true, 'Deelt u de inschatting van de NCTV?').value).not.toBe('yes');
		// Endorsing a statement of that concern shares it.
		expect(judgeDirect('Kenia heeft de vier burgers uitgezet. Ik onderschrijf de verklaring van UNHCR waarin ernstige zorgen werden uitgesproken.', true, 'Deelt u de zorg van Amnesty International dat deze vluchtelingen gevaar lopen?')).toMatchObject({value: 'yes', evidence: [{rule: 'direct.yes.agrees'}]});
	});

	it('reads an implicit yes or no where the answer takes up or turns down the action asked for', () => {
		const question = 'Bent u bereid om het toezicht op paardentransporten te intensiveren? Zo nee, waarom niet?';
		const answer = 'Bij binnenkomst wordt reeds 100 procent gecontroleerd. Dit is wettelijk verplicht. De NVWA zal de komende periode het toezicht op paardentransporten intensiveren.';
		const yesFlag = judgeDirect(answer, true, question);
		expect(yesFlag).toMatchObject({value: 'yes', evidence: [{rule: 'direct.yes.commits-to-action'}]});
		expect(answer.slice(yesFlag.evidence[0]!.start, yesFlag.evidence[0]!.end)).toBe(yesFlag.evidence[0]!.text);
		const refused = judgeDirect('Het reguliere interventiebeleid is van toepassing. In het slachthuis zijn geen overtredingen geconstateerd die sluiting hiervan rechtvaardigen.', true, 'Bent u bereid om het slachthuis te sluiten?');
		expect(refused).toMatchObject({value: 'no', evidence: [{rule: 'direct.no.declines-action'}]});
		// An answer that never comes back to the action gives no reading.
		expect(judgeDirect('Het kabinet is zich ervan bewust dat de kosten kunnen toenemen.', true, 'Bent u bereid om het besluit te heroverwegen?').value).toBeNull();
		// A light verb ("onderzoek te doen", "maatregelen te nemen"): the noun before it is the action.
		expect(judgeDirect('Ik zal hier geen onderzoek naar doen. Docenten kunnen zelf een afweging maken.', true, 'Bent u bereid om onderzoek te doen naar de effectiviteit van telefoonvrije lessen?')).toMatchObject({value: 'no', evidence: [{rule: 'direct.no.declines-action'}]});
		expect(judgeDirect('Ik zal aanvullende maatregelen nemen om de wachttijden te verkorten.', true, 'Bent u bereid maatregelen te nemen?').value).toBe('yes');
		expect(judgeDirect('De wachttijden zijn in het afgelopen jaar gedaald.', true, 'Bent u bereid maatregelen te nemen?').value).toBeNull();
	});

	it('reads a count of what a question asks exists as a yes, and a count of something else as nothing', () => {
		const question = 'Hoeveel controles zijn er uitgevoerd? Zijn er bij deze controles misstanden geconstateerd? Zo ja, welke?';
		const flag = judgeDirect('In de afgelopen vijf jaar zijn 1137 inspecties uitgevoerd. Bij deze inspecties zijn 13 onregelmatigheden geconstateerd.', true, question);
		expect(flag).toMatchObject({value: 'yes', evidence: [{rule: 'direct.yes.counts', text: 'Bij deze inspecties zijn 13 onregelmatigheden geconstateerd.'}]});
		// A year, a share or a negated count says nothing of it.
		expect(judgeDirect('In 2023 is de regeling aangepast. Ongeveer 40% van de bedrijven doet mee.', true, 'Zijn er bedrijven gestopt met de regeling?').value).toBeNull();
		expect(judgeDirect('Er zijn in 2023 geen 5 bedrijven gestopt met de regeling.', true, 'Zijn er bedrijven gestopt met de regeling?').value).not.toBe('yes');
	});

	it('reads a yes or no where the answer takes up or turns down what the request asks, in its own words', () => {
		// Older letters ask the minister in the third person; the request's words come back in the answer.
		expect(judgeDirect('Dezerzijds zal ervoor worden zorg gedragen dat het rapport zo snel mogelijk na verschijning aan de Kamer wordt toegezonden.', true, 'Wilt u bevorderen, dat dit rapport direct na verschijning aan de Kamer toegezonden wordt?'))
			.toMatchObject({value: 'yes', evidence: [{rule: 'direct.yes.takes-up-request'}]});
		expect(judgeDirect('Een dergelijke algemene instructie is mijns inziens niet te geven. Het betreft een protocolaire taak.', true, 'Wil de Minister in het algemeen de ambassadeurs instrueren dat zij geen prijs stellen op erecomités?'))
			.toMatchObject({value: 'no', evidence: [{rule: 'direct.no.declines-request'}]});
		// How things stand now is why it was asked, not a refusal; a condition promises nothing.
		expect(judgeDirect('Het beroep van kynologisch instructeur is weliswaar geen erkend beroep, maar er is wel een opleiding.', true, 'Bent u bereid hondentrainer (kynologisch instructeur) een erkend beroep te maken en regels op te stellen voor de wijze waarop honden getraind worden?').value).toBeNull();
		expect(judgeDirect('Indien tot een aanwijzing wordt overgegaan, zal het advies worden gepubliceerd.', true, 'Is de Minister bereid toe te staan, dat het advies gepubliceerd wordt?').value).toBeNull();
		// A yes to a request in the third person is a promise.
		const card = scoreQuestion({number: 1, text: 'Wil de Minister toezeggen dat de resultaten van het onderzoek publiek gemaakt zullen worden?', answer: 'Ja.', answeredWith: [1], footnoteIds: []});
		expect(card.flags.future).toMatchObject({value: true, evidence: [{rule: 'future.agrees-to-act'}]});
	});

	it.each([
		['Gaat u in gesprek met de gemeente?', 'De gemeente is verantwoordelijk voor het beleid.'],
		['Bent u bereid het toezicht te intensiveren?', 'Over het al dan niet intensiveren van het toezicht wordt in het najaar besloten.'],
		['Bent u bereid het toezicht te intensiveren?', 'U vraagt of ik bereid ben het toezicht te intensiveren.'],
		['Bent u bereid met de sector in gesprek te gaan?', 'Wij gaan ervan uit dat de sector zelf maatregelen neemt.'],
		['Is het u bekend dat het aantal meldingen stijgt?', 'Het aantal is gestegen. Hoeveel precies is niet bekend.'],
		['Zijn er cijfers over het aantal meldingen?', 'De NVWA houdt de meldingen bij. Het is lastig te zeggen of het aantal stijgt.'],
	])('gives no implicit reading where the answer does not take a position: %s / %s', (question, answer) => {
		expect(judgeDirect(answer, true, question).value).toBeNull();
	});

	it('reads a negation in the action\'s own clause as a refusal, and one in the next clause as none', () => {
		expect(judgeDirect('Ik zal het toezicht intensiveren, zodat misstanden niet langer voorkomen.', true, 'Bent u bereid het toezicht te intensiveren?').value).toBe('yes');
		expect(judgeDirect('De middelen zijn beperkt. Een verhoging van de subsidie acht ik niet verantwoord, wel zal ik bezien wat mogelijk is.', true, 'Bent u bereid de subsidie te verhogen?').value).toBe('no');
	});

	it('reads not knowing whether as no answer, and a fact not known as a no', () => {
		expect(judgeDirect('Het is mij niet bekend of de vereniging is aangesloten bij de KNPV.', true, 'Is deze school aangesloten bij de KNPV?').value).toBeNull();
		expect(judgeDirect('Signalen over etnisch profileren zijn mij niet bekend.', true, 'Heeft u signalen opgevangen over etnisch profileren?').value).toBe('no');
	});

	it('reads the closing request to answer the questions separately', () => {
		const question = 'Kunt u deze vragen afzonderlijk van elkaar beantwoorden?';
		expect(judgeDirect('De vragen zijn zoveel mogelijk afzonderlijk van elkaar beantwoord.', true, question).value).toBe('yes');
		expect(judgeDirect('De vragen zijn zo spoedig mogelijk beantwoord.', true, question).value).toBeNull();
		expect(judgeDirect('Deze vragen zijn helaas niet binnen drie weken beantwoord.', true, question).value).not.toBe('yes');
	});

	it('reads "kan ontkennend / bevestigend worden beantwoord"', () => {
		expect(judgeDirect('Het eerste deel van de vraag kan ontkennend worden beantwoord.', true).value).toBe('no');
		expect(judgeDirect('Deze vraag kan bevestigend worden beantwoord.', true).value).toBe('yes');
	});

	it('gives no reading for an open question', () => {
		expect(judgeDirect('Ja.', false)).toEqual({value: null, evidence: []});
	});
});
