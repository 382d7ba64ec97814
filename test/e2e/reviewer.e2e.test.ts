// The built CLI in a real terminal (tmux): review, quit, reopen and find everything restored.
import {spawnSync} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {builtCli, ensureBuilt, root} from '../built.js';
import {hasTmux, selectedRow, tmuxSessions} from './tmux.js';

const cli = builtCli;
const seed = path.join(root, 'seeds', 'kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');
const hostileFixture = path.join(root, 'test', 'fixtures', 'review', 'hostile-letter.txt');
const tmuxHere = hasTmux();
if (!tmuxHere) {
	console.warn('test/e2e: tmux is not installed, so the terminal tests are skipped (apt-get install -y tmux)');
}

let folder = '';
let letter = '';
const {session, killAll} = tmuxSessions('answer-review-e2e');

const selected = selectedRow;

beforeAll(async () => {
	ensureBuilt();
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-e2e-'));
	letter = path.join(folder, 'letter.txt');
	await copyFile(seed, letter);
}, 180_000);

afterEach(killAll);

afterAll(async () => {
	if (folder !== '') {
		await rm(folder, {recursive: true, force: true});
	}
});

describe('the built CLI without a terminal', () => {
	it('prints the scorecard and a hint, and exits 0', () => {
		const result = spawnSync(process.execPath, [cli, letter], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('nr  clarity');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('not a terminal');
	});

	it('names a missing letter file in one line and exits non-zero', () => {
		const missing = path.join(folder, 'nope.txt');
		const result = spawnSync(process.execPath, [cli, missing], {encoding: 'utf8'});
		expect(result.status).not.toBe(0);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('nope.txt');
		expect(result.stderr).not.toMatch(/\n\s+at /u);
	});
});

describe.skipIf(!tmuxHere)('the built CLI in tmux', () => {
	it('reviews, quits, and restores everything on reopening', async () => {
		const first = session();
		first.start([process.execPath, cli, letter], 100, 30);
		await first.waitFor(screen => screen.includes('0/22 reviewed'));
		await first.press('j', screen => selected(screen).includes(' 2 '));
		await first.press('2', screen => screen.includes('1/22 reviewed') && selected(screen).includes(' 3 '));
		await first.press('e', screen => screen.includes('Enter save'));
		// One key per wait; a space goes with the next letter (one write, a paste) because the screen
		// cannot show a trailing space to wait for.
		let typed = '';
		for (const chunk of ['o', 'k', ' q', ' j']) {
			typed += chunk;
			first.sendLiteral(chunk);
			// eslint-disable-next-line no-await-in-loop
			await first.waitFor(screen => screen.includes(`Note: ${typed}`));
		}

		await first.press('Enter', screen => screen.includes('q quit') && screen.includes('Note: ok q j'));
		await first.press('q', screen => screen.includes('EXITED=0'));

		const saved = JSON.parse(await readFile(`${letter}.review.json`, 'utf8')) as {annotations: Record<string, {verdict?: string; note?: string}>; fingerprint: string; reviewer: string};
		expect(saved.annotations['2']?.verdict).toBe('ambivalent');
		expect(saved.annotations['3']?.note).toBe('ok q j');
		expect(saved.fingerprint).toMatch(/^[\da-f]{64}$/u);

		const second = session();
		second.start([process.execPath, cli, letter], 80, 24);
		const reopened = await second.waitFor(screen => screen.includes('1/22 reviewed'));
		expect(selected(reopened)).toContain(' 1 ');
		// At 80×24 the list gives its rows to the answer (issue 14): question 2's row shows once selected.
		await second.press('j', screen => selected(screen).includes(' 2 ') && / 2 .*ambivalent/u.test(selected(screen)));
		await second.press('j', screen => selected(screen).includes(' 3 ') && screen.includes('Note: ok q j'));
		await second.press('q', screen => screen.includes('EXITED=0'));
	}, 180_000);

	it('refuses a second reviewer on the same file while the first is open', async () => {
		const first = session();
		first.start([process.execPath, cli, letter], 100, 30);
		await first.waitFor(screen => screen.includes('reviewed'));
		const second = session();
		second.start([process.execPath, cli, letter], 100, 30);
		// The one-line message wraps on screen; join the rows to read it.
		const refused = (await second.waitFor(screen => screen.includes('EXITED='))).replaceAll('\n', '');
		expect(refused).toContain('already open in another answer-review');
		expect(refused).toContain('EXITED=1');
		await first.press('q', screen => screen.includes('EXITED=0'));
	}, 180_000);

	it('refuses a corrupt review file with one line and leaves it untouched', async () => {
		const broken = path.join(folder, 'broken.json');
		await writeFile(broken, '{"version": 1, "annotations": {');
		const before = await stat(broken);
		const run = session();
		run.start([process.execPath, cli, letter, '--annotations', broken], 100, 30);
		const screen = (await run.waitFor(text => text.includes('EXITED='))).replaceAll('\n', '');
		expect(screen).toContain('EXITED=1');
		expect(screen).toContain(`${broken}: not valid JSON`);
		expect(screen).toContain('left untouched');
		expect(await readFile(broken, 'utf8')).toBe('{"version": 1, "annotations": {');
		expect((await stat(broken)).mtimeMs).toBe(before.mtimeMs);
	}, 180_000);

	it('opens and saves with DEV=true in the environment (Ink\'s devtools mode is left out of the bundle)', async () => {
		const annotations = path.join(folder, 'dev-true.review.json');
		const run = session();
		run.start([process.execPath, cli, letter, '--annotations', annotations], 100, 30, {DEV: 'true'});
		await run.waitFor(text => text.includes('0/22 reviewed'));
		await run.press('1', text => text.includes('1/22 reviewed'));
		await run.press('q', text => text.includes('EXITED=0'));
		const saved = JSON.parse(await readFile(annotations, 'utf8')) as {annotations: Record<string, {verdict?: string}>};
		expect(saved.annotations['1']?.verdict).toBe('clear');
	}, 180_000);

	it('shows hostile letter text as harmless text', async () => {
		const hostile = path.join(folder, 'hostile.txt');
		await copyFile(hostileFixture, hostile);
		const run = session();
		run.start([process.execPath, cli, hostile], 100, 30);
		const screen = await run.waitFor(text => text.includes('reviewed'));
		// The screen was not cleared and the header is still the first line.
		expect(screen.split('\n')[0]).toContain('Wis en klik hier of');
		expect(screen).toContain('Wis en klik hier');
		expect(screen).not.toContain('\u202E');
		await run.press('q', text => text.includes('EXITED=0'));
	}, 180_000);

	it('searches with /, jumps to a hit, steps with > and <, n is "no" throughout, and Esc ends the search', async () => {
		const annotations = path.join(folder, 'search.json');
		const run = session();
		run.start([process.execPath, cli, letter, '--annotations', annotations], 80, 24);
		await run.waitFor(screen => screen.includes('0/22 reviewed') && screen.includes('/ search'));
		await run.press('/', screen => screen.includes('Search: ') && screen.includes('Type to search'));
		// The box's input handler subscribes just after the frame that shows it; a key sent in that
		// instant under load would be lost (ink-helpers' waitForFrame settles the same way).
		await sleep(100);
		// q types into the box instead of quitting; backspace takes it out again.
		await run.press('q', screen => screen.includes('Search: q'));
		await run.press('BSpace', screen => screen.includes('Search: words'));
		for (const [index, character] of [...'exitplan'].entries()) {
			// eslint-disable-next-line no-await-in-loop
			await run.press(character, screen => screen.includes(`Search: ${'exitplan'.slice(0, index + 1)}`));
		}

		const results = await run.waitFor(screen => /^▸ +19 /mu.test(screen) && screen.includes('match “exitplan”'));
		// Nothing scrolled off: the header is still the first row and the footer is on screen.
		expect(results.split('\n')[0]?.toLowerCase()).toContain('digitale soevereiniteit');
		expect(results).toContain('Enter jump there');
		await run.press('Enter', screen => screen.includes('hit 1/2 for “exitplan”') && selected(screen).includes(' 19 '));
		await run.press('>', screen => screen.includes('hit 2/2 for “exitplan”') && selected(screen).includes(' 20 '));
		await run.press('<', screen => screen.includes('hit 1/2 for “exitplan”') && selected(screen).includes(' 19 '));
		// Your yes/no shows in the list's "yours" column: the tool's ?··F, yours N··F.
		await run.press('n', screen => / N··F /u.test(selected(screen)));
		await run.press('Escape', screen => screen.includes('search ended') && screen.includes('y/n/0 yes/no'));
		await run.press('q', screen => screen.includes('EXITED=0'));
		const saved = JSON.parse(await readFile(annotations, 'utf8')) as {annotations: Record<string, {direct?: string | null}>};
		expect(Object.keys(saved.annotations)).toEqual(['19']);
		expect(saved.annotations['19']?.direct).toBe('no');
	}, 180_000);

	it('from the folder picker: x writes the scorecard, Esc goes back with the filter kept', async () => {
		const letters = path.join(folder, 'picker');
		await mkdir(letters);
		const chosen = path.join(letters, 'digid.txt');
		await copyFile(seed, chosen);
		await copyFile(path.join(root, 'test', 'fixtures', 'letters', 'ah-tk-20242025-573.txt'), path.join(letters, 'other.txt'));
		const run = session();
		run.start([process.execPath, cli, letters], 80, 24);
		await run.waitFor(screen => screen.includes('2 letters') && screen.includes('filter:'));
		for (const [index, character] of [...'soev'].entries()) {
			// eslint-disable-next-line no-await-in-loop
			await run.press(character, screen => screen.includes(`filter: ${'soev'.slice(0, index + 1)}`));
		}

		await run.waitFor(screen => screen.includes('1 shown'));
		const reviewer = await run.press('Enter', screen => screen.includes('0/22 reviewed') && screen.includes('q quit'));
		// At 80 columns the footer keeps moving, judging, help, quit and the way back; x is in the help.
		expect(reviewer).toContain('Esc back');
		await run.press('x', screen => screen.includes('scorecard written to'));
		expect(await readFile(`${chosen}.scorecard.md`, 'utf8')).toContain('digitale soevereiniteit');
		await run.press('Escape', screen => screen.includes('filter: soev') && screen.includes('1 shown'));
		await run.press('Escape', screen => !screen.includes('shown'));
		await run.press('Escape', screen => screen.includes('EXITED=0'));
	}, 180_000);

	it('lays out at 80×24 and 120×40 without drawing past the last row', async () => {
		for (const [columns, rows] of [[80, 24], [120, 40]] as const) {
			const run = session();
			run.start([process.execPath, cli, letter, '--annotations', path.join(folder, `size-${columns}.json`)], columns, rows);
			// eslint-disable-next-line no-await-in-loop
			const screen = await run.waitFor(text => text.includes('reviewed') && text.includes('q quit'));
			const lines = screen.split('\n');
			expect(lines[0]?.toLowerCase()).toContain('digitale soevereiniteit');
			expect(lines.slice(0, rows).join('\n')).toContain('q quit');
			run.kill();
		}
	}, 180_000);
});
