import {describe, expect, it} from 'vitest';
import {measurePairs, reviewerRating, reviewerVersusTool} from '../../../source/export/agreement.js';
import {now, reviewOf, scored, seedLetter} from './helpers.js';

describe('percent agreement and Cohen\'s kappa', () => {
	it('matches a worked example', () => {
		// 50 items: both yes 20, both no 15, a-yes/b-no 5, a-no/b-yes 10 → po 0.7, pe 0.5, κ 0.4.
		const pairs = [
			...Array.from({length: 20}, () => ['yes', 'yes'] as const),
			...Array.from({length: 15}, () => ['no', 'no'] as const),
			...Array.from({length: 5}, () => ['yes', 'no'] as const),
			...Array.from({length: 10}, () => ['no', 'yes'] as const),
		];
		expect(measurePairs(pairs)).toEqual({n: 50, agreed: 35, percent: 70, kappa: 0.4});
	});

	it('counts only the items both raters judged', () => {
		expect(measurePairs([['a', 'a'], ['a', undefined], [undefined, 'b'], ['b', 'b']])).toMatchObject({n: 2, agreed: 2, percent: 100, kappa: 1});
	});

	it('has no kappa when nothing was judged or both used a single category', () => {
		expect(measurePairs([])).toEqual({n: 0, agreed: 0, percent: null, kappa: null});
		expect(measurePairs([['x', 'x'], ['x', 'x']])).toEqual({n: 2, agreed: 2, percent: 100, kappa: null});
	});
});

describe('a reviewer against the tool', () => {
	it('counts an answer once it has a verdict, with flags left standing as agreement', async () => {
		const scorecard = await scored(seedLetter);
		const tool = scorecard.answers[3]!;
		expect(reviewerRating('deflects', tool, undefined)).toBeUndefined();
		expect(reviewerRating('deflects', tool, {note: 'later', updatedAt: now})).toBeUndefined();
		expect(reviewerRating('deflects', tool, {verdict: 'clear', updatedAt: now})).toBe(String(tool.flags.deflects.value));
		expect(reviewerRating('deflects', tool, {deflects: !tool.flags.deflects.value, updatedAt: now})).toBe(String(!tool.flags.deflects.value));
	});

	it('reports agreement per field over the reviewed answers', async () => {
		const scorecard = await scored(seedLetter);
		const sidecar = await reviewOf(seedLetter, 'anna', [
			['1', {type: 'set-verdict', verdict: scorecard.answers[0]!.clarity}],
			['2', {type: 'set-verdict', verdict: 'non-reply'}],
			['4', {type: 'set-verdict', verdict: scorecard.answers[3]!.clarity}],
			['4', {type: 'toggle-flag', flag: 'deflects', current: scorecard.answers[3]!.flags.deflects.value}],
		]);
		const agreement = reviewerVersusTool(scorecard, sidecar.annotations);
		expect(agreement.clarity).toMatchObject({n: 3, agreed: 2});
		expect(agreement.deflects).toMatchObject({n: 3, agreed: 2});
		expect(agreement.future).toMatchObject({n: 3, agreed: 3});
	});
});
