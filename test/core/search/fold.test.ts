import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {foldText, foldWithOffsets, originalRange} from '../../../source/search/fold.js';

describe('foldText', () => {
	it.each([
		['continuïteit', 'continuiteit'],
		['ideeën', 'ideeen'],
		['ĳsselmeer', 'ijsselmeer'],
		['Koekkoek', 'koekkoek'],
		['continuïteitsrisico’s', 'continuiteitsrisicos'],
		['straße', 'strasse'],
		['een   lange\n\nregel', 'een lange regel'],
	])('folds %j to %j', (text, folded) => {
		expect(foldText(text)).toBe(folded);
	});

	it('gives the same text as the folding with offsets, for any text', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 60}), text => {
			const nfc = text.normalize('NFC');
			expect(foldWithOffsets(nfc).text).toBe(foldText(nfc));
		}), {numRuns: 500});
	});
});

describe('foldWithOffsets', () => {
	it('maps folded ranges back to the original characters', () => {
		const text = 'De continuïteitsrisico’s van ĳs';
		const folded = foldWithOffsets(text);
		const start = folded.text.indexOf('continuiteitsrisicos');
		const range = originalRange(folded, start, start + 'continuiteitsrisicos'.length - 1)!;
		expect(text.slice(...range)).toBe('continuïteitsrisico’s');
		const ij = folded.text.indexOf('ijs');
		expect(text.slice(...originalRange(folded, ij, ij + 2)!)).toBe('ĳs');
	});
});
