import {describe, expect, it} from 'vitest';
import {findCommitments, promiser, promises} from '../../../source/export/commitments.js';
import {scored, seedLetter, spreadsheetLetter} from './helpers.js';

describe('commitments in the seed letter (letter date 2026-06-25)', () => {
	it('lists each promise sentence with its deadline as written and a resolved date', async () => {
		const commitments = findCommitments(await scored(seedLetter));
		const later = commitments.find(commitment => commitment.number === 3 && commitment.deadline === 'Later dit jaar');
		expect(later).toMatchObject({
			sentence: 'Later dit jaar wordt het herziene rijksbrede cloudbeleid met uw Kamer gedeeld.',
			deadlineDate: '2026-12-31',
			promisedBy: 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties',
			promisedByFrom: 'answering minister',
			letterDate: '2026-06-25',
		});
		const recess = commitments.find(commitment => commitment.number === 10 && commitment.deadline === 'vóór het zomerreces');
		expect(recess).toMatchObject({sentence: 'Deze wordt naar verwachting vóór het zomerreces nog aan uw Kamer verstuurd.', deadlineDate: '2026-07-03', deadlineRule: 'summer-recess'});
	});

	it('keeps the phrase but gives no date for a vague deadline', async () => {
		const commitments = findCommitments(await scored(seedLetter));
		const soon = commitments.find(commitment => commitment.deadline === 'op korte termijn' && commitment.number === 10);
		expect(soon).toBeDefined();
		expect(soon?.deadlineDate).toBeUndefined();
	});

	it('lists the promises of answers 3, 4 and 10, and none of the descriptions, refusals, forecasts or possibilities', async () => {
		const scorecard = await scored(seedLetter);
		const commitments = findCommitments(scorecard);
		expect(new Set(commitments.map(commitment => commitment.number))).toEqual(new Set([3, 4, 10]));
		expect(commitments.filter(commitment => commitment.number === 3)[0]).toMatchObject({deadline: 'Later dit jaar', deadlineDate: '2026-12-31'});
		expect(commitments.find(commitment => commitment.number === 4)).toMatchObject({deadline: 'dit jaar', deadlineDate: '2026-12-31'});
		expect(commitments.find(commitment => commitment.number === 10 && commitment.deadline === 'vóór het zomerreces')?.deadlineDate).toMatch(/^2026-0[67]-/u);
		expect(commitments.some(commitment => commitment.sentence.startsWith('Een BNC-fiche') && commitment.deadline === 'op korte termijn')).toBe(true);
		for (const sentence of ['De later dit jaar van kracht wordende', 'kies ik er vooralsnog voor', 'De verwachting is dat', 'kunnen in de toekomst verplicht worden', 'Deze wordt later dit jaar vervangen']) {
			expect(commitments.some(commitment => commitment.sentence.includes(sentence))).toBe(false);
		}

		for (const commitment of commitments) {
			expect(scorecard.answers.find(answer => answer.number === commitment.number)?.answer?.replaceAll(/\s+/gu, ' ')).toContain(commitment.sentence);
		}
	});

	it('names who promises: "ik" is the answering minister, an explicit subject is itself', async () => {
		const commitments = findCommitments(await scored(spreadsheetLetter));
		expect(commitments.map(commitment => [commitment.promisedBy, commitment.deadline, commitment.deadlineDate])).toEqual([
			['the answering minister', 'vóór het zomerreces', '2026-07-03'],
		]);
	});
});

describe('what a commitment is', () => {
	it.each([
		'Ik zal uw Kamer na de zomer informeren.', 'Ik laat onderzoeken of de regels moeten worden aangescherpt.', 'Later dit jaar ontvangt uw Kamer de evaluatie.',
		'Wanneer het kabinet de voorlichting ontvangen heeft, zal deze met een appreciatie aan de Tweede Kamer gestuurd worden.', 'De komende periode ga ik onderzoeken of deze koppeling tot stand kan worden gebracht.',
	])('is: %s', sentence => {
		expect(promises(sentence)).toBe(true);
	});

	it.each([
		'De later dit jaar van kracht wordende wet stelt eisen aan de keten.', 'Daarom kies ik ervoor geen aanvullend beleid te maken.', 'Instellingen moeten uiterlijk 1 december registreren.',
		'In het najaar publiceert de toezichthouder nieuwe cijfers.', 'De verwachting is dat lidstaten dit later dit jaar doen.', 'Leveranciers kunnen in de toekomst verplicht worden de eisen toe te passen.',
		'Dit najaar is de procedure gestart.', 'Ik onderzoek momenteel of dit kan.', 'Momenteel wordt gewerkt aan een nieuwe regeling.', 'Ook in de toekomst blijf ik mij hiervoor inzetten.',
		'Mocht blijken dat dit nodig is, dan zal ik niet schromen in te grijpen.', 'Ik wil hier benadrukken dat dit later dit jaar geldt.',
		'Mijn ministerie is in gesprek met Frankrijk en België om te onderzoeken hoe de uitwisseling beter kan.',
		'Hierdoor zal een geïmporteerd paard zonder certificaat automatisch uitgesloten worden voor de slacht.',
		'Alleen wanneer de bewoner voor een maatwerkprocedure kiest zal er per schade een beoordeling plaatsvinden.',
		'Voor de zomer heeft het Ministerie van OCW in een brief aan alle instellingen ambtelijke ondersteuning aangeboden.',
	])('is not: %s', sentence => {
		expect(promises(sentence)).toBe(false);
	});
});

describe('who promises', () => {
	const minister = 'minister Hermans (Klimaat en Groene Groei)';
	it.each([
		['De NVWA zal de komende periode het toezicht intensiveren.', 'de NVWA'],
		['Het kabinet zal daarom de regelgeving aanpassen.', 'het kabinet'],
		['Samen met leden van deze coalitie zal het kabinet tijdens COP29 uiteenzetten welke stappen nodig zijn.', 'het kabinet'],
		['NVWA zal dit onderzoeken.', 'NVWA'],
		['Ik zal uw Kamer informeren.', minister],
		['Later dit jaar zal ik uw Kamer informeren.', minister],
		['Wij zijn voornemens de motie uit te voeren.', minister],
		['Uw Kamer wordt hierover voor de zomer geïnformeerd.', minister],
		['Daarom zal ik de Kamer informeren.', minister],
	])('%s → %s', (sentence, who) => {
		expect(promiser(sentence, minister).name).toBe(who);
	});

	it('says "the answering minister" when the letter does not name them', () => {
		expect(promiser('Ik zal de Kamer informeren.', undefined)).toEqual({name: 'the answering minister', from: 'answering minister'});
	});
});
