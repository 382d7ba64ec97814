import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {LetterCache, readLetterFile, type LetterCacheLocation} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import {describeFailure} from './output.js';

/** One file's scorecard, or the one-line reason it could not be read. */
export type FileResult = {readonly scorecard: Scorecard} | {readonly error: string};

/** Reads (or takes from the cache) and scores one file, in this thread. */
export async function scoreOne(file: string, cache?: LetterCache): Promise<FileResult> {
	try {
		return {scorecard: scoreLetter(await readLetterFile(file, {cache}))};
	} catch (error) {
		return {error: describeFailure(file, error)};
	}
}

const builtWorker = fileURLToPath(new URL('score-worker.js', import.meta.url));
/** Progress and streaming for scoreFiles. */
export type ScoreFilesOptions = {
	/** Called as files finish: how many are done and the latest one. */
	readonly onProgress?: (done: number, current: string) => void;
	/** Called with each result in the order of the files; results are then not returned. */
	readonly onResult?: (result: FileResult) => void;
	/** Threads in all, this one included (default: one per core, at most 4). */
	readonly threads?: number;
	/** The worker script (default: the built score-worker.js beside this file); tests swap in a failing one. */
	readonly workerFile?: string;
	/** Letters read before: every thread reads from and adds to it. */
	readonly cache?: LetterCache | undefined;
};

/** What a score worker is started with. */
export type ScoreWorkerData = {
	/** The cache the worker opens too; undefined with --no-cache. */
	readonly cache?: LetterCacheLocation;
};

// Below this many letters, starting threads costs more than it saves.
const parallelFrom = 16;

/**
 * Reads and scores files, in order of `files`, on one worker thread per core when there are many
 * (scoring is CPU-bound and the machine has cores to spare), else in this thread. The source tree
 * run by the tests has no built worker: it scores in this thread.
 */
export async function scoreFiles(files: readonly string[], options: ScoreFilesOptions = {}): Promise<FileResult[]> {
	const {onProgress, onResult, workerFile = builtWorker, cache} = options;
	// With onResult, results are handed on in file order and not kept: memory stays flat.
	const kept: FileResult[] = [];
	const pending = new Map<number, FileResult>();
	let emitted = 0;
	const deliver = (index: number, result: FileResult) => {
		if (onResult === undefined) {
			kept[index] = result;
			return;
		}

		pending.set(index, result);
		for (let ready = pending.get(emitted); ready !== undefined; ready = pending.get(emitted)) {
			pending.delete(emitted);
			onResult(ready);
			emitted++;
		}
	};

	const threads = options.threads ?? Math.min(availableParallelism(), 4);
	if (files.length < parallelFrom || threads < 2 || !existsSync(workerFile)) {
		for (const [index, file] of files.entries()) {
			onProgress?.(index, file);
			// eslint-disable-next-line no-await-in-loop
			deliver(index, await scoreOne(file, cache));
		}

		return kept;
	}

	let next = 0;
	let done = 0;
	const finish = (index: number, result: FileResult) => {
		deliver(index, result);
		onProgress?.(++done, files[index]!);
	};

	// Files a worker had in hand when it failed or stopped: this thread scores them instead.
	const orphans: number[] = [];
	// This thread scores too, between handing files to the workers: one thread per core in all,
	// and half the scorecards need no copying between threads.
	const workers = Promise.all(Array.from({length: threads - 1}, async () => new Promise<void>(resolve => {
		const workerData: ScoreWorkerData = cache === undefined ? {} : {cache: cache.location};
		const worker = new Worker(workerFile, {workerData});
		const inHand = new Set<number>();
		let over = false;
		const end = () => {
			if (!over) {
				over = true;
				orphans.push(...inHand);
				inHand.clear();
				resolve();
			}
		};

		const send = () => {
			if (over) {
				return;
			}

			if (next < files.length) {
				const index = next++;
				inHand.add(index);
				worker.postMessage({index, file: files[index]});
			} else if (inHand.size === 0) {
				void worker.terminate();
			}
		};

		worker.on('message', (message: FileResult & {index: number}) => {
			const {index, ...result} = message;
			// A result that comes after the worker failed belongs to a file already handed back.
			if (over || !inHand.delete(index)) {
				return;
			}

			finish(index, result);
			send();
		});
		// A crashed worker is not an error of the files it held: they are scored here instead.
		worker.once('error', end);
		worker.once('exit', end);
		// Two files in hand, so a worker never waits for this thread to finish a letter.
		send();
		send();
	})));
	const ownNext = () => orphans.shift() ?? (next < files.length ? next++ : undefined);
	for (let index = ownNext(); index !== undefined; index = ownNext()) {
		// eslint-disable-next-line no-await-in-loop
		finish(index, await scoreOne(files[index]!, cache));
		// Let the workers' results in, and hand them their next file, between letters.
		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}

	await workers;
	// A worker that stopped after this thread ran out of files left its files here.
	for (let index = orphans.shift(); index !== undefined; index = orphans.shift()) {
		// eslint-disable-next-line no-await-in-loop
		finish(index, await scoreOne(files[index]!, cache));
	}

	return kept;
}
