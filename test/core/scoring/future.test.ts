import {describe, expect, it} from 'vitest';
import {judgeFuture} from '../../../source/scoring/future.js';

const promises: Array<[string, string | undefined]> = [
	['Later dit jaar wordt het herziene rijksbrede cloudbeleid met uw Kamer gedeeld.', 'Later dit jaar'],
	['Deze wordt naar verwachting vóór het zomerreces nog aan uw Kamer verstuurd.', 'vóór het zomerreces'],
	['Op deze manier zijn wij voornemens om de motie uit te voeren.', undefined],
	['Het, nog vast te stellen, herziene rijksbrede cloudbeleid scherpt de eis van een exitstrategie aan.', undefined],
	['Ik zal uw Kamer hierover informeren.', undefined],
	['De NVWA zal de komende periode het toezicht op paardentransporten intensiveren.', 'komende periode'],
	['Naar aanleiding van die resultaten wordt gekeken welke verdere acties nodig zijn.', undefined],
	['Het kabinet verwacht eind 2026 een wetsvoorstel in consultatie te brengen.', 'eind 2026'],
	// Readers who agreed read a promise to keep doing something as a promise.
	['Het kabinet zal deze zaak aandachtig blijven volgen.', undefined],
	['Deze uitleg zal ik blijven benadrukken.', undefined],
	['Zoals hierboven aangegeven werk ik dit uit in een samenhangende preventiestrategie.', undefined],
	['Mocht het instrumentarium niet toereikend zijn, dan kan het kabinet bezien waar mogelijkheden liggen.', undefined],
	['De verwachting is dat deze praktijkrichtlijn begin 2027 kan worden gepubliceerd.', 'begin 2027'],
	['Ik ben voornemens om u in april 2027 bij separate brief nader te informeren.', 'in april 2027'],
	['Zodra het onderzoek is afgerond, wordt het rapport gedeeld met uw Kamer.', undefined],
	['Uit het opsporingsonderzoek dat op dit moment loopt, zal moeten blijken of sprake is geweest van strafbare gedragingen.', undefined],
	['Ook in de komende periode blijf ik werkbezoeken afleggen.', 'komende periode'],
	['Ik werk aan het inrichten van een centrale monitor van het jeugdstelsel.', undefined],
	['Ja, zodra de resultaten beschikbaar zijn, zal ik deze voorzien van mijn reactie en met uw Kamer delen.', undefined],
	['Ik zal niet alleen de gemeenten maar ook de provincies hierover informeren.', undefined],
	['Ik zal niet nalaten de sector hierop aan te spreken.', undefined],
	// A past tense elsewhere in the sentence leaves the deadline ahead.
	['Het rapport dat vorige maand werd aangekondigd verschijnt voor de zomer.', 'voor de zomer'],
	['De subsidie die werd toegezegd wordt uiterlijk 1 maart uitbetaald.', 'uiterlijk 1 maart'],
	['De gemeenten die werden benaderd ontvangen voor 1 juli een reactie.', 'voor 1 juli'],
	['Ik zal de maatregelen die in het coalitieakkoord werden aangekondigd voor de zomer uitwerken.', 'voor de zomer'],
	['Ik informeer uw Kamer voor de zomer over de wijze waarop de middelen werden besteed.', 'voor de zomer'],
	['Ik zal deze vragen in samenhang beantwoorden in de voortgangsbrief die ik uw Kamer na de zomer stuur.', 'na de zomer'],
	// A year the moment names is part of the deadline: "vóór de zomer" alone would read as this year's.
	['Ik zal uw Kamer vóór de zomer van 2027 informeren.', 'vóór de zomer van 2027'],
	['De evaluatie ontvangt uw Kamer in het voorjaar 2027.', 'in het voorjaar 2027'],
	['De resultaten worden naar verwachting in het eerste kwartaal van 2027 gedeeld.', 'in het eerste kwartaal van 2027'],
	['Direct na de zomer ontvangt uw Kamer de evaluatie.', 'Direct na de zomer'],
	['Het wetsvoorstel wordt voor Prinsjesdag ingediend.', 'voor Prinsjesdag'],
	['Uw Kamer ontvangt nog dit jaar een brief.', 'nog dit jaar'],
	['Ik informeer uw Kamer begin volgend jaar over de uitkomsten.', 'begin volgend jaar'],
	['De nieuwe regeling treedt halverwege 2027 in werking.', 'halverwege 2027'],
	// After "te hebben" a participle is a goal, not the past.
	['Inzet is om uiterlijk per 1 juli 2027 de aanwijzing te hebben afgerond.', 'per 1 juli 2027'],
	// With zal/zullen the sentence speaks of what is to come, though it also holds "zijn … gedeeld".
	['De resultaten van dit onderzoek zullen in het najaar van 2026 beschikbaar zijn en zullen ook met de Europese Commissie gedeeld worden.', 'in het najaar van 2026'],
];

