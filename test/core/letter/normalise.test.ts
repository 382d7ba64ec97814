import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normaliseText, parseLetter} from '../../../source/letter/index.js';
import {stripEscapes} from '../../../source/text/safe-text.js';

/** Every pass of normaliseText, always run: its fast path for text that needs only NFC must give the same. */
function everyPass(text: string): string {
	return stripEscapes(text.replaceAll(/\r\n?/gu, '\n'))
		.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu, '')
		.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
		.normalize('NFC')
		.replaceAll('ĳ', 'ij')
		.replaceAll('Ĳ', 'IJ');
}

describe('normaliseText, all passes or the fast path', () => {
	it('gives what running every pass gives, for any text', () => {
		const special = fc.constantFrom('\r\n', '\r', '\u001B[31m', '\u009B1m', '\u00A0', '\u2003', '\u200B', '\u202E', '\uFEFF', '\u00AD', 'ĳ', 'Ĳ', 'e\u0301', '\u212B', '\u2126', 'Vraag 1', 'ë', '“', '€', '\t', '\n', 'a');
		const text = fc.array(fc.oneof(special, fc.string({unit: 'binary', maxLength: 6})), {maxLength: 10}).map(parts => parts.join(''));
		fc.assert(fc.property(text, value => {
			expect(normaliseText(value)).toBe(everyPass(value));
		}), {numRuns: 1000});
	});
});

describe('normalising hostile text', () => {
	it('removes a screen clear, a clipboard write and a hyperlink but keeps the link text', () => {
		expect(normaliseText('a\u001B[2Jb\u001B]52;c;ZXZpbA==\u001B\\c\u001B]8;;https://x.example\u0007link\u001B]8;;\u0007d')).toBe('abclinkd');
	});

	it('removes 8-bit CSI and OSC, charset selections and lone escapes', () => {
		expect(normaliseText('a\u009B31mb\u009D0;title\u009Cc\u001B(Bd\u001B7e\u001B')).toBe('abcde');
	});

	it('ends an unterminated OSC at the line break, so the rest of the letter survives', () => {
		expect(normaliseText('Ja\u001B]0;titel zonder einde\nAntwoord 2')).toBe('Ja\nAntwoord 2');
	});

	it('removes bidi overrides and isolates, zero-width characters and the BOM; makes odd spaces plain', () => {
		expect(normaliseText('\uFEFFa\u202Ab\u202Dc\u2066d\u2069e\u200Bf\u2060g\u00A0h\u202Fi')).toBe('abcdefg h i');
	});

	it('keeps tabs and newlines and drops other control characters', () => {
		expect(normaliseText('a\tb\u0000c\u0007d\u007Fe\u0085f\r\ng')).toBe('a\tbcdef\ng');
	});

	it('is idempotent', () => {
		fc.assert(fc.property(fc.string({unit: 'binary'}), text => {
			const once = normaliseText(text);
			expect(normaliseText(once)).toBe(once);
		}));
	});

	it('runs in linear time on large hostile input', () => {
		const chunk = 'Antwoord 1\n\u001B[\u001B]8;;\u202E\u00A0ĳ\r\n\u001B';
		const big = chunk.repeat(Math.ceil((8 * 1024 * 1024) / chunk.length));
		// No timing here (that is `npm run bench`): quadratic work on 8 MB would not end within the test's ceiling.
		const clean = normaliseText(big);
		expect(clean).not.toMatch(/[\u001B\u202E\r]/u);
	});
});

describe('parsing any string', () => {
	it('never throws and always returns a Letter with a fingerprint', () => {
		const pieces = fc.constantFrom('Vraag 1\n', 'Vraag 2 en 3\n', 'Antwoord 2\n', 'Antwoord\n', '1.\tKunt u?\n', '7\n', 'Ja.\n', '[footnoteRef:1]', '[1: x]', '?', 'Antwoord op vragen 3, 4 t/m 99\n', '\u001B]', '\n\n');
		fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), {maxLength: 40}), parts => {
			const letter = parseLetter(parts.join(''), 'random.txt');
			expect(letter.fingerprint).toMatch(/^[\da-f]{64}$/u);
			expect(Array.isArray(letter.questions)).toBe(true);
		}), {numRuns: 300});
	});

	it('returns no questions and a notice for text without numbered questions', () => {
		const letter = parseLetter('Geachte voorzitter, hierbij de stukken.', 'brief.txt');
		expect(letter.questions).toEqual([]);
		expect(letter.notices).toContain('no numbered questions found');
	});
});
