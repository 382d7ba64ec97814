// The `/` search in the reviewer, driven like a user: one key, then wait for the frame to show it.
import {stripVTControlCharacters} from 'node:util';
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {seedLetterPath} from '../../../source/commands/review.js';
import {readLetterFile} from '../../../source/letter/index.js';
import type {Letter} from '../../../source/letter/model.js';
import {hostile, hostileLetter} from '../../fixtures/review/letters.js';
import {keys, press, waitFor, waitForFrame} from '../ink-helpers.js';
import {renderApp} from '../render-app.js';

afterEach(() => {
	cleanup();
});

const plain = (frame: string) => stripVTControlCharacters(frame);
const lines = (frame: string) => plain(frame).split('\n');
const picked = (frame: string) => lines(frame).find(line => line.startsWith('▸')) ?? '';
const rowCount = (frame: string) => frame.split('\n').length;

let seed: Letter;
beforeAll(async () => {
	seed = await readLetterFile(seedLetterPath);
});

async function open(letter: Letter, options: Parameters<typeof renderApp>[1] = {}) {
	const app = renderApp(letter, options);
	await waitForFrame(app.lastFrame, frame => plain(frame).includes('reviewed'));
	// Types into the box one key per wait; `before` is what the box already holds.
	const type = async (text: string, before = '') => {
		for (const [index, character] of [...text].entries()) {
			const want = `Search: ${before}${text.slice(0, index + 1)}`;
			// eslint-disable-next-line no-await-in-loop
			await press(app.stdin, app.lastFrame, character, frame => plain(frame).includes(want));
		}
	};

	const key = async (data: string, until: (text: string) => boolean) => plain(await press(app.stdin, app.lastFrame, data, frame => until(plain(frame))));
	return {...app, type, key};
}

