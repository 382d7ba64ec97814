import {describe, expect, it} from 'vitest';
import {findCommitments, promiser} from '../../../source/export/commitments.js';
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

	it('only lists answers the tool flags as future promises, each sentence once', async () => {
		const scorecard = await scored(seedLetter);
		const flagged = new Set(scorecard.answers.filter(answer => answer.flags.future.value).map(answer => answer.number));
		const commitments = findCommitments(scorecard);
		expect(new Set(commitments.map(commitment => commitment.number))).toEqual(flagged);
		for (const commitment of commitments) {
			expect(scorecard.answers.find(answer => answer.number === commitment.number)?.answer?.replaceAll(/\s+/gu, ' ')).toContain(commitment.sentence);
		}
	});

	it('names who promises: "ik" is the answering minister, an explicit subject is itself', async () => {
		const commitments = findCommitments(await scored(spreadsheetLetter));
		expect(commitments.map(commitment => [commitment.promisedBy, commitment.deadline, commitment.deadlineDate])).toEqual([
			['the answering minister', 'vóór het zomerreces', '2026-07-03'],
			['de NVWA', 'later dit jaar', '2026-12-31'],
		]);
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
