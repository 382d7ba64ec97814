import {describe, expect, it} from 'vitest';
import {decodeLetterBytes, normaliseText, parseLetter, sniffBinary} from '../../../source/letter/index.js';
import {decodeLetterText} from '../../../source/letter/decode.js';

const text = 'Vraag 1\nIs de continuïteit geborgd? Ĳsselmeer\nAntwoord 1\nJa.';

describe('decoding letter bytes', () => {
	it('reads UTF-8 with and without a byte-order mark', () => {
		const bytes = new TextEncoder().encode(text);
		expect(decodeLetterBytes(bytes)).toBe(text);
		expect(decodeLetterBytes(new Uint8Array([0xEF, 0xBB, 0xBF, ...bytes]))).toBe(text);
	});

	it('reads UTF-16 little- and big-endian with a byte-order mark', () => {
		const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
		expect(decodeLetterBytes(new Uint8Array(little))).toBe(text);
		const big = Buffer.from(little).swap16();
		expect(decodeLetterBytes(new Uint8Array(big))).toBe(text);
	});

	it('recognises UTF-16 without a byte-order mark, little- and big-endian, as text', () => {
		const little = new Uint8Array(Buffer.from(text, 'utf16le'));
		expect(sniffBinary(little)).toBeUndefined();
		expect(decodeLetterBytes(little)).toBe(text);
		const big = new Uint8Array(Buffer.from(text, 'utf16le').swap16());
		expect(sniffBinary(big)).toBeUndefined();
		expect(decodeLetterBytes(big)).toBe(text);
	});

	it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
		const bytes = new Uint8Array([...Buffer.from('Is de continu', 'latin1'), 0xEF, ...Buffer.from('teit geborgd? ', 'latin1'), 0x80, 0x93]);
		expect(decodeLetterBytes(bytes)).toBe('Is de continuïteit geborgd? €“');
	});

	it('keeps UTF-8 with a stray invalid byte as UTF-8, removing and counting the byte', () => {
		const bytes = new TextEncoder().encode(`${text}\nDe minister van Financiën, «Honderden»`);
		const stray = new Uint8Array([...bytes.subarray(0, 8), 0x81, ...bytes.subarray(8)]);
		expect(decodeLetterText(stray)).toEqual({text: `${text}\nDe minister van Financiën, «Honderden»`, replaced: 1});
	});
});

describe('telling binary data from text', () => {
	it('reads a text with a stray NUL as text, and random bytes as binary', () => {
		expect(sniffBinary(new TextEncoder().encode(`${text}\u0000 en verder.\n`))).toBeUndefined();
		expect(sniffBinary(new TextEncoder().encode(`${text}\u001B[31m rood\u001B[0m\n`))).toBeUndefined();
		const random = Uint8Array.from({length: 4096}, (_, index) => (index * 2_654_435_761) >>> 24);
		expect(sniffBinary(random)).toBe('binary data');
		expect(sniffBinary(new Uint8Array([0, 0, 0, 1, 2, 3, 0x41]))).toBe('binary data');
	});
});

describe('normalising letter text', () => {
	it('composes to NFC, spells out the ij ligature and unifies line endings', () => {
		expect(normaliseText('continu\u0069\u0308teit\r\nĳs\rĲssel')).toBe('continuïteit\nijs\nIJssel');
	});

	it('removes terminal escape sequences, control and bidi characters but keeps newlines and tabs', () => {
		const hostile = 'Ja\u001B[2J\u001B[31m rood\u001B[0m\u001B]52;c;ZXZpbA==\u0007 \u001B]8;;https://evil.example\u001B\\link\u001B]8;;\u001B\\ \u202Eesrever\u202C\u0000\u0008\tend\n';
		const clean = normaliseText(hostile);
		expect(clean).toBe('Ja rood link esrever\tend\n');
		expect(clean).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u);
	});

	it('parses a letter whose answer carries escape sequences into clean text', () => {
		const letter = parseLetter('Vraag 1\nKlopt het?\nAntwoord 1\nJa\u001B[2J, dat klopt.\u001B]52;c;aGk=\u0007', 'hostile.txt');
		expect(letter.questions[0]!.answer).toBe('Ja, dat klopt.');
	});
});
