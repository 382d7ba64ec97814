// `x` in the reviewer: the Markdown scorecard next to the letter, with the review on screen merged in.
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {writeScorecardFile} from '../../source/export/index.js';
import {scoreLetter} from '../../source/scoring/index.js';
import type {Annotations} from '../../source/store/model.js';
import {sampleLetter} from '../fixtures/review/letters.js';
import {keys, press, waitForFrame} from './ink-helpers.js';
import {renderApp, type RenderOptions} from './render-app.js';

const plain = (frame: string) => stripVTControlCharacters(frame);

let folder = '';
beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-x-'));
});

afterEach(async () => {
	cleanup();
	await rm(folder, {recursive: true, force: true});
});

/** The reviewer on the sample letter as if it were read from `letterPath`, recording every export. */
async function open(letterPath: string, options: RenderOptions = {}) {
	const letter = sampleLetter();
	const scorecard = scoreLetter(letter);
	const exports: Annotations[] = [];
	const app = renderApp(letter, {
		columns: 80,
		...options,
		async exportScorecard(annotations) {
			exports.push(annotations);
			return (await writeScorecardFile(letterPath, scorecard, {annotations, reviewer: 'tester', sidecar: 'test.review.json'})).path;
		},
	});
	await waitForFrame(app.lastFrame, frame => plain(frame).includes('reviewed'));
	return {...app, exports};
}

describe('x in the reviewer', () => {
	it('writes <letter>.scorecard.md with the verdicts given so far and shows the path', async () => {
		const letterPath = path.join(folder, 'letter.txt');
		const {stdin, lastFrame, exports} = await open(letterPath);
		expect(plain(lastFrame()!)).toContain('x export');
		await press(stdin, lastFrame, '3', frame => plain(frame).includes('1/6 reviewed'));
		const frame = plain(await press(stdin, lastFrame, 'x', current => plain(current).includes('scorecard written to')));
		expect(frame).toContain(`scorecard written to ${letterPath}.scorecard.md`);
		expect(frame).toContain('q quit');
		expect(exports).toHaveLength(1);
		const markdown = await readFile(`${letterPath}.scorecard.md`, 'utf8');
		expect(markdown).toContain('partly reviewed by tester');
		expect(markdown).toContain('verdict non-reply');
		// The message goes with the next key, as every message does.
		await press(stdin, lastFrame, 'j', current => !plain(current).includes('scorecard written'));
	});

	it('shows why the scorecard could not be written, in one line', async () => {
		const {stdin, lastFrame} = await open(path.join(folder, 'missing-folder', 'letter.txt'));
		const frame = plain(await press(stdin, lastFrame, 'x', current => plain(current).includes('scorecard not written')));
		expect(frame).toMatch(/scorecard not written: .*missing-folder/u);
		expect(frame).toContain('q quit');
	});

	it('types x in the note editor and the search box instead of writing', async () => {
		const {stdin, lastFrame, exports} = await open(path.join(folder, 'letter.txt'));
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await press(stdin, lastFrame, 'x', frame => plain(frame).includes('Note: x'));
		await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('q quit'));
		await press(stdin, lastFrame, '/', frame => plain(frame).includes('Search: '));
		await press(stdin, lastFrame, 'x', frame => plain(frame).includes('Search: x'));
		await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('q quit'));
		expect(exports).toEqual([]);
	});

	it('is neither shown nor bound when the reviewer cannot write a scorecard', async () => {
		const {stdin, lastFrame} = renderApp(sampleLetter(), {columns: 80});
		const frame = plain(await waitForFrame(lastFrame, current => plain(current).includes('reviewed')));
		expect(frame).not.toContain('x export');
		stdin.write('x');
		const moved = plain(await press(stdin, lastFrame, 'j', current => plain(current).split('\n').some(line => /^▸\s+2 /u.test(line))));
		expect(moved).not.toContain('scorecard');
	});
});
