import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseLetter} from '../../source/letter/index.js';
import {scoreLetter} from '../../source/scoring/index.js';
import type {Scorecard} from '../../source/scoring/index.js';

const seed = readFileSync('test/fixtures/letters/seed-digitale-soevereiniteit.txt', 'utf8');
const aanhangsel = readFileSync('test/fixtures/letters/ah-tk-20242025-583.txt', 'utf8');

function expectEvidenceInside(scorecard: Scorecard) {
	for (const answer of scorecard.answers) {
		for (const flag of Object.values(answer.flags)) {
			for (const hit of flag.evidence) {
				expect(answer.answer).not.toBeNull();
				expect(hit.start).toBeGreaterThanOrEqual(0);
				expect(hit.end).toBeLessThanOrEqual(answer.answer!.length);
				expect(hit.start).toBeLessThan(hit.end);
				expect(answer.answer!.slice(hit.start, hit.end)).toBe(hit.text);
			}
		}

		for (const hit of answer.closedEvidence) {
			expect(answer.question.slice(hit.start, hit.end)).toBe(hit.text);
		}

		expect(answer.score).toBeGreaterThanOrEqual(0);
		expect(answer.score).toBeLessThanOrEqual(100);
	}
}

// Mangles a real letter: cuts, duplicates, swaps and injects pieces, as broken exports do.
const mangled = (base: string) => fc.array(
	fc.oneof(
		fc.record({kind: fc.constant('cut' as const), at: fc.nat(), length: fc.nat({max: 400})}),
		fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(
			fc.string(),
			fc.constantFrom('\nVraag 3\n', '\nAntwoord 2 en 3\n', '\n7. ', '\u001B[2J', '\u0000', '[footnoteRef:9]', '[2:  ', '?', '\r\n', 'ĳ', '\u202E', '\nAntwoord op vragen 1 t/m 99\n'),
		)}),
		fc.record({kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({max: 2000})}),
	),
	{maxLength: 12},
).map(edits => {
	let text = base;
	for (const edit of edits) {
		const at = edit.at % (text.length + 1);
		if (edit.kind === 'cut') {
			text = text.slice(0, at) + text.slice(at + edit.length);
		} else if (edit.kind === 'insert') {
			text = text.slice(0, at) + edit.text + text.slice(at);
		} else {
			text = text.slice(0, at) + text.slice(at, at + edit.length) + text.slice(at);
		}
	}

	return text;
});

describe('reading and scoring never break', () => {
	it('reads any random string without throwing, and every evidence span points inside its answer', () => {
		fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 3000}), text => {
			const letter = parseLetter(text, 'random.txt');
			expectEvidenceInside(scoreLetter(letter));
		}), {numRuns: 300});
	});

	it('reads mangled real letters without throwing, and every evidence span points inside its answer', () => {
		fc.assert(fc.property(fc.oneof(mangled(seed), mangled(aanhangsel)), text => {
			const letter = parseLetter(text, 'mangled.txt');
			for (const question of letter.questions) {
				expect(Number.isInteger(question.number)).toBe(true);
				expect(question.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u001B\u202E]/u);
			}

			expectEvidenceInside(scoreLetter(letter));
		}), {numRuns: 150});
	});
});
