import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLetterFile} from '../../../source/letter/index.js';
import {scoreLetter, scoreLetterLazily, scoreRemaining} from '../../../source/scoring/index.js';

const letterFolder = path.join('test', 'fixtures', 'letters');
const letters = readdirSync(letterFolder).filter(name => name.endsWith('.txt') || name.endsWith('.docx')).sort();

describe('the lazily scored scorecard', () => {
	it.each(letters)('equals the eager scorecard, field for field and in key order: %s', async name => {
		const letter = await readLetterFile(path.join(letterFolder, name));
		expect(JSON.stringify(scoreLetterLazily(letter))).toBe(JSON.stringify(scoreLetter(letter)));
	});

	it('gives the eager values whichever answer is read first, and scoreRemaining scores the rest', async () => {
		const letter = await readLetterFile(path.join(letterFolder, 'seed-digitale-soevereiniteit.txt'));
		const scorecard = scoreLetterLazily(letter);
		const eager = scoreLetter(letter);
		// Reading the number or the texts costs nothing; a judged field is the eager one.
		expect(scorecard.answers.map(answer => answer.number)).toEqual(eager.answers.map(answer => answer.number));
		expect(scorecard.answers[3]!.flags).toEqual(eager.answers[3]!.flags);
		await scoreRemaining(scorecard);
		expect(scorecard.answers.map(answer => [answer.clarity, answer.score])).toEqual(eager.answers.map(answer => [answer.clarity, answer.score]));
	});

	it('stops scoring the rest when told to', async () => {
		const letter = await readLetterFile(path.join(letterFolder, 'seed-digitale-soevereiniteit.txt'));
		const stop = new AbortController();
		stop.abort();
		await expect(scoreRemaining(scoreLetterLazily(letter), stop.signal)).resolves.toBeUndefined();
	});
});
