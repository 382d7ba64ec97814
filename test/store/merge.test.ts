import {describe, expect, it} from 'vitest';
import {scoreLetter} from '../../source/scoring/index.js';
import {mergeReview} from '../../source/store/merge.js';
import {sampleLetter} from '../fixtures/review/letters.js';

const now = '2026-07-01T10:00:00.000Z';

describe('merging the review with the scorecard', () => {
	const scorecard = scoreLetter(sampleLetter());

	it('takes the tool values where the reviewer said nothing', () => {
		const [first] = mergeReview(scorecard, {});
		expect(first?.final.clarity).toBe(scorecard.answers[0]?.clarity);
		expect(first?.source).toEqual({clarity: 'tool', direct: 'tool', deflects: 'tool', confidential: 'tool', future: 'tool'});
		expect(first?.reviewed).toBe(false);
	});

	it("lets the reviewer's word win and keeps both", () => {
		const tool = scorecard.answers[1]!;
		const merged = mergeReview(scorecard, {'2': {verdict: 'non-reply', deflects: !tool.flags.deflects.value, direct: null, updatedAt: now}})[1]!;
		expect(merged.final.clarity).toBe('non-reply');
		expect(merged.final.deflects).toBe(!tool.flags.deflects.value);
		expect(merged.final.direct).toBeNull();
		expect(merged.source).toMatchObject({clarity: 'reviewer', deflects: 'reviewer', direct: 'reviewer', future: 'tool'});
		expect(merged.tool).toBe(tool);
		expect(merged.reviewer?.verdict).toBe('non-reply');
		expect(merged.reviewed).toBe(true);
	});
});
