#!/usr/bin/env node
// `npm run bench`: speed and memory figures, printed; never asserted (machines here are shared).
import {execFileSync} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {performance} from 'node:perf_hooks';
import {letterCacheFor, readLetterFile} from '../letter/index.js';
import {scoreLetter} from '../scoring/index.js';
import {buildBenchCorpus, textFilesIn} from './corpus.js';
import {availableParallelism} from 'node:os';
import {scoreFiles} from '../commands/score-files.js';
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
/** CPU time of this thread and its workers so far, in seconds: less swayed than the clock by other work on the machine. */
const cpuSeconds = () => {
	const {user, system} = process.cpuUsage();
	return (user + system) / 1e6;
};

// The bench never touches the user's cache of read letters: it gets one of its own, empty.
const cacheHome = await mkdtemp(path.join(tmpdir(), 'answer-review-bench-cache-'));
process.env['XDG_CACHE_HOME'] = cacheHome;

async function benchScoring(): Promise<void> {
	const sources = await textFilesIn([path.join(packageRoot, 'seeds'), path.join(packageRoot, 'test', 'fixtures', 'letters')]);
	const corpus = await buildBenchCorpus(sources, targetBytes, minimumLetters);
	try {
		console.log(`corpus: ${corpus.files.length} letters, ${fixed(mb(corpus.bytes))} MB (from ${sources.length} real letters) in ${corpus.folder}`);
		let peakRss = process.memoryUsage().rss;
		const sample = setInterval(() => {
			peakRss = Math.max(peakRss, process.memoryUsage().rss);
		}, 20);
		// Reading alone (decode, normalise, split into questions and answers), one thread: the part of
		// every figure below that no scoring change can remove.
		let start = performance.now();
		let cpu = cpuSeconds();
		for (const file of corpus.files) {
			await readLetterFile(file);
		}

		const reading = (performance.now() - start) / 1000;
		console.log(`read only (no scoring, no cache), one thread: ${fixed(reading, 2)} s (CPU ${fixed(cpuSeconds() - cpu, 2)} s), ${fixed(mb(corpus.bytes) / reading)} MB/s (target ≥ 60 MB/s)`);
		// One thread, as a library user calling readLetterFile and scoreLetter would.
		start = performance.now();
		let answers = 0;
		for (const file of corpus.files) {
			answers += scoreLetter(await readLetterFile(file)).answers.length;
		}

		const single = (performance.now() - start) / 1000;
		console.log(`score, one thread (no cache): ${fixed(single, 2)} s, ${fixed(mb(corpus.bytes) / single)} MB/s (target ≥ 15 MB/s), ${fixed(corpus.files.length / single, 0)} letters/s, ${answers} answers, peak RSS ${fixed(mb(peakRss), 0)} MB`);
		console.log(`  of which scoring (score minus reading): ${fixed(single - reading, 2)} s, ${fixed(100 * (single - reading) / single, 0)}% of the time; scoring alone ${fixed(mb(corpus.bytes) / (single - reading))} MB/s`);
		// As `answer-review score <folder>` does it: one worker thread per core, the cache of read
		// letters empty at first (every file of the corpus is distinct), so every letter is read and kept.
		(globalThis as {gc?: () => void}).gc?.();
		peakRss = process.memoryUsage().rss;
		const threads = Math.min(availableParallelism(), 4);
		const runCommand = async () => {
			const began = performance.now();
			// The command streams each scorecard out as it is ready; here it is counted and dropped.
			let failed = 0;
			await scoreFiles(corpus.files, {cache: letterCacheFor({}, process.env), onResult(result) {
				failed += 'error' in result ? 1 : 0;
			}});
			return {seconds: (performance.now() - began) / 1000, failed};
		};

		const cold = await runCommand();
		const seconds = cold.seconds;
		console.log(`score, as the command runs (${threads} threads, cache empty at first): ${fixed(seconds, 2)} s, ${fixed(mb(corpus.bytes) / seconds)} MB/s (target ≥ 25 MB/s), ${fixed(corpus.files.length / seconds, 0)} letters/s, ${cold.failed} failed, peak RSS ${fixed(mb(peakRss), 0)} MB (target ≤ 300 MB)`);
		const warm = await runCommand();
		clearInterval(sample);
		console.log(`score again, every letter in the cache (${threads} threads): ${fixed(warm.seconds, 2)} s, ${fixed(mb(corpus.bytes) / warm.seconds)} MB/s`);
		const cache = letterCacheFor({}, process.env);
		start = performance.now();
		cpu = cpuSeconds();
		for (const file of corpus.files) {
			await readLetterFile(file, {cache});
		}

		const cachedReading = (performance.now() - start) / 1000;
		console.log(`read only from the cache, one thread: ${fixed(cachedReading, 2)} s (CPU ${fixed(cpuSeconds() - cpu, 2)} s), ${fixed(mb(corpus.bytes) / cachedReading)} MB/s`);
		const rg = timeRipgrep(corpus.folder);
		if (rg === undefined) {
			console.log('ripgrep: not installed, no comparison');
		} else {
			console.log(`ripgrep (same phrase lists, same files, all cores): ${fixed(rg, 2)} s; answer-review score takes ${fixed(seconds / rg, 1)}× ripgrep`);
		}

		// Search over the same corpus: every question of every letter.
		const letters: Letter[] = [];
		for (const file of corpus.files) {
			letters.push(await readLetterFile(file, {cache}));
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

/** Cold starts, process start to first frame, in milliseconds (medians). */
type ColdFirstFrames = {
	/** The baseline: a one-line Ink app, run as plain ES modules from node_modules. */
	readonly minimal: number;
	/** The reviewer on the seed letter, from dist/app/ as the CLI ships. */
	readonly reviewer: number;
	/** The same one-line app from the same bundle: what is left is the reviewer's own work. */
	readonly minimalBundled: number;
};

/** Median of cold starts, alternating the three. */
function coldFirstFrames(seed: string, runs = 7): ColdFirstFrames {
	const unbundled = path.join(path.dirname(fileURLToPath(import.meta.url)), 'first-frame-child.js');
	const bundled = path.join(packageRoot, 'dist', 'app', 'first-frame-child.js');
	const time = (child: string, ...args: string[]) => Number(execFileSync(process.execPath, [child, ...args], {encoding: 'utf8'}).trim());
	const minimal: number[] = [];
	const reviewer: number[] = [];
	const minimalBundled: number[] = [];
	for (let run = 0; run < runs; run++) {
		minimal.push(time(unbundled, 'minimal'));
		reviewer.push(time(bundled, 'reviewer', seed));
		minimalBundled.push(time(bundled, 'minimal'));
	}

	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	return {minimal: median(minimal), reviewer: median(reviewer), minimalBundled: median(minimalBundled)};
}

/** The picker on a folder of 2,000 distinct letters: process start to the first frame that lists letters, each run with an empty cache. */
async function pickerFirstRows(runs = 5): Promise<{letters: number; ms: number; runs: number}> {
	const sources = await textFilesIn([path.join(packageRoot, 'seeds'), path.join(packageRoot, 'test', 'fixtures', 'letters')]);
	const corpus = await buildBenchCorpus(sources, 0, minimumLetters);
	const child = path.join(packageRoot, 'dist', 'app', 'first-frame-child.js');
	try {
		const times: number[] = [];
		for (let run = 0; run < runs; run++) {
			const home = await mkdtemp(path.join(cacheHome, 'picker-'));
			times.push(Number(execFileSync(process.execPath, [child, 'picker', corpus.folder], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: home}}).trim()));
		}

		return {letters: corpus.files.length, ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, runs};
	} finally {
		await rm(corpus.folder, {recursive: true, force: true});
	}
}

async function benchReviewerScreens(): Promise<void> {
	process.env.NODE_ENV ??= 'production';
	const seed = path.join(packageRoot, 'seeds', 'kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');
	const longestFile = path.join(packageRoot, 'test', 'fixtures', 'letters', 'ah-tk-20242025-595.txt');
	const cold = coldFirstFrames(seed);
	console.log(`reviewer first frame from process start (as shipped, dist/app/): ${fixed(cold.reviewer, 0)} ms vs one-line Ink app ${fixed(cold.minimal, 0)} ms = ${fixed(cold.reviewer / cold.minimal, 2)}× (target ≤ 1.3×)`);
	console.log(`  like for like, the one-line app bundled the same way: ${fixed(cold.minimalBundled, 0)} ms; the reviewer's own start-up work: ${fixed(cold.reviewer - cold.minimalBundled, 0)} ms (${fixed(cold.reviewer / cold.minimalBundled, 2)}×)`);
	const {benchReviewer} = await import('../ui/bench.js');
	const picker = await pickerFirstRows();
	console.log(`picker on a folder of ${picker.letters} letters, cache empty: first rows listed ${fixed(picker.ms, 0)} ms from process start (median of ${picker.runs}; target ≤ 1000 ms); one-line Ink app ${fixed(cold.minimal, 0)} ms`);
	const result = await benchReviewer({seed: await readLetterFile(seed), longest: await readLetterFile(longestFile)});
	console.log(`reviewer render only (warm, in process): first frame ${fixed(result.firstFrameMs)} ms vs one-line app ${fixed(result.minimalFirstFrameMs, 2)} ms`);
	console.log(`navigation on the longest letter (${result.longestAnswers} answers): median ${fixed(result.navigationMedianMs)} ms per step over ${result.navigationSteps} steps (target ≤ 16 ms)`);
}

const only = process.argv[2];
if (only === undefined || only === 'score') {
	await benchScoring();
}

if (only === undefined || only === 'formats') {
	const {benchLetterFormats, formatFormatBench} = await import('./letter-formats.js');
	console.log(formatFormatBench(await benchLetterFormats(path.join(packageRoot, 'test', 'fixtures', 'letters'))));
	const {benchWordCache, formatWordCacheBench} = await import('./word-cache.js');
	console.log(formatWordCacheBench(await benchWordCache(path.join(packageRoot, 'dist', 'app', 'cli.js'), path.join(packageRoot, 'test', 'fixtures', 'letters'))));
	const {benchBombs, formatBombBench} = await import('./bombs.js');
	console.log(formatBombBench(await benchBombs(path.join(packageRoot, 'dist', 'app', 'cli.js'))));
}

if (only === undefined || only === 'reviewer') {
	await benchReviewerScreens();
}

await rm(cacheHome, {recursive: true, force: true});
