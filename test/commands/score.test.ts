import {execFile, spawn, spawnSync} from 'node:child_process';
import {closeSync, existsSync, openSync} from 'node:fs';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {promisify} from 'node:util';
import {beforeAll, describe, expect, it} from 'vitest';
import {runScore, scorePaths} from '../../source/commands/score.js';
import {scorecardsToJson} from '../../source/commands/score-json.js';
import {formatScoreTable} from '../../source/commands/score-format.js';
import {firstWords} from '../../source/text/width.js';
import {formatScoreMarkdown, markdownCell} from '../../source/commands/score-markdown.js';
import {builtCli, bundleMeta, ensureBuilt} from '../built.js';

const run = promisify(execFile);
const seed = 'test/fixtures/letters/seed-digitale-soevereiniteit.txt';

async function score(paths: string[], flags: {json?: boolean; markdown?: boolean} = {}) {
	let out = '';
	let err = '';
	const code = await runScore(paths, flags, {out: text => { out += text; }, err: text => { err += text; }});
	return {code, out, err};
}

describe('answer-review score', () => {
	it('prints a compact table with number, clarity, score, flags and the first words of the question', async () => {
		const {code, out, err} = await score([seed]);
		expect(code).toBe(0);
		expect(err).toBe('');
		expect(out).toMatch(/^\s+1\s+clear\s+\d+\s+\S{4}\s+Kunt u toelichten waarom/mu);
		expect(out).toMatch(/^\s+22\s+clear\s+100\s+Y···\s+Kunt u de vragen afzonderlijk/mu);
		expect(out).toContain('22 questions, 22 answered');
	});

	it('gives every answered question its asks: what it asks, of what kind, and whether the answer addresses it', async () => {
		const {code, out} = await score([seed], {json: true});
		expect(code).toBe(0);
		type JsonAsk = {text: string; start: number; end: number; kind: string; addressed: boolean | null; evidence: Array<{rule: string; text: string; start: number; end: number}>};
		const {letters: [letter]} = JSON.parse(out) as {letters: Array<{answers: Array<{number: number; question: string; answer: string | null; asks: JsonAsk[]}>}>};
		for (const answer of letter!.answers) {
			expect(answer.asks.length, `question ${answer.number}`).toBeGreaterThan(0);
			for (const ask of answer.asks) {
				expect(answer.question.slice(ask.start, ask.end)).toBe(ask.text);
				for (const hit of ask.evidence) {
					expect(answer.answer?.slice(hit.start, hit.end)).toBe(hit.text);
				}
			}
		}

		const asks = (number: number) => letter!.answers.find(answer => answer.number === number)!.asks;
		expect(asks(2).map(ask => ask.kind)).toContain('when');
		expect(asks(4).length).toBeGreaterThanOrEqual(3);
		expect(asks(4).map(ask => ask.kind)).toContain('which');
		expect(asks(4).some(ask => ask.addressed === false)).toBe(true);
		expect(asks(6).find(ask => ask.kind === 'yes-no')?.addressed).toBe(true);
	});

	it('prints the documented JSON shape', async () => {
		const {code, out} = await score([seed], {json: true});
		expect(code).toBe(0);
		const document = JSON.parse(out) as {version: number; letters: Array<{source: string; meta: Record<string, unknown>; answers: Array<Record<string, unknown>>}>};
		expect(document.version).toBe(1);
		const [letter] = document.letters;
		expect(letter!.source).toBe(seed);
		expect(letter!.meta).toMatchObject({date: '2026-06-25', caseNumber: '2026Z12034', askedBy: 'Van den Berg', party: 'JA21', submitted: '2026-06-04'});
		// Every fact is a key; one the letter does not state is null.
		expect(Object.keys(letter!.meta)).toEqual(expect.arrayContaining(['date', 'reference', 'subject', 'askedBy', 'party', 'submitted', 'received', 'caseNumber', 'aanhangselNumber', 'daysToAnswer']));
		expect(letter!.meta.aanhangselNumber).toBeNull();
		const twenty = letter!.answers[19] as {number: number; flags: {deflects: {value: boolean; evidence: Array<{rule: string; text: string; start: number; end: number}>}}; clarity: string; answer: string};
		expect(twenty.number).toBe(20);
		expect(twenty.flags.deflects.value).toBe(true);
		const [hit] = twenty.flags.deflects.evidence;
		expect(twenty.answer.slice(hit!.start, hit!.end)).toBe(hit!.text);
		expect(Object.keys(letter!.answers[0]!)).toEqual(expect.arrayContaining(['number', 'question', 'answer', 'closed', 'flags', 'clarity', 'score']));
	});

	it('prints Markdown with the evidence quoted', async () => {
		const {code, out} = await score([seed], {markdown: true});
		expect(code).toBe(0);
		expect(out).toMatch(/^## digitale soevereiniteit/mu);
		expect(out).toContain('| 20 | ');
		expect(out).toContain('deflects.cross-reference: “Zie het antwoord op vraag 6”');
	});

	it('scores a folder recursively, reports each failure on one line and exits 1', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-score-'));
		await writeFile(path.join(folder, 'goed.txt'), 'Vraag 1\nKlopt het?\nAntwoord 1\nJa.\n');
		await writeFile(path.join(folder, 'leeg.txt'), '');
		const {code, out, err} = await score([folder, path.join(folder, 'weg.txt')]);
		expect(code).toBe(1);
		expect(out).toContain('goed.txt');
		expect(err.trim().split('\n')).toEqual([
			`error: ${path.join(folder, 'weg.txt')}: no such file or folder`,
			`error: ${path.join(folder, 'leeg.txt')}: the file is empty`,
		]);
	});

	it('streams letter by letter exactly the document the whole list would give', async () => {
		const letters = ['test/fixtures/letters/ah-tk-20242025-573.txt', 'test/fixtures/letters/ah-tk-20242025-585.txt', seed];
		const {scorecards} = await scorePaths(letters);
		expect((await score(letters, {json: true})).out).toBe(`${JSON.stringify(scorecardsToJson(scorecards), null, 2)}\n`);
		expect((await score(letters, {markdown: true})).out).toBe(scorecards.map(scorecard => formatScoreMarkdown(scorecard)).join('\n\n'));
		expect((await score(letters)).out).toBe(`${scorecards.map(scorecard => formatScoreTable(scorecard)).join('\n\n')}\n`);
		expect((await score(['missing.txt'], {json: true})).out).toBe(`${JSON.stringify(scorecardsToJson([]), null, 2)}\n`);
	});

	it('never prints raw control or bidi characters in JSON, even from a file name', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-score-'));
		const hostile = path.join(folder, 'brief\u009B31m\u202EX.txt');
		await writeFile(hostile, 'Vraag 1\nKlopt het?\nAntwoord 1\nJa.\n');
		const {code, out} = await score([hostile], {json: true});
		expect(code).toBe(0);
		expect(out).not.toMatch(/[\u0080-\u009F\u202A-\u202E]/u);
		expect((JSON.parse(out) as {letters: Array<{source: string}>}).letters[0]?.source).toBe(hostile);
	});

	it('is a usage error without paths or with two output formats', async () => {
		expect((await score([])).code).toBe(2);
		expect((await score([seed], {json: true, markdown: true})).code).toBe(2);
	});
});

