import {describe, expect, it} from 'vitest';
import {buildExport, reviewFromSidecar} from '../../../source/export/build.js';
import {markdownInline, renderMarkdown} from '../../../source/export/markdown.js';
import {describeTimeliness} from '../../../source/export/timeliness.js';
import {reviewOf, scored, seedLetter} from './helpers.js';

describe('the Markdown scorecard', () => {
	it('shows the metadata, the three-week rule, a summary and every answer; "not reviewed" without a sidecar', async () => {
		const text = renderMarkdown(buildExport([{scorecard: await scored(seedLetter)}]));
		expect(text).toMatch(/^# Scorecard: digitale soevereiniteit/u);
		expect(text).toContain('- **Asked by:** Van den Berg (JA21)');
		expect(text).toContain('- **Answered by:** staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties');
		expect(text).toContain('- **Time to answer:** 21 days; within the three-week rule');
		expect(text).toContain('- **Review:** not reviewed');
		expect(text).toMatch(/- \*\*Closed questions answered with a clear yes or no:\*\* \d+ of \d+/u);
		expect(text).toContain('- **Clarity:** ');
		expect(text.match(/^### Question \d+$/gmu)).toHaveLength(22);
		// Each answer is quoted under its question, so the scorecard reads on its own.
		expect(text.match(/^\*\*Answer:\*\*$/gmu)).toHaveLength(22);
		expect(text).toContain('> De genoemde voorzieningen zijn rijksbreed georganiseerd. Logius is rijksbreed');
		expect(text).toContain('“Zie het antwoord op vraag 6” (deflects.cross-reference)');
		expect(text).toContain('deadline “later dit jaar”');
	});

	it('lists what each question asks, whether the answer addresses it, and the words that do', async () => {
		const text = renderMarkdown(buildExport([{scorecard: await scored(seedLetter)}]));
		const question4 = text.slice(text.indexOf('### Question 4'), text.indexOf('### Question 5'));
		expect(question4).toMatch(/- \*\*Asks:\*\* ✓ which · ✗ who · ✓ when/u);
		expect(question4).toContain('  - ✗ who: “welke bewindspersoon is eerstverantwoordelijk”');
		expect(question4).toMatch(/ {2}- ✓ when: “wanneer ontvangt de Kamer een voortgangsrapportage\?” — “dit jaar”/u);
	});

	it('shows the reviewer\'s verdict, overrides and note beside the tool, and how often they agreed', async () => {
		const scorecard = await scored(seedLetter);
		const tool = scorecard.answers[19]!;
		const sidecar = await reviewOf(seedLetter, 'anna', [
			['20', {type: 'set-verdict', verdict: 'non-reply'}],
			['20', {type: 'toggle-flag', flag: 'deflects', current: tool.flags.deflects.value}],
			['20', {type: 'set-note', note: 'verwijst *alleen* door <b>'}],
			['1', {type: 'set-verdict', verdict: scorecard.answers[0]!.clarity}],
		]);
		const text = renderMarkdown(buildExport([{scorecard, review: reviewFromSidecar(sidecar)}]));
		const twenty = text.slice(text.indexOf('### Question 20'), text.indexOf('### Question 21'));
		expect(twenty).toContain(`- **Clarity:** **non-reply** (reviewer; tool: ${tool.clarity})`);
		expect(twenty).toContain('- **Reviewer:** verdict non-reply; overrides: deflects yes → no');
		// The flag shows the value that counts, the tool's beside it.
		expect(twenty).toContain('- **Deflects:** **no** (reviewer; tool: yes)');
		expect(twenty).toContain('- **Confidential:** no');
		expect(twenty).toContain(String.raw`- **Note:** verwijst \*alleen\* door \<b\>`);
		expect(text).toContain('- **Review:** partly reviewed by anna, 2 answers with a verdict');
		expect(text).toMatch(/- \*\*Reviewer agreed with the tool:\*\* clarity 1 of 2 \(50%, κ [-\d.]+\); yes\/no 2 of 2/u);
		expect(text).toMatch(/- \*\*Deflections:\*\* \d+ \(tool: \d+\)/u);
	});

	it('scores the values that count, the tool\'s score beside it: never "clear (reviewer) · score 0/100"', async () => {
		const scorecard = await scored(seedLetter);
		// Question 18: the tool reads non-reply, deflects and confidential (score 0); the reviewer says clear, no deflection, not confidential.
		const tool = scorecard.answers[17]!;
		expect(tool.score).toBe(0);
		const sidecar = await reviewOf(seedLetter, 'anna', [
			['18', {type: 'set-verdict', verdict: 'clear'}],
			['18', {type: 'toggle-flag', flag: 'deflects', current: true}],
			['18', {type: 'toggle-flag', flag: 'confidential', current: true}],
			['19', {type: 'skip'}],
		]);
		const text = renderMarkdown(buildExport([{scorecard, review: reviewFromSidecar(sidecar)}]));
		const eighteen = text.slice(text.indexOf('### Question 18'), text.indexOf('### Question 19'));
		expect(eighteen).toContain('- **Clarity:** **clear** (reviewer; tool: non-reply) · score 90/100 (tool: 0)');
		expect(eighteen).not.toContain('score 0/100');
		const one = text.slice(text.indexOf('### Question 1\n'), text.indexOf('### Question 2\n'));
		expect(one).toContain(`· score ${scorecard.answers[0]!.score}/100\n`);
		// Skipped answers are counted apart.
		expect(text).toContain('1 answer with a verdict, 1 skipped (looked at, undecided)');
		expect(text.slice(text.indexOf('### Question 19'))).toContain('- **Reviewer:** skipped (looked at, undecided)');
	});

	it('keeps letter text from becoming markup or reaching the terminal', () => {
		expect(markdownInline('a | b *c* [x](y) <script>\u001B[31m')).toBe(String.raw`a \| b \*c\* \[x\](y) \<script\>`);
	});
});

describe('the answer time against the rule', () => {
	it.each([
		[{days: 14, limitDays: 21, postponed: null, withinRule: true}, '14 days; within the three-week rule'],
		[{days: 30, limitDays: 21, postponed: null, withinRule: false}, '30 days; over the three-week rule (by 9 days); within six weeks, which is allowed only if a postponement notice was sent (the letter does not say)'],
		[{days: 30, limitDays: 42, postponed: true, withinRule: true}, '30 days; within the six-week rule (a postponement notice was sent)'],
		[{days: 147, limitDays: 21, postponed: null, withinRule: false}, '147 days; over the three-week rule, and over the six weeks allowed after a postponement notice (by 105 days)'],
		[{days: null, limitDays: 21, postponed: null, withinRule: null}, 'unknown (the letter does not give both dates)'],
	] as const)('%j', (timeliness, words) => {
		expect(describeTimeliness(timeliness)).toBe(words);
	});
});
