#!/usr/bin/env node
// `npm run bench`: speed and memory figures, printed; never asserted (machines here are shared).
import {execFileSync} from 'node:child_process';
import {rm} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import {readLetterFile} from '../letter/index.js';
import {scoreLetter} from '../scoring/index.js';
import {buildBenchCorpus, textFilesIn} from './corpus.js';
import {ripgrepPatterns} from './ripgrep-patterns.js';
import {entriesFromLetters} from '../search/index.js';
import {benchSearch, formatSearchBench} from '../search/bench.js';
import type {Letter} from '../letter/model.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// About 40 MB in about 2,000 letters, as the issue asks: enough to show throughput, small enough for CI.
const targetBytes = 40 * 1024 * 1024;
const minimumLetters = 2000;

const mb = (bytes: number) => bytes / (1024 * 1024);
const fixed = (value: number, digits = 1) => value.toFixed(digits);

async function benchScoring(): Promise<void> {
	const sources = await textFilesIn([path.join(packageRoot, 'seeds'), path.join(packageRoot, 'test', 'fixtures', 'letters')]);
	const corpus = await buildBenchCorpus(sources, targetBytes, minimumLetters);
	try {
		console.log(`corpus: ${corpus.files.length} letters, ${fixed(mb(corpus.bytes))} MB (from ${sources.length} real letters) in ${corpus.folder}`);
		let peakRss = process.memoryUsage().rss;
		const start = performance.now();
		let answers = 0;
		for (const file of corpus.files) {
			const scorecard = scoreLetter(await readLetterFile(file));
			answers += scorecard.answers.length;
			peakRss = Math.max(peakRss, process.memoryUsage().rss);
		}

		const seconds = (performance.now() - start) / 1000;
		console.log(`score: ${fixed(seconds, 2)} s, ${fixed(mb(corpus.bytes) / seconds)} MB/s, ${fixed(corpus.files.length / seconds, 0)} letters/s, ${answers} answers, peak RSS ${fixed(mb(peakRss), 0)} MB`);
		const rg = timeRipgrep(corpus.folder);
		if (rg === undefined) {
			console.log('ripgrep: not installed, no comparison');
		} else {
			console.log(`ripgrep (same phrase lists, same files): ${fixed(rg, 2)} s; answer-review takes ${fixed(seconds / rg, 1)}× ripgrep`);
		}

		// Search over the same corpus: every question of every letter.
		const letters: Letter[] = [];
		for (const file of corpus.files) {
			letters.push(await readLetterFile(file));
		}

		console.log(formatSearchBench(await benchSearch(entriesFromLetters(letters))));
	} finally {
		await rm(corpus.folder, {recursive: true, force: true});
	}
}

function timeRipgrep(folder: string): number | undefined {
	try {
		execFileSync('rg', ['--version'], {stdio: 'ignore'});
	} catch {
		return undefined;
	}

	const start = performance.now();
	const args = ['--count', '--ignore-case', '--no-messages', ...ripgrepPatterns().flatMap(pattern => ['-e', pattern]), folder];
	try {
		execFileSync('rg', args, {stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 26});
	} catch {
		// rg exits 1 when nothing matched; the time still counts.
	}

	return (performance.now() - start) / 1000;
}

await benchScoring();