describe('the built command line', () => {
	const cli = builtCli;
	beforeAll(() => {
		ensureBuilt();
	}, 180_000);

	it('exits 2 with one line for a usage error, and never prints a stack trace', async () => {
		const result = await run('node', [cli, 'score']).catch((error: {code: number; stderr: string}) => error);
		expect(result).toMatchObject({code: 2});
		expect((result as {stderr: string}).stderr.trim().split('\n')).toHaveLength(1);
	});

	it('refuses a mistyped flag in one line (exit 2) instead of ignoring it or reading the next file name as its value', async () => {
		for (const args of [['score', seed, '--jsn'], ['score', '--bogus', seed], ['score', '-x', seed]]) {
			// eslint-disable-next-line no-await-in-loop
			const result = await run('node', [cli, ...args]).catch((error: {code: number; stdout: string; stderr: string}) => error);
			expect(result).toMatchObject({code: 2, stdout: ''});
			expect((result as {stderr: string}).stderr).toMatch(/^answer-review: unknown option -\S+ \(see --help\)\n$/u);
		}
	});

	it('takes a value that starts with "-" only as --flag=value, and says so in one line', async () => {
		const refused = await run('node', [cli, 'export', seed, '--reviewer', '-anna']).catch((error: {code: number; stdout: string; stderr: string}) => error);
		expect(refused).toMatchObject({code: 2, stderr: 'answer-review: --reviewer needs a value; for one that starts with "-", write --reviewer=-anna\n'});
		expect((await run('node', [cli, 'export', seed, '--reviewer=-anna'])).stdout).toContain('# Scorecard');
		const forgotten = await run('node', [cli, 'export', seed, '--reviewer', '--json']).catch((error: {code: number; stdout: string; stderr: string}) => error);
		expect(forgotten).toMatchObject({code: 2, stderr: 'answer-review: --reviewer needs a value\n'});
	});

	it('refuses a flag another command reads, in one line (exit 2), instead of printing as if it were not there', async () => {
		for (const [args, message] of [
			[['score', seed, '--format', 'json'], 'answer-review: --format is not an option of score (see --help)\n'],
			[['search', 'cloud', seed, '--markdown'], 'answer-review: --markdown is not an option of search (see --help)\n'],
			[['export', seed, '--json'], 'answer-review: --json is not an option of export; write --format json\n'],
			[['export', seed, '--no-json'], 'answer-review: --json is not an option of export (see --help)\n'],
			[[seed, '--limit=3'], 'answer-review: --limit is not an option of the reviewer (see --help)\n'],
		] as const) {
			// eslint-disable-next-line no-await-in-loop
			const result = await run('node', [cli, ...args]).catch((error: {code: number; stdout: string; stderr: string}) => error);
			expect(result).toMatchObject({code: 2, stdout: '', stderr: message});
		}
	});

	it('says in one line that the output is incomplete when interrupted with Ctrl-C, exit 130', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-sigint-'));
		const letter = await readFile('test/fixtures/letters/ah-tk-20242025-595.txt');
		await Promise.all(Array.from({length: 400}, async (_, index) => writeFile(path.join(folder, `${index}.txt`), letter)));
		const child = spawn('node', [cli, 'score', folder, '--json'], {stdio: ['ignore', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString();
			if (stdout.length > 0 && !child.killed) {
				child.kill('SIGINT');
			}
		});
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString();
		});
		const code = await new Promise<number | null>(resolve => {
			child.on('close', resolve);
		});
		expect(code).toBe(130);
		expect(stderr).toMatch(/^answer-review score: interrupted after \d+ letters?; the output is incomplete\n$/u);
	}, 180_000);

	it('shows the help for --help or -h after a command, exit 0', async () => {
		for (const flag of ['--help', '-h']) {
			// eslint-disable-next-line no-await-in-loop
			const result = await run('node', [cli, 'score', flag]);
			expect(result.stdout).toContain('Usage');
		}
	});

	it('names a broken PDF in one line, with none of pdf.js\'s own warnings', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-score-'));
		const broken = path.join(folder, 'kapot.pdf');
		await writeFile(broken, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
		const result = await run('node', [cli, 'score', broken]).catch((error: {code: number; stdout: string; stderr: string}) => error);
		expect(result).toMatchObject({code: 1, stdout: ''});
		expect((result as {stderr: string}).stderr).toMatch(/^error: \S+kapot\.pdf: the PDF cannot be read \([^\n]*\)\n$/u);
	});

	it('exits 1 naming a missing file, and still scores the rest', async () => {
		const result = await run('node', [cli, 'score', seed, 'missing letter.txt']).catch((error: {code: number; stdout: string; stderr: string}) => error);
		expect(result).toMatchObject({code: 1});
		expect((result as {stdout: string}).stdout).toContain('22 questions');
		expect((result as {stderr: string}).stderr).toBe('error: missing letter.txt: no such file or folder\n');
	});

	it.skipIf(!existsSync('/dev/full'))('says in one line that the output cannot be written to a full disk, exit 1', () => {
		const full = openSync('/dev/full', 'w');
		try {
			const result = spawnSync(process.execPath, [cli, 'score', seed], {stdio: ['ignore', full, 'pipe'], encoding: 'utf8'});
			expect(result.status).toBe(1);
			expect(result.stderr).toMatch(/^answer-review: cannot write the output \(ENOSPC[^\n]*\)\n$/u);
		} finally {
			closeSync(full);
		}
	});

	// A module hook reports every bundled file loaded; the bundle's metafile says which sources each holds.
	// The positive control (the bench's one-line Ink app, from the same bundle) proves the check sees ink.
	const hook = "export async function resolve(specifier, context, next) { const found = await next(specifier, context); if (found.url.includes('/dist/app/')) console.error('LOADED ' + found.url); return found; }";
	const reportImports = `data:text/javascript,${encodeURIComponent(`import {register} from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`)}`;
	const packagesIn = async (stderr: string) => {
		const meta = JSON.parse(await readFile(bundleMeta, 'utf8')) as {outputs: Record<string, {inputs: Record<string, unknown>}>};
		const loaded = [...stderr.matchAll(/^LOADED file:\/\/.*\/dist\/app\/(\S+)$/gmu)].map(([, file]) => `dist/app/${file}`);
		expect(loaded.length).toBeGreaterThan(0);
		return new Set(loaded.flatMap(file => Object.keys(meta.outputs[file]?.inputs ?? {}))
			.map(input => /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(input)?.[1])
			.filter(name => name !== undefined));
	};

	it('does not load ink or react for score (and the check would see them)', async () => {
		const control = await run('node', ['--import', reportImports, path.join(path.dirname(cli), 'first-frame-child.js'), 'minimal'], {env: {...process.env, NODE_ENV: 'production'}});
		const controlPackages = await packagesIn(control.stderr);
		expect(controlPackages).toContain('ink');
		expect(controlPackages).toContain('react');
		const scored = await run('node', ['--import', reportImports, cli, 'score', seed]);
		expect(scored.stdout).toContain('22 questions');
		const scoredPackages = await packagesIn(scored.stderr);
		expect(scoredPackages).toContain('meow');
		for (const banned of ['ink', 'react', 'react-reconciler', 'yoga-layout']) {
			expect(scoredPackages).not.toContain(banned);
		}
	});
});

describe('a Markdown table cell', () => {
	it('escapes markup from the letter (HTML tags, pipes) and never ends in half an escape', () => {
		expect(markdownCell('Zie <script>alert(1)</script> | en *dit*')).toBe(String.raw`Zie \<script\>alert(1)\</script\> \| en \*dit\*`);
		expect(markdownCell('abcd|efgh', 5)).toBe('abcd…');
		expect(markdownCell('abc|efgh', 5)).toBe('abc…');
	});
});

describe('the first words of a question', () => {
	it('cuts between whole characters, counting wide ones as two columns', () => {
		expect(firstWords('Klopt het bericht dat de minister …', 12)).toBe('Klopt het b…');
		expect(firstWords('Vlag 🇳🇱 en duim 👍🏽 erbij', 8)).toBe('Vlag 🇳🇱…');
		expect(firstWords('Vlag 🇳🇱 en duim 👍🏽 erbij', 7)).toBe('Vlag…');
		expect(firstWords('漢字漢字漢字', 7)).toBe('漢字漢…');
		expect(firstWords('Kort', 10)).toBe('Kort');
	});
});
