// The reviewer command's paths that end before Ink starts: no terminal, bad letter, bad or locked sidecar.
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startReviewer} from '../../source/commands/open.js';
import {seedLetterPath, type ReviewIo} from '../../source/commands/review.js';
import {lockSidecar} from '../../source/store/file.js';

let folder = '';
let letter = '';

beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-command-'));
	letter = path.join(folder, 'letter.txt');
	await copyFile(seedLetterPath, letter);
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

function io(tty: boolean) {
	const out: string[] = [];
	const err: string[] = [];
	const value: ReviewIo = {stdinIsTty: tty, stdoutIsTty: tty, env: {}, out: text => out.push(text), err: text => err.push(text)};
	return {io: value, out, err};
}

describe('answer-review [letter]', () => {
	it('prints the scorecard and a one-line hint when not in a terminal', async () => {
		const run = io(false);
		expect(await startReviewer(letter, {}, run.io)).toBe(0);
		expect(run.out.join('')).toContain('nr  clarity');
		expect(run.err.join('')).toMatch(/^answer-review: not a terminal[^\n]*\n$/u);
	});

	it('opens the bundled seed when no letter is given', async () => {
		const run = io(false);
		expect(await startReviewer(undefined, {}, run.io)).toBe(0);
		expect(run.out.join('')).toContain('kamervragen-digitale-soevereiniteit');
	});

	it('opens a CSV of letters with --column as a folder of letters (the scorecards when not in a terminal)', async () => {
		const csv = path.join(folder, 'letters.csv');
		await writeFile(csv, `name,text\nbrief-a,"Vraag 1\nKlopt het?\nAntwoord 1\nJa."\nbrief-b,"Vraag 1\nWanneer komt het?\nAntwoord 1\nLater dit jaar."\n`);
		const run = io(false);
		expect(await startReviewer(csv, {column: 'text', nameColumn: 'name'}, run.io)).toBe(0);
		expect(run.out.join('')).toContain('letters.csv#brief-a');
		expect(run.out.join('')).toContain('letters.csv#brief-b');
		expect(run.err.join('')).toMatch(/run it in a terminal to pick a letter\n$/u);
	});

	it('names a missing letter in one line and fails', async () => {
		const run = io(true);
		expect(await startReviewer(path.join(folder, 'missing.txt'), {}, run.io)).toBe(1);
		expect(run.err).toHaveLength(1);
		expect(run.err[0]).toContain('missing.txt');
	});

	it('refuses a corrupt sidecar in one line and keeps it', async () => {
		const sidecar = `${letter}.review.json`;
		await writeFile(sidecar, 'not json');
		const run = io(true);
		expect(await startReviewer(letter, {}, run.io)).toBe(1);
		expect(run.err.join('')).toMatch(/^answer-review: \S+letter\.txt\.review\.json: not valid JSON[^\n]*left untouched[^\n]*\n$/u);
		expect(await readFile(sidecar, 'utf8')).toBe('not json');
	});

	it('refuses a sidecar another reviewer holds open', async () => {
		const sidecar = `${letter}.review.anna.json`;
		const lock = await lockSidecar(sidecar);
		try {
			const run = io(true);
			expect(await startReviewer(letter, {reviewer: 'Anna'}, run.io)).toBe(1);
			expect(run.err.join('')).toContain('already open in another answer-review');
		} finally {
			await lock.release();
		}
	});
});
