// The commands read each letter once: the cache of read letters, as the commands use it.
import {execFile} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {promisify} from 'node:util';
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {runExport} from '../../source/commands/export.js';
import {runScore} from '../../source/commands/score.js';
import {runSearch} from '../../source/commands/search.js';
import {runAgree} from '../../source/commands/agree.js';
import {runReconcile} from '../../source/commands/reconcile.js';
import {reviewOf, seedLetter, writeSidecar} from '../core/export/helpers.js';
import {builtCli, ensureBuilt} from '../built.js';

const fixtures = path.resolve('test/fixtures/letters');
const letterNames = ['jenv-2024Z11859-politiebureau-wolvega.docx', 'ah-tk-20242025-573.txt', 'seed-digitale-soevereiniteit.txt'];

let folder = '';
let letters = '';
const savedCacheHome = process.env['XDG_CACHE_HOME'];
beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'commands-cache-test-'));
	letters = path.join(folder, 'letters');
	await mkdir(letters);
	for (const name of letterNames) {
		// eslint-disable-next-line no-await-in-loop
		await copyFile(path.join(fixtures, name), path.join(letters, name));
	}

	process.env['XDG_CACHE_HOME'] = path.join(folder, 'cache-home');
});

afterEach(async () => {
	process.env['XDG_CACHE_HOME'] = savedCacheHome;
	await rm(folder, {recursive: true, force: true});
});

/** How many letters the cache holds. */
async function cachedCount(): Promise<number> {
	const builds = path.join(folder, 'cache-home', 'answer-review', 'letters');
	let count = 0;
	for (const build of await readdir(builds).catch(() => [])) {
		// eslint-disable-next-line no-await-in-loop
		count += (await readdir(path.join(builds, build))).filter(name => name.endsWith('.json')).length;
	}

	return count;
}

function capture(): {out: string[]; err: string[]; output: {out: (text: string) => void; err: (text: string) => void}} {
	const out: string[] = [];
	const err: string[] = [];
	return {out, err, output: {out: text => out.push(text), err: text => err.push(text)}};
}

describe('the commands and the cache of read letters', () => {
	it('search keeps every letter it reads, and a second search finds the same', async () => {
		const first = capture();
		expect(await runSearch(['politie', letters], {json: true}, first.output)).toBe(0);
		expect(await cachedCount()).toBe(letterNames.length);
		const second = capture();
		expect(await runSearch(['politie', letters], {json: true}, second.output)).toBe(0);
		expect(second.out.join('')).toBe(first.out.join(''));
		expect(first.out.join('')).toContain('politiebureau');
	});

	it('score and export read from it and give what a read without it gives', async () => {
		const fresh = capture();
		expect(await runScore([letters], {json: true, cache: false}, fresh.output)).toBe(0);
		expect(await cachedCount()).toBe(0);
		for (let run = 0; run < 2; run++) {
			const cached = capture();
			// eslint-disable-next-line no-await-in-loop
			expect(await runScore([letters], {json: true}, cached.output)).toBe(0);
			expect(cached.out.join('')).toBe(fresh.out.join(''));
		}

		expect(await cachedCount()).toBe(letterNames.length);
		const exported = capture();
		const exportedFresh = capture();
		expect(await runExport([letters], {format: 'json'}, exported.output)).toBe(0);
		expect(await runExport([letters], {format: 'json', cache: false}, exportedFresh.output)).toBe(0);
		expect(exported.out.join('')).toBe(exportedFresh.out.join(''));
	});

	it('is left alone with --no-cache', async () => {
		const run = capture();
		expect(await runSearch(['politie', letters], {cache: false}, run.output)).toBe(0);
		expect(await runExport([letters], {cache: false}, capture().output)).toBe(0);
		expect(await cachedCount()).toBe(0);
	});

	it('is left alone by agree and reconcile with --no-cache, and used without it', async () => {
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', [['1', {type: 'set-verdict', verdict: 'clear'}]]));
		const b = await writeSidecar(path.join(folder, 'b.json'), await reviewOf(seedLetter, 'bram', [['1', {type: 'set-verdict', verdict: 'ambivalent'}]]));
		const output = {out: () => undefined, err: () => undefined};
		expect(await runAgree([a, b], {cache: false}, output)).toBe(0);
		expect(await runReconcile([a, b], {cache: false}, {...output, stdinIsTty: false, stdoutIsTty: false, env: {}})).toBe(0);
		expect(await cachedCount()).toBe(0);
		expect(await runAgree([a, b], {}, output)).toBe(0);
		expect(await cachedCount()).toBe(1);
	});
});

describe('the built command with the cache', () => {
	beforeAll(() => {
		ensureBuilt();
	}, 300_000);

	it('says in --help how to clear the cache', async () => {
		const {stdout} = await promisify(execFile)(process.execPath, [builtCli, '--help']);
		expect(stdout).toMatch(/--no-cache[\s\S]*~\/\.cache\/answer-review[\s\S]*delete that folder to clear it/u);
	});

	it('runs side by side with itself on one cache: every run gives what a run without the cache gives', async () => {
		const run = async (...flags: string[]) => (await promisify(execFile)(process.execPath, [builtCli, 'score', '--json', ...flags, letters], {env: process.env, maxBuffer: 1 << 26})).stdout;
		const fresh = await run('--no-cache');
		const together = await Promise.all([run(), run(), run()]);
		expect(together).toStrictEqual([fresh, fresh, fresh]);
		expect(await run()).toBe(fresh);
		expect(await cachedCount()).toBe(letterNames.length);
		// No temporary file of a write is left behind.
		const builds = path.join(folder, 'cache-home', 'answer-review', 'letters');
		const [build] = await readdir(builds);
		expect((await readdir(path.join(builds, build!))).every(name => /^[0-9a-f]{64}\.json$/u.test(name))).toBe(true);
	}, 180_000);
});
