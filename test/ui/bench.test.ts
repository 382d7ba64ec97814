import {describe, expect, it} from 'vitest';
import {benchReviewer} from '../../source/ui/bench.js';
import {longLetter, sampleLetter} from '../fixtures/review/letters.js';

describe('the reviewer bench', () => {
	it('measures first frames and navigation steps', async () => {
		const result = await benchReviewer({seed: sampleLetter(), longest: longLetter(40), runs: 2, steps: 10});
		expect(result.firstFrameMs).toBeGreaterThan(0);
		expect(result.minimalFirstFrameMs).toBeGreaterThan(0);
		expect(result.firstFrameRatio).toBeCloseTo(result.firstFrameMs / result.minimalFirstFrameMs);
		expect(result.navigationSteps).toBe(10);
		expect(result.navigationMedianMs).toBeGreaterThan(0);
		expect(result.longestAnswers).toBe(40);
	});
});
