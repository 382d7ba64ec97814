// Leaving never loses work (issue 13, part 4), on the built CLI in a real terminal: SIGTERM, SIGHUP
// and a closed terminal write the pending change first, and a note being typed comes back next time.
import {spawnSync} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm, rmdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {builtCli, ensureBuilt, root} from '../built.js';
import {hasTmux, selectedRow, tmuxSessions, waitForExit} from './tmux.js';

const seed = path.join(root, 'seeds', 'kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');
const tmuxHere = hasTmux();
// A ceiling for each wait, not a speed: on an idle machine each takes well under a second.
const ceiling = 180_000;

let folder = '';
const {session, killAll} = tmuxSessions('answer-review-leaving');

beforeAll(async () => {
	ensureBuilt();
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-leaving-'));
}, 180_000);

afterEach(killAll);

afterAll(async () => {
	if (folder !== '') {
		await rm(folder, {recursive: true, force: true});
	}
});

/** A fresh copy of the seed letter, in a folder of its own. */
async function freshLetter(name: string): Promise<string> {
	await mkdir(path.join(folder, name));
	const letter = path.join(folder, name, 'letter.txt');
	await copyFile(seed, letter);
	return letter;
}

type Exported = {
	letters: Array<{review: {noteDrafts?: Array<{key: string; note: string}>}}>;
	answers: Array<{key: string; reviewed: boolean; reviewer: {verdict?: string; note?: string} | null}>;
};

/** `answer-review export --format json <letter>`, as a user would read the review back. */
function exported(letter: string): Exported {
	const result = spawnSync(process.execPath, [builtCli, 'export', '--format', 'json', letter], {encoding: 'utf8'});
	expect(result.stderr).toBe('');
	expect(result.status).toBe(0);
	return JSON.parse(result.stdout) as Exported;
}

/**
 * Opens the reviewer on `letter` and judges answer 1 clear with the change held back: a directory
 * stands where the review file goes, so the write fails and the change stays pending, however fast
 * the disk. The directory is then removed: only a write after the signal can put the change on disk.
 */
async function judgeWithChangePending(letter: string) {
	const run = session();
	run.start([process.execPath, builtCli, letter], 100, 30);
	await run.waitFor(screen => screen.includes('0/22 reviewed') && screen.includes('q quit'), ceiling);
	const blocker = `${letter}.review.json`;
	await mkdir(blocker);
	await run.press('1', screen => screen.includes('1/22 reviewed') && screen.includes('not saved'), ceiling);
	await rmdir(blocker);
	return run;
}

describe.skipIf(!tmuxHere)('leaving the built reviewer', () => {
	it.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const)('%s writes the pending change before exiting %i', async (signal, code) => {
		const letter = await freshLetter(signal);
		const run = await judgeWithChangePending(letter);
		run.signal(signal);
		await run.waitFor(screen => screen.includes('EXITED='), ceiling);
		expect(run.screen()).toContain(`EXITED=${code}`);
		const first = exported(letter).answers[0]!;
		expect(first.reviewed).toBe(true);
		expect(first.reviewer?.verdict).toBe('clear');
	}, 600_000);

	it('a closed terminal (tmux kill-session) writes the pending change', async () => {
		const letter = await freshLetter('closed');
		const run = await judgeWithChangePending(letter);
		const pid = run.commandPid();
		run.closeTerminal();
		await waitForExit(pid, ceiling);
		const first = exported(letter).answers[0]!;
		expect(first.reviewed).toBe(true);
		expect(first.reviewer?.verdict).toBe('clear');
	}, 600_000);

	it('a closed terminal keeps the note being typed as a draft, apart from the notes', async () => {
		const letter = await freshLetter('closed-note');
		const run = session();
		run.start([process.execPath, builtCli, letter], 100, 30);
		await run.waitFor(screen => screen.includes('0/22 reviewed') && screen.includes('q quit'), ceiling);
		await run.press('e', screen => screen.includes('Enter save'), ceiling);
		run.sendLiteral('half');
		await run.waitFor(screen => screen.includes('Note: half'), ceiling);
		const pid = run.commandPid();
		run.closeTerminal();
		await waitForExit(pid, ceiling);
		const review = exported(letter);
		expect(review.answers[0]?.reviewer).toBeNull();
		expect(review.letters[0]?.review.noteDrafts).toEqual([expect.objectContaining({key: '1', note: 'half'})]);
	}, 600_000);

	it('a note half typed at SIGTERM is offered back on reopening; Enter resumes it, Enter saves it', async () => {
		const letter = await freshLetter('draft');
		const first = session();
		first.start([process.execPath, builtCli, letter], 100, 30);
		await first.waitFor(screen => screen.includes('0/22 reviewed') && screen.includes('q quit'), ceiling);
		await first.press('j', screen => selectedRow(screen).includes(' 2 '), ceiling);
		await first.press('e', screen => screen.includes('Enter save'), ceiling);
		first.sendLiteral('eerste hel');
		await first.waitFor(screen => screen.includes('Note: eerste hel'), ceiling);
		first.signal('SIGTERM');
		await first.waitFor(screen => screen.includes('EXITED=143'), ceiling);
		// On disk, the draft is not the note.
		expect(exported(letter).answers[1]?.reviewer).toBeNull();

		const second = session();
		second.start([process.execPath, builtCli, letter], 100, 30);
		const offered = await second.waitFor(screen => screen.includes('unsaved note draft on question 2'), ceiling);
		expect(offered).toContain('Enter resumes it, Esc discards it');
		expect(offered).toContain('Draft: eerste hel');
		expect(selectedRow(offered)).toContain(' 2 ');
		await second.press('Enter', screen => screen.includes('Note: eerste hel') && screen.includes('Enter save'), ceiling);
		second.sendLiteral('ft');
		await second.waitFor(screen => screen.includes('Note: eerste helft'), ceiling);
		await second.press('Enter', screen => screen.includes('q quit') && screen.includes('saved in'), ceiling);
		await second.press('q', screen => screen.includes('EXITED=0'), ceiling);

		const review = exported(letter);
		expect(review.answers[1]?.reviewer?.note).toBe('eerste helft');
		expect(review.letters[0]?.review.noteDrafts).toBeUndefined();
		expect(await readFile(`${letter}.review.json`, 'utf8')).not.toContain('noteDrafts');
	}, 600_000);
});
