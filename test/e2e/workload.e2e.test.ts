// Issue 14's "done when", in a real terminal (tmux) on the seed letter, as a person would check it.
import {spawnSync} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {builtCli, ensureBuilt, root} from '../built.js';
import {hasTmux, selectedRow, tmuxSessions} from './tmux.js';

const seed = path.join(root, 'seeds', 'kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');
const tmuxHere = hasTmux();
let folder = '';
const {session, killAll} = tmuxSessions('answer-review-workload');

const selected = selectedRow;
const run = (args: string[]) => spawnSync(process.execPath, [builtCli, ...args], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});

beforeAll(async () => {
	ensureBuilt();
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-workload-'));
}, 180_000);

afterEach(killAll);

afterAll(async () => {
	if (folder !== '') {
		await rm(folder, {recursive: true, force: true});
	}
});

describe.skipIf(!tmuxHere)('moving through a workload in tmux', () => {
	it('header row; ] after going back; :19; o from 4 to 3; F non-reply; alternate screen', async () => {
		const letter = path.join(folder, 'letter.txt');
		await copyFile(seed, letter);
		const tmux = session();
		tmux.start([process.execPath, builtCli, letter], 100, 30);
		const first = await tmux.waitFor(screen => screen.includes('0/22 reviewed'));
		const lines = first.split('\n');
		const header = lines.findIndex(line => /^ +nr +clarity +score +flags +yours/u.test(line));
		expect(header).toBeGreaterThan(-1);
		expect(lines[header + 1]).toMatch(/^▸ +1 /u);
		await tmux.press('1', screen => screen.includes('1/22 reviewed') && selected(screen).includes(' 2 '));
		await tmux.press('k', screen => /^▸ +1 /u.test(selected(screen)));
		await tmux.press(']', screen => /^▸ +2 /u.test(selected(screen)));
		await tmux.press(':', screen => screen.includes('go to question:'));
		tmux.sendLiteral('19');
		await tmux.waitFor(screen => screen.includes('go to question: 19'));
		await tmux.press('Enter', screen => /^▸ +19 /u.test(selected(screen)) && screen.includes('question 19 (19 of 22)'));
		await tmux.press(':', screen => screen.includes('go to question:'));
		tmux.sendLiteral('4');
		await tmux.waitFor(screen => screen.includes('go to question: 4'));
		await tmux.press('Enter', screen => /^▸ +4 /u.test(selected(screen)));
		await tmux.press('o', screen => /^▸ +3 /u.test(selected(screen)) && screen.includes('question 3 (3 of 22)'));
		await tmux.press('b', screen => /^▸ +4 /u.test(selected(screen)));
		await tmux.press('F', screen => screen.includes('filter: '));
		tmux.sendLiteral('non-reply');
		await tmux.waitFor(screen => screen.includes('filter: non-reply'));
		const filtered = await tmux.press('Enter', screen => screen.includes('filter: non-reply (2 of 22)'));
		expect(filtered).not.toMatch(/^[▸ ] +1 clear/mu);
		expect(selected(filtered)).toMatch(/^▸ +18 /u);
		await tmux.press('Escape', screen => !screen.includes('filter: non-reply ('));
		// The alternate screen: quitting leaves only what the shell printed after.
		const after = await tmux.press('q', screen => screen.includes('EXITED=0'));
		expect(after).not.toContain('reviewed');
	}, 180_000);

	it('shows a letter reviewed on 3 answers as 3/22 in the folder picker', async () => {
		const letters = path.join(folder, 'letters');
		await mkdir(letters);
		const letter = path.join(letters, 'seed.txt');
		await copyFile(seed, letter);
		const reviewer = session();
		reviewer.start([process.execPath, builtCli, letter], 100, 30);
		await reviewer.waitFor(screen => screen.includes('0/22 reviewed'));
		for (const [index, key] of ['1', '2', '3'].entries()) {
			// eslint-disable-next-line no-await-in-loop
			await reviewer.press(key, screen => screen.includes(`${index + 1}/22 reviewed`));
		}

		await reviewer.press('q', screen => screen.includes('EXITED=0'));
		const picker = session();
		picker.start([process.execPath, builtCli, letters], 100, 30);
		const screen = await picker.waitFor(text => text.includes('D/NR'));
		expect(screen).toMatch(/digitale soevereiniteit.* 3\/22 +1 /u);
		await picker.press('q', text => text.includes('EXITED=0'));
	}, 180_000);
});

describe('two readings and a scorecard to hand on, from the built CLI', () => {
	it('agree prints a line for question 2 with both values; the CSV export starts with a BOM', async () => {
		const letter = path.join(folder, 'agree.txt');
		await copyFile(seed, letter);
		const {reviewOf, writeSidecar} = await import('../core/export/helpers.js');
		const a = await writeSidecar(path.join(folder, 'agree.txt.review.anna.json'), {...await reviewOf(seed, 'anna', [['2', {type: 'set-verdict', verdict: 'ambivalent'}]]), letter});
		const b = await writeSidecar(path.join(folder, 'agree.txt.review.bram.json'), {...await reviewOf(seed, 'bram', [['2', {type: 'set-verdict', verdict: 'non-reply'}]]), letter});
		const agreed = run(['agree', a, b]);
		expect(agreed.status).toBe(0);
		expect(agreed.stdout).toMatch(/^ {2}q2 +clarity +ambivalent +non-reply +clear$/mu);
		const csv = path.join(folder, 'agree.csv');
		expect(run(['export', letter, '--format', 'csv', '--output', csv]).status).toBe(0);
		expect((await readFile(csv)).subarray(0, 3)).toEqual(Buffer.from([0xEF, 0xBB, 0xBF]));
		expect(run(['export', letter, '--format', 'csv', '--no-bom']).stdout.startsWith('letter,')).toBe(true);
	}, 180_000);
});
