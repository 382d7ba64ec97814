import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {homedir, tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {LetterCache, letterCacheFor, letterCacheRoot, readLetterFile, type Letter} from '../../../source/letter/index.js';
import {toolHash} from '../../../source/letter/letter-cache.js';
import {scoreLetter} from '../../../source/scoring/index.js';

const fixtures = path.resolve('test/fixtures/letters');
const seed = path.resolve('seeds/kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');

let folder = '';
let cache: LetterCache;
beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'letter-cache-test-'));
	cache = new LetterCache({root: path.join(folder, 'cache'), tool: toolHash()});
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

/** The cache's entry files. */
async function entries(): Promise<string[]> {
	const builds = path.join(folder, 'cache', 'letters');
	const found: string[] = [];
	for (const build of await readdir(builds).catch(() => [])) {
		found.push(...(await readdir(path.join(builds, build))).map(name => path.join(builds, build, name)));
	}

	return found;
}

/** A copy of the seed letter in the test folder, under `name`, with `change` applied to its text. */
async function letterFile(name: string, change = (text: string) => text): Promise<string> {
	const file = path.join(folder, name);
	await writeFile(file, change(await readFile(seed, 'utf8')));
	return file;
}

/** Rewrites the one cache entry so its first question says `text`: a hit then shows that text. */
async function markEntry(text: string): Promise<void> {
	const [entry] = await entries();
	const stored = JSON.parse(await readFile(entry!, 'utf8')) as {letter: {questions: Array<{text: string}>}};
	stored.letter.questions[0]!.text = text;
	await writeFile(entry!, JSON.stringify(stored));
}

describe('the cache of read letters', () => {
	it('keeps a letter on the first read and gives it back on the next, under the path it is read from', async () => {
		const file = await letterFile('a.txt');
		const first = await readLetterFile(file, {cache});
		expect(await entries()).toHaveLength(1);
		await markEntry('from the cache');
		const copy = await letterFile('b.txt');
		const second = await readLetterFile(copy, {cache});
		expect(second.questions[0]!.text).toBe('from the cache');
		expect(second.source).toBe(copy);
		expect({...second, source: file, questions: first.questions}).toStrictEqual(first);
	});

	it('reads a file again when its bytes changed', async () => {
		const file = await letterFile('a.txt');
		await readLetterFile(file, {cache});
		await markEntry('from the cache');
		await letterFile('a.txt', text => text.replace('Vraag 1', 'Vraag 1').replace('exitplan', 'uitstapplan'));
		const again = await readLetterFile(file, {cache});
		expect(again.questions[0]!.text).not.toBe('from the cache');
		expect(await entries()).toHaveLength(2);
	});

	it.each([
		['cut off', (text: string) => text.slice(0, text.length / 2)],
		['not JSON', () => '\u0000\u0001garbage'],
		['empty', () => ''],
		['of another shape', () => JSON.stringify({version: 1, bytes: 'x', letter: {}})],
		['for other bytes', (text: string) => text.replace(/"bytes":"[0-9a-f]+"/u, '"bytes":"0000"')],
		['with a question of the wrong shape', (text: string) => text.replace(/"number":1,/u, '"number":"1",')],
	])('ignores an entry that is %s, reads the letter and writes the entry again', async (_, spoil) => {
		const file = await letterFile('a.txt');
		const fresh = await readLetterFile(file);
		await readLetterFile(file, {cache});
		const [entry] = await entries();
		const good = await readFile(entry!, 'utf8');
		await writeFile(entry!, spoil(good));
		expect(await readLetterFile(file, {cache})).toStrictEqual(fresh);
		expect(await readFile(entry!, 'utf8')).toBe(good);
	});

	it('reads on without an error when an entry cannot be read or written', async () => {
		const file = await letterFile('a.txt');
		const fresh = await readLetterFile(file);
		await readLetterFile(file, {cache});
		const [entry] = await entries();
		await rm(entry!);
		// A folder where the entry should be: it can be neither read nor replaced.
		await mkdir(entry!);
		expect(await readLetterFile(file, {cache})).toStrictEqual(fresh);
		expect(await readLetterFile(file, {cache})).toStrictEqual(fresh);
	});

	it('reads on without an error when the cache folder cannot be made', async () => {
		const file = await letterFile('a.txt');
		// A file where the cache folder should be.
		await writeFile(path.join(folder, 'blocked'), '');
		const blocked = new LetterCache({root: path.join(folder, 'blocked'), tool: toolHash()});
		expect(await readLetterFile(file, {cache: blocked})).toStrictEqual(await readLetterFile(file));
	});

	it('keeps the letters of another build apart', async () => {
		const file = await letterFile('a.txt');
		await readLetterFile(file, {cache});
		await markEntry('from the cache');
		const otherBuild = new LetterCache({root: path.join(folder, 'cache'), tool: 'f'.repeat(64)});
		expect((await readLetterFile(file, {cache: otherBuild})).questions[0]!.text).not.toBe('from the cache');
		expect(await entries()).toHaveLength(2);
	});

	it('does not keep a file that is no letter', async () => {
		const file = path.join(folder, 'empty.txt');
		await writeFile(file, '   \n');
		await expect(readLetterFile(file, {cache})).rejects.toThrow('empty.txt: the file is empty');
		await expect(readLetterFile(file, {cache})).rejects.toThrow('empty.txt: the file is empty');
		expect(await entries()).toHaveLength(0);
	});

	it('gives every fixture letter (text, Word) back exactly as read, and so the same scorecard', async () => {
		const files = (await readdir(fixtures)).filter(name => /\.(?:txt|docx)$/u.test(name)).map(name => path.join(fixtures, name));
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			/* eslint-disable no-await-in-loop */
			const fresh = await readLetterFile(file);
			await readLetterFile(file, {cache});
			const cached: Letter = await readLetterFile(file, {cache});
			/* eslint-enable no-await-in-loop */
			expect(cached, file).toStrictEqual(fresh);
			expect(JSON.stringify(scoreLetter(cached)), file).toBe(JSON.stringify(scoreLetter(fresh)));
		}

		expect(await entries()).toHaveLength(files.length);
	}, 180_000);
});

describe('where the cache lives', () => {
	it('is $XDG_CACHE_HOME/answer-review, else ~/.cache/answer-review', () => {
		expect(letterCacheRoot({XDG_CACHE_HOME: '/var/cache/me'})).toBe(path.join('/var/cache/me', 'answer-review'));
		expect(letterCacheRoot({})).toBe(path.join(homedir(), '.cache', 'answer-review'));
		// The XDG spec: a relative path is ignored.
		expect(letterCacheRoot({XDG_CACHE_HOME: 'relative/cache'})).toBe(path.join(homedir(), '.cache', 'answer-review'));
	});

	it('is not used with --no-cache', () => {
		expect(letterCacheFor({cache: false}, {XDG_CACHE_HOME: folder})).toBeUndefined();
		expect(letterCacheFor({}, {XDG_CACHE_HOME: folder})?.location.root).toBe(path.join(folder, 'answer-review'));
	});

	it('is a temporary folder in the tests, never the user\'s', () => {
		expect(process.env['XDG_CACHE_HOME']).toContain(tmpdir());
	});
});
