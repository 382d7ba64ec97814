// The shipped command (dist/app/, bundled by esbuild) against the plain tsc build of the same
// sources: for every command and for bad input, the same output, errors and exit code, byte for byte.
// A bundle moves code away from the files it expects to sit beside; this is where that would show.
import {execFile} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {builtCli, ensureBuilt, root} from '../built.js';

const plainCli = path.join(root, 'dist', 'cli.js');
const letters = path.join(root, 'test', 'fixtures', 'letters');
const seed = path.join(root, 'seeds', 'kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');
const csv = path.join(root, 'test', 'fixtures', 'csv', 'kamervragen-limburg-questions-2024-11.csv');

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

async function run(cli: string, args: readonly string[], cwd: string): Promise<Run> {
	return new Promise(resolve => {
		execFile(process.execPath, [cli, ...args], {cwd, maxBuffer: 1 << 28, env: {...process.env, FORCE_COLOR: '0'}}, (error, stdout, stderr) => {
			resolve({code: error === null ? 0 : Number(error.code), stdout, stderr});
		});
	});
}

let folder = '';
beforeAll(async () => {
	ensureBuilt();
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-bundle-'));
	const {writeLetterPdf, writeScannedPdf} = await import('../../source/bench/write-letter-pdf.js');
	await writeFile(path.join(folder, 'brief.pdf'), await writeLetterPdf(['Vraag 1', 'Klopt het bericht?', 'Antwoord 1', 'Ja, dat klopt. Later dit jaar informeer ik uw Kamer.'], {footer: 'ah-tk-20242025-999'}));
	await writeFile(path.join(folder, 'scan.pdf'), await writeScannedPdf());
	await writeFile(path.join(folder, 'leeg.txt'), '');
	await writeFile(path.join(folder, 'plaatje.txt'), Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
}, 180_000);

afterAll(async () => {
	if (folder !== '') {
		await rm(folder, {recursive: true, force: true});
	}
});

const cases: ReadonlyArray<readonly [string, () => readonly string[]]> = [
	['score, a folder of text and Word letters, as JSON (worker threads)', () => ['score', letters, '--json']],
	['score, Markdown', () => ['score', seed, '--markdown']],
	['score, PDF letters (one without a text layer)', () => ['score', path.join(folder, 'brief.pdf'), path.join(folder, 'scan.pdf')]],
	['score, a CSV of letters', () => ['score', csv, '--column', 'text_content', '--name-column', 'name']],
	['score, bad input', () => ['score', path.join(folder, 'leeg.txt'), path.join(folder, 'plaatje.txt'), 'missing.txt']],
	['search', () => ['search', 'digid cloud', seed, '--json']],
	['export, CSV', () => ['export', seed, '--format', 'csv']],
	['export, JSON', () => ['export', seed, '--format', 'json']],
	['commitments', () => ['commitments', letters, '--csv']],
	['a usage error', () => ['score', seed, '--json', '--markdown']],
	['--version', () => ['--version']],
	['--help', () => ['--help']],
];

describe('the bundled command', () => {
	it.each(cases)('gives what the plain build gives: %s', async (_name, args) => {
		const [bundled, plain] = await Promise.all([run(builtCli, args(), folder), run(plainCli, args(), folder)]);
		expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
		expect(bundled).toEqual(plain);
	}, 180_000);
});
