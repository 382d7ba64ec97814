import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {safeJson} from '../../../source/text/safe-json.js';

describe('safeJson', () => {
	it('escapes C1 controls, DEL, bidi, zero-width and line separators, and parses back to the same value', () => {
		const value = {source: 'brief\u009B31m\u202EX\u2028.txt', reviewer: 'a\u007Fb\u200Bc\u2066d\uFEFF\u00ADe\u2060f'};
		const text = safeJson(value);
		expect(text).not.toMatch(/[\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u);
		expect(text).toContain(String.raw`\u009b`);
		expect(text).toContain(String.raw`\u202e`);
		expect(JSON.parse(text)).toEqual(value);
	});

	it('round-trips any value JSON can hold', () => {
		fc.assert(fc.property(fc.jsonValue(), value => {
			expect(JSON.parse(safeJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
		}));
	});
});
