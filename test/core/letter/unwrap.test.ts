// Hard-wrapped text (pdftotext, e-mail, `fold -s`) reads as the same letter as its one-line paragraphs.
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {decodeLetterBytes, parseLetter} from '../../../source/letter/index.js';
import {unwrapLines, wrapWidth} from '../../../source/letter/unwrap.js';
import {scoreLetter} from '../../../source/scoring/index.js';
import {fixturePath} from './fixtures.js';

/** `fold -s -w width`: each line broken after its last space before `width` characters. */
function fold(text: string, width: number): string {
	return text.split('\n').flatMap(line => {
		const pieces: string[] = [];
		let rest = line;
		while (rest.length > width) {
			const space = rest.lastIndexOf(' ', width - 1);
			const cut = space > 0 ? space + 1 : width;
			pieces.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}

		pieces.push(rest);
		return pieces;
	}).join('\n');
}

const textLetters = readdirSync(fixturePath('')).filter(name => name.endsWith('.txt')).sort();

describe('unwrapping hard-wrapped text', () => {
	const paragraph = 'Deze zin is lang genoeg om over meerdere regels te lopen wanneer een programma de tekst op zestig tekens afbreekt, zoals pdftotext dat doet, met Noord-Holland erin. De provincie en de gemeenten in het noorden van het land hebben daar al eerder over geschreven aan de minister, die nog niet heeft geantwoord op hun brieven van afgelopen voorjaar.';
	const letter = Array.from({length: 6}, (_, index) => `Vraag ${index + 1}\n${paragraph}\nAntwoord ${index + 1}\n${paragraph}`).join('\n');

	it('rejoins wrapped paragraphs and keeps question and answer lines apart', () => {
		const folded = fold(letter, 60);
		expect(wrapWidth(folded)).toBeDefined();
		expect(unwrapLines(folded)).toBe(letter);
	});

	it('mends a word broken at a hyphen at the end of a full line, and keeps a hyphen before a capital', () => {
		const folded = fold(letter, 60);
		expect(folded).toContain('zestig tekens afbreekt, \nzoals pdftotext dat doet, met Noord-Holland');
		expect(unwrapLines(folded.replaceAll('zestig tekens afbreekt, \nzoals', 'zestig te-\nkens afbreekt, zoals'))).toBe(letter);
		expect(unwrapLines(folded.replaceAll('te lopen \nwanneer', 'te lopen Noord-\nHolland wanneer'))).toBe(letter.replaceAll('te lopen wanneer', 'te lopen Noord-Holland wanneer'));
	});

	it('leaves a letter of short one-line paragraphs alone: its lines end where its sentences do', () => {
		const text = Array.from({length: 9}, (_, index) => [
			`${index + 1}. Hoeveel politiebureaus zijn er sinds 2020 in de provincie Friesland gesloten, en hoeveel zijn er nog open?`,
			index % 2 === 0 ? 'Ja.' : 'Er zijn sinds 2020 in Friesland drie politiebureaus gesloten; er zijn er nu nog elf open in de provincie.',
		].join('\n')).join('\n');
		expect(wrapWidth(text)).toBeUndefined();
		expect(parseLetter(text, 'kort.txt').questions.filter(question => question.answer !== null)).toHaveLength(9);
	});

	it('never joins an answer onto the question before it, nor text onto a running footer', () => {
		const folded = fold(letter, 60).replaceAll('Antwoord 2\n', 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel\nAntwoord 2\n');
		expect(unwrapLines(folded).split('\n')).toContain('Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel');
		// A footer broken by the wrapping is made whole again, so it is removed as one.
		const broken = fold(letter, 60).replaceAll('Antwoord 2\n', 'ISSN 0921 - 7398 ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar\n2024–2025, Aanhangsel 1\nAntwoord 2\n');
		expect(unwrapLines(broken).split('\n')).toContain('ISSN 0921 - 7398 ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1');
	});

	it('reads on past a \'?\' at a line end when the question goes on, and stops where the answer starts', () => {
		const question = '14. Welke criteria worden gehanteerd om vast te stellen of een alternatief gelijkwaardig is? Wordt daarbij gekeken naar functionaliteit, schaalbaarheid, beveiliging en bewezen beheer op nationale schaal?';
		const answer = 'Criteria worden verwoord en van weging voorzien in de aanbestedingsstukken, waarbij de markt vooraf wordt geraadpleegd over wat redelijkerwijs kan worden gevraagd.';
		const text = Array.from({length: 4}, () => `${question}\n${answer}`).join('\n');
		const folded = fold(text, 94);
		expect(folded).toContain('gelijkwaardig is? \nWordt daarbij');
		expect(unwrapLines(folded).split('\n').slice(0, 2)).toEqual([question, answer]);
	});

	it('leaves every fixture letter as it is: none of them is hard-wrapped', () => {
		for (const name of textLetters) {
			const text = decodeLetterBytes(readFileSync(fixturePath(name)));
			expect(wrapWidth(text), name).toBeUndefined();
		}
	});

	it.each([65, 78, 95])('reads the fixture letters folded at %i columns as the same letters, scored alike', width => {
		let answers = 0;
		let alike = 0;
		for (const name of textLetters) {
			const text = decodeLetterBytes(readFileSync(fixturePath(name)));
			const plain = scoreLetter(parseLetter(text, name));
			const wrapped = scoreLetter(parseLetter(fold(text, width), name));
			expect(wrapped.answers.map(answer => answer.number), name).toEqual(plain.answers.map(answer => answer.number));
			for (const [index, answer] of plain.answers.entries()) {
				const other = wrapped.answers[index]!;
				answers++;
				const same = answer.clarity === other.clarity && answer.closed === other.closed
					&& (['direct', 'deflects', 'confidential', 'future'] as const).every(flag => answer.flags[flag].value === other.flags[flag].value);
				alike += same ? 1 : 0;
			}
		}

		expect(answers).toBeGreaterThan(500);
		// Rejoined paragraphs differ in small ways (a mended hyphen, a page number joined to a line).
		expect(alike / answers).toBeGreaterThan(0.97);
	});
});