describe('searching from the reviewer', () => {
	it('finds "exitplan" in question 19, highlighted, and jumps there on Enter', async () => {
		const {type, key, lastFrame} = await open(seed, {columns: 80, rows: 24});
		await key('/', text => text.includes('Search: ') && text.includes('Type to search'));
		await type('exitplan');
		const results = plain(await waitForFrame(lastFrame, frame => /^▸ +19 /u.test(picked(frame))));
		expect(picked(results)).toMatch(/^▸ +19 \w+/u);
		expect(results).toMatch(/questions? match “exitplan”/u);
		expect(picked(results)).toContain('exitplan');
		const jumped = await key(keys.enter, text => text.includes('hit 1/'));
		expect(picked(jumped)).toMatch(/^▸ +19 /u);
		expect(jumped).toMatch(/19\. .*Heeft iedere/u);
		expect(jumped).toContain('>/< hits');
	});

	it('keeps every key of a search typed faster than the screen', async () => {
		const {key, stdin, lastFrame} = await open(seed, {columns: 80, rows: 24});
		await key('/', text => text.includes('Search: ') && text.includes('Type to search'));
		// No frame in between: each key reaches the handler of the frame before ("exitplan" was read as "eitplan").
		for (const character of 'exitplan') {
			stdin.write(character);
		}

		await waitForFrame(lastFrame, frame => plain(frame).includes('Search: exitplan') && /^▸ +19 /u.test(picked(frame)));
	});

	it('drops an x erased in the same read, and edits with Home, Ctrl-W and Ctrl-U', async () => {
		const {key, stdin, lastFrame} = await open(seed, {columns: 80, rows: 24});
		await key('/', text => text.includes('Search: ') && text.includes('Type to search'));
		stdin.write('exit');
		stdin.write('x\u007F');
		stdin.write('plan');
		await waitForFrame(lastFrame, frame => plain(frame).includes('Search: exitplan') && !plain(frame).includes('exitx') && /^▸ +19 /u.test(picked(frame)));
		stdin.write(' woord\u0017');
		stdin.write('\u0015koekoek');
		await waitForFrame(lastFrame, frame => plain(frame).includes('Search: koekoek') && /^▸ +11 /u.test(picked(frame)));
	});

	it('finds "koekoek" (fuzzy) in question 11', async () => {
		const {type, key, lastFrame} = await open(seed);
		await key('/', text => text.includes('Search: '));
		await type('koekoek');
		await waitForFrame(lastFrame, frame => /^▸ +11 /u.test(picked(frame)));
		const jumped = await key(keys.enter, text => text.includes('hit 1/1 for “koekoek”'));
		expect(picked(jumped)).toMatch(/^▸ +11 /u);
	});

	it('types q and j in the box instead of quitting or moving; Esc returns to where you were', async () => {
		const {type, key, saves, lastFrame} = await open(seed);
		await key('j', text => /^▸ +2 /u.test(picked(text)));
		await key('j', text => /^▸ +3 /u.test(picked(text)));
		await key('/', text => text.includes('Search: '));
		await type('qj1n?');
		expect(lines((lastFrame() ?? '')).some(line => /^▸ +3 /u.test(line))).toBe(false);
		const back = await key(keys.escape, text => text.includes('Answer'));
		expect(picked(back)).toMatch(/^▸ +3 /u);
		// Nothing was changed, so nothing was written: the status row says where the review will be kept.
		expect(back).toContain('review kept in');
		expect(saves.every(annotations => Object.keys(annotations).length === 0)).toBe(true);
	});

	it('moves through the results with ↓/↑ and jumps to the picked one', async () => {
		const {type, key, lastFrame} = await open(seed);
		await key('/', text => text.includes('Search: '));
		await type('exitplan');
		await waitForFrame(lastFrame, frame => /^▸ +19 /u.test(picked(frame)));
		const second = lines((lastFrame() ?? '')).find(line => /^ {3,}\d+ /u.test(line) && !line.includes('Search'))!;
		const number = /^\s+(\d+) /u.exec(second)![1]!;
		await key(keys.down, text => new RegExp(`^▸ +${number} `, 'u').test(picked(text)));
		await key(keys.up, text => /^▸ +19 /u.test(picked(text)));
		await key(keys.down, text => new RegExp(`^▸ +${number} `, 'u').test(picked(text)));
		const jumped = await key(keys.enter, text => text.includes('hit 2/'));
		expect(picked(jumped)).toMatch(new RegExp(`^▸ +${number} `, 'u'));
		expect(jumped).toContain(`── question ${number} `);
	});

	it('after a search > and < cycle through the hits, n still sets "no", and Esc ends the search', async () => {
		const {type, key, saves, lastFrame} = await open(seed);
		await key('/', text => text.includes('Search: '));
		await type('exitplan');
		await waitForFrame(lastFrame, frame => /^▸ +19 /u.test(picked(frame)));
		const first = await key(keys.enter, text => text.includes('hit 1/'));
		const total = Number(/hit 1\/(\d+)/u.exec(first)![1]);
		expect(total).toBeGreaterThan(1);
		await key('>', text => text.includes(`hit 2/${total} for “exitplan”`));
		expect(picked((lastFrame() ?? ''))).not.toMatch(/^▸ +19 /u);
		await key('<', text => text.includes(`hit 1/${total}`) && /^▸ +19 /u.test(picked(text)));
		await key('<', text => text.includes(`hit ${total}/${total}`));
		await key('>', text => text.includes(`hit 1/${total}`) && /^▸ +19 /u.test(picked(text)));
		expect(saves.every(annotations => Object.keys(annotations).length === 0)).toBe(true);
		// n means "no" whether or not a search is active.
		await key('n', text => /19 +ambivalent +40 +\?··F +– N··F/u.test(text));
		await waitFor(() => saves.at(-1)?.['19']?.direct === 'no');
		const ended = await key(keys.escape, text => text.includes('search ended'));
		expect(ended).toContain('y/n/0 yes/no');
		expect(ended).not.toContain('>/< hits');
		expect(picked((lastFrame() ?? ''))).toMatch(/^▸ +19 /u);
	});

	it('shows in the help that n is always "no" and > steps through hits while a search is active', async () => {
		const {type, key, lastFrame} = await open(seed, {rows: 60});
		const before = await key('?', text => text.includes('Keys'));
		expect(before).toMatch(/Reviewing\n[\s\S]*n +your yes\/no: no[\s\S]*at other times[\s\S]*> +next search hit/u);
		await key(keys.escape, text => text.includes('Answer'));
		await key('/', text => text.includes('Search: '));
		await type('koekoek');
		await waitForFrame(lastFrame, frame => /^▸ +11 /u.test(picked(frame)));
		await key(keys.enter, text => text.includes('hit 1/1'));
		const during = await key('?', text => text.includes('Keys'));
		expect(during).toMatch(/Reviewing\n[\s\S]*> +next search hit[\s\S]*at other times/u);
		expect(during).toMatch(/n +your yes\/no: no/u);
		expect(during).toContain('"exact phrase"');
	});

	it.each([[80, 24], [60, 15], [120, 40]])('never draws more rows than the terminal has at %i×%i', async (columns, rows) => {
		const {type, key, lastFrame} = await open(seed, {columns, rows});
		await key('/', text => text.includes('Search: '));
		expect(rowCount((lastFrame() ?? ''))).toBeLessThanOrEqual(rows - 1);
		await type('de');
		await waitForFrame(lastFrame, frame => /questions? match/u.test(plain(frame)));
		expect(rowCount((lastFrame() ?? ''))).toBeLessThanOrEqual(rows - 1);
		for (const line of lines((lastFrame() ?? ''))) {
			expect([...line].length).toBeLessThanOrEqual(columns);
		}
	});

	it('shows hostile letter text in the results as harmless text', async () => {
		const {type, key, lastFrame} = await open(hostileLetter());
		await key('/', text => text.includes('Search: '));
		await type('klik');
		const frame = await waitForFrame(lastFrame, current => /^▸ +1 /u.test(picked(current)));
		for (const attack of [hostile.clear, '\u001B]52', '\u001B]8', '\u0007', '\u202E']) {
			expect(frame).not.toContain(attack);
		}

		expect(plain(frame)).toContain('klik');
	});
});