const present = [
	'De genoemde voorzieningen zijn rijksbreed georganiseerd.',
	'Een opdrachtgever is hiervoor verantwoordelijk en zal daarbij ondersteund worden door een multidisciplinair team.',
	'De meerkosten van emissievrije bussen zullen nog enige tijd hoog blijven.',
	'Deze is op donderdag 14 november jl. gedeeld met de Kamer.',
	'De verwachting is dat de business case voor emissievrije bussen steeds aantrekkelijker wordt.',
	'In april 2023 is het rapport verschenen.',
	'Ik blijf werkbezoeken afleggen.',
	'Ook in andere Europese landen wordt gekeken naar waterstofproductie uit afval.',
	'In 2019 is in voorbereiding op de besluitvorming consumentenonderzoek uitgevoerd.',
	'In 2023 zijn 131 zendingen paardenvlees uit derde landen geïmporteerd.',
	'Het platform heeft aangegeven dat het niet van plan is het aantal moderatoren te verminderen.',
	'Ik heb de vragen afzonderlijk en zo spoedig mogelijk beantwoord.',
	// Turning an action down is a decision now, not a promise.
	'Ik zal hier geen onderzoek naar doen. Docenten kunnen zelf een afweging maken.',
	'Het kabinet zal de regeling niet verlengen.',
	'Nee, dat zal ik niet.',
	// A past modal in the time phrase's own clause makes it history.
	'Het feit dat werd afgeweken van een beleidslijn die op korte termijn moest worden getroffen, doet daaraan niet af.',
	// How this letter answers, not what the government will do.
	'Gezien de onderlinge samenhang van gestelde vragen zal ik deze hieronder gezamenlijk beantwoorden. APG laat met regelmaat onderzoeken wat de impact is.',
];

describe('future', () => {
	it.each(promises)('flags a promise: %s', (answer, deadline) => {
		const flag = judgeFuture(answer, 2026);
		expect(flag.value).toBe(true);
		expect(flag.deadline).toBe(deadline);
		for (const hit of flag.evidence) {
			expect(answer.slice(hit.start, hit.end)).toBe(hit.text);
		}
	});

	it.each(present)('does not flag the present or the past: %s', answer => {
		expect(judgeFuture(answer, 2026).value).toBe(false);
	});

	it('reads a passive future as something that will be done, and a bare "zal" as no promise on its own', () => {
		expect(judgeFuture('Deze verplichting is onderdeel van de NIS2-richtlijn en hier zal ook op worden toegezien.', 2026).value).toBe(true);
		expect(judgeFuture('Waar de aanbevelingen een plek hebben gekregen, zullen deze worden uitgevoerd.', 2026).value).toBe(true);
		expect(judgeFuture('Dit zal leiden tot hogere kosten voor de sector.', 2026).value).toBe(false);
		expect(judgeFuture('De prijzen zullen naar alle waarschijnlijkheid stijgen.', 2026).value).toBe(false);
	});

	it('reads "na de zomer" and "nog dit jaar" in a past-tense sentence as history', () => {
		expect(judgeFuture('Na de zomer is het overleg met de gemeenten gestart. Nog dit jaar werd de regeling aangepast.', 2026).value).toBe(false);
	});

	it('reads a year before the letter as history', () => {
		expect(judgeFuture('Het amendement is in 2024 in werking getreden.', 2026).value).toBe(false);
	});

	it('reads a moment in a year before the letter as history, the year after "van" too', () => {
		expect(judgeFuture('Het rapport is vóór de zomer van 2024 aan uw Kamer gestuurd.', 2026).value).toBe(false);
		expect(judgeFuture('In het najaar van 2025 is de regeling aangepast.', 2026).value).toBe(false);
	});
});
