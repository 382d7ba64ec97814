// Reads the letter fixtures for the reader tests.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {decodeLetterBytes, parseLetter, type Letter} from '../../../source/letter/index.js';

/** Absolute path of a fixture letter. */
export const fixturePath = (name: string): string => fileURLToPath(new URL(`../../fixtures/letters/${name}`, import.meta.url));

/** Parses a fixture letter as readLetterFile would, without the file checks. */
export function fixtureLetter(name: string): Letter {
	return parseLetter(decodeLetterBytes(readFileSync(fixturePath(name))), name);
}

/** Every answer of a letter, joined, for "nothing dropped" checks. */
export const allAnswers = (letter: Letter): string => letter.questions.map(question => question.answer ?? '').join('\n');

/** The question with this number; fails the test when there is none. */
export function question(letter: Letter, number: number) {
	const found = letter.questions.find(candidate => candidate.number === number);
	if (found === undefined) {
		throw new Error(`${letter.source} has no question ${number}`);
	}

	return found;
}
