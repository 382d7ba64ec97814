import {describe, expect, it} from 'vitest';
import {askKind, judgeAsks, splitAsks} from '../../../source/scoring/asks.js';
import {judgeDirect} from '../../../source/scoring/direct.js';

const none = {direct: {value: null, evidence: []}} as const;

describe('what a question asks', () => {
	it('gives one ask per question word in a list, each a slice of the question', () => {
		const question = 'Welke stappen zijn gezet, wie is verantwoordelijk en wanneer ontvangt de Kamer de rapportage?';
		const asks = splitAsks(question);
		expect(asks.map(ask => ask.kind)).toEqual(['which', 'who', 'when']);
		for (const ask of asks) {
			expect(question.slice(ask.start, ask.end)).toBe(ask.text);
		}
	});

	it('keeps a conditional follow-up with the ask before it', () => {
		const question = 'Bestaat er een overzicht van de leveranciers? Zo nee, waarom niet?';
		const asks = splitAsks(question);
		expect(asks).toHaveLength(1);
		expect(asks[0]).toMatchObject({kind: 'yes-no', text: question});
	});

	it('gives "Hoe en wanneer …?" two asks over the same clause', () => {
		expect(splitAsks('Hoe en wanneer geeft het kabinet uitvoering aan de motie?').map(ask => ask.kind)).toEqual(['how', 'when']);
	});

	it.each([
		['Hoeveel meldingen zijn er gedaan?', 'how-many'],
		['Kunt u aangeven hoe vaak dit is voorgekomen?', 'how-many'],
		['Welk bedrag is hiermee gemoeid?', 'how-many'],
		['Op welke termijn ontvangt de Kamer de evaluatie?', 'when'],
		['Waarom is dit niet gebeurd?', 'why'],
		['Wie is hiervoor verantwoordelijk?', 'who'],
		['Welke maatregelen neemt u?', 'which'],
		['Op welke wijze wordt dit geborgd?', 'how'],
		['Wat is het doel van het kabinet?', 'what'],
		['Kunt u de brief naar de Kamer sturen?', 'request'],
		['Kunt u een overzicht geven van de aanvragen?', 'request'],
		['Klopt het dat de regeling vervalt?', 'yes-no'],
	])('reads "%s" as %s', (question, kind) => {
		expect(askKind(question)).toBe(kind);
	});
});

describe('whether the answer addresses each ask', () => {
	it('hears a time for when, a figure for how many and a reason for why, with their words as evidence', () => {
		const answer = 'Er zijn in 2024 in totaal 37 meldingen gedaan. Dat komt doordat de regels zijn aangescherpt. De evaluatie volgt voor de zomer.';
		const asks = judgeAsks('Hoeveel meldingen zijn gedaan? Waarom is dat aantal gestegen? Wanneer volgt de evaluatie?', answer, none);
		expect(asks.map(ask => [ask.kind, ask.addressed])).toEqual([['how-many', true], ['why', true], ['when', true]]);
		for (const ask of asks) {
			for (const hit of ask.evidence) {
				expect(answer.slice(hit.start, hit.end)).toBe(hit.text);
			}
		}
	});

	it('leaves a figure unaddressed when the answer says it is not known', () => {
		const [ask] = judgeAsks('Hoeveel meldingen zijn gedaan?', 'Het aantal meldingen wordt niet centraal geregistreerd. Het is mij niet bekend hoeveel het er zijn.', none);
		expect(ask).toMatchObject({kind: 'how-many', addressed: false});
	});

	it('leaves an ask no sentence of a longer answer takes up unaddressed', () => {
		const answer = 'Het kabinet hecht aan digitale weerbaarheid. De BIO2 stelt eisen aan de beveiliging. Organisaties moeten risico’s analyseren. Daarnaast geldt de Cyberbeveiligingswet.';
		const asks = judgeAsks('Welke bewindspersoon is eerstverantwoordelijk voor de migratie van DigiD?', answer, none);
		expect(asks[0]).toMatchObject({addressed: false, evidence: []});
	});

	it('cannot tell without an answer', () => {
		expect(judgeAsks('Wanneer komt de brief?', null, none)[0]?.addressed).toBeNull();
	});
});

describe('yes and no as careful readers hear them', () => {
	it.each([
		['Overweegt u het toezicht op hondenscholen te verscherpen?', 'Het kabinet overweegt niet om het toezicht op hondenscholen te verscherpen.', 'no'],
		['Bent u het ermee eens dat besluiten gemotiveerd moeten zijn?', 'Een besluit moet altijd gemotiveerd zijn. Dat volgt uit de Awb.', 'yes'],
		['Is er een tekort aan opvangplekken?', 'Van een tekort is geen sprake. Er zijn voldoende plekken.', 'no'],
		['In welke gevallen wordt de regeling toegepast? Overweegt u de regeling uit te breiden?', 'De regeling geldt voor gemeenten. Het kabinet overweegt niet de regeling uit te breiden.', 'no'],
		['Zo neen, is de Minister bereid dit te heroverwegen?', 'Gezien het bovenstaande is er geen reden tot heroverweging.', 'no'],
	])('%s / %s → %s', (question, answer, expected) => {
		expect(judgeDirect(answer, true, question).value).toBe(expected);
	});
});
