// Two readings made one: the reducer without a terminal, the screen in ink-testing-library, the command without a terminal.
import {readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runReconcile} from '../../source/commands/reconcile.js';
import {agreedReading, findDisagreements} from '../../source/reconcile/reconcile.js';
import type {Scorecard} from '../../source/scoring/index.js';
import type {Annotations, Change} from '../../source/store/index.js';
import {ReconcileApp} from '../../source/ui/reconcile/reconcile-app.js';
import {initialReconcileState, reconcileReducer} from '../../source/ui/reconcile/reconcile-state.js';
import {createTheme} from '../../source/ui/theme.js';
import {reviewOf, scored, seedLetter, tempFolder, writeSidecar} from '../core/export/helpers.js';
import {press, waitFor, waitForFrame} from './ink-helpers.js';
import {resize} from './render-app.js';

const now = '2026-07-01T10:00:00.000Z';
const verdicts = (...list: Array<'clear' | 'ambivalent' | 'non-reply'>): Array<[string, Change]> => list.map((verdict, index) => [String(index + 1), {type: 'set-verdict', verdict}]);

let folder = '';
let scorecard: Scorecard;
let a: Annotations;
let b: Annotations;
beforeEach(async () => {
	folder = await tempFolder();
	scorecard = await scored(seedLetter);
	a = (await reviewOf(seedLetter, 'anna', verdicts('clear', 'ambivalent', 'clear', 'clear'))).annotations;
	b = (await reviewOf(seedLetter, 'bram', verdicts('clear', 'non-reply', 'clear', 'ambivalent'))).annotations;
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

describe('the reconciled reading', () => {
	it('keeps what both agree on and leaves each disagreement to decide', () => {
		expect(findDisagreements(scorecard, a, b).map(each => each.key)).toEqual(['2', '4']);
		expect(Object.keys(agreedReading(scorecard, a, b))).toEqual(['1', '3']);
	});

	it('decides with A, B or the tool, moves on to the next open one, and undoes', () => {
		const start = initialReconcileState(scorecard, a, b, findDisagreements(scorecard, a, b), agreedReading(scorecard, a, b));
		const first = reconcileReducer(start, {type: 'decide', side: 'b', now});
		expect(first.reconciled['2']?.verdict).toBe('non-reply');
		expect(first.index).toBe(1);
		const both = reconcileReducer(first, {type: 'decide', side: 'tool', now});
		expect(both.reconciled['4']).toMatchObject({verdict: scorecard.answers[3]!.clarity, accepted: true});
		expect(both.message).toContain('all 2 disagreements decided');
		expect(reconcileReducer(both, {type: 'undo'}).reconciled['4']).toBeUndefined();
	});
});

describe('the reconcile screen', () => {
	it('shows both readings side by side with the tool, and saves each decision', async () => {
		const saves: Annotations[] = [];
		const instance = render(
			<ReconcileApp scorecard={scorecard} names={['anna', 'bram']} a={a} b={b} disagreements={findDisagreements(scorecard, a, b)} reconciled={agreedReading(scorecard, a, b)} target="x.review.reconciled.json" save={async annotations => {
				saves.push(annotations);
			}} theme={createTheme({noColor: true})} now={() => now}/>,
		);
		resize(instance.stdout, 100, 30);
		const plain = (frame: string) => stripVTControlCharacters(frame);
		const frame = plain(await waitForFrame(instance.lastFrame, text => text.includes('disagreement 1 of 2')));
		expect(frame).toContain('2. Wanneer gaat het kabinet');
		expect(frame).toMatch(/≠ clarity +ambivalent +non-reply +clear +–/u);
		await press(instance.stdin, instance.lastFrame, 'a', text => plain(text).includes('disagreement 2 of 2'));
		await waitFor(() => saves.at(-1)?.['2']?.verdict === 'ambivalent');
		instance.unmount();
	});
});

describe('answer-review reconcile', () => {
	it('prints the disagreements without a terminal, exit 0; misuse is 2', async () => {
		const first = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear', 'ambivalent')));
		const second = await writeSidecar(path.join(folder, 'b.json'), await reviewOf(seedLetter, 'bram', verdicts('clear', 'non-reply')));
		let out = '';
		let err = '';
		const io = {stdinIsTty: false, stdoutIsTty: false, env: {}, out: (text: string) => { out += text; }, err: (text: string) => { err += text; }};
		expect(await runReconcile([first, second], {letter: seedLetter}, io)).toBe(0);
		expect(out).toMatch(/q2 +clarity +ambivalent +non-reply +clear/u);
		expect(err).toContain('.review.reconciled.json');
		expect(await runReconcile([first], {}, io)).toBe(2);
		await expect(readFile(`${seedLetter}.review.reconciled.json`)).rejects.toThrow();
	});
});
