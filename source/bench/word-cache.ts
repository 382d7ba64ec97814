// Bench: `search` over a folder of 40 distinct Word letters, run twice as a user would run it: the
// first run reads every letter (mammoth) and fills the cache, the second takes them from the cache.
import {execFileSync} from 'node:child_process';
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {performance} from 'node:perf_hooks';
import JSZip from 'jszip';

/** The two runs of the same search, in milliseconds from process start to exit. */
export type WordCacheBench = {
	readonly letters: number;
	readonly query: string;
	readonly firstMs: number;
	readonly secondMs: number;
	/** Whether both runs printed exactly the same results. */
	readonly same: boolean;
	/** Hits of the search (the second run has as many when `same`). */
	readonly hits: number;
};

/** Letters in the folder, as the issue asks. */
export const wordBenchLetters = 40;

/**
 * Writes `count` distinct Word letters into `folder`, varied from the .docx letters in `fixtures`:
 * each copy's first line of text starts with its own number, so every file's bytes and text differ.
 */
export async function writeDistinctWordLetters(fixtures: string, folder: string, count = wordBenchLetters): Promise<string[]> {
	const sources = (await readdir(fixtures)).filter(name => name.endsWith('.docx')).sort();
	const written: string[] = [];
	for (let index = 0; index < count; index++) {
		const source = sources[index % sources.length]!;
		// eslint-disable-next-line no-await-in-loop
		const zip = await JSZip.loadAsync(await readFile(path.join(fixtures, source)));
		const body = zip.file('word/document.xml');
		if (body === null) {
			throw new Error(`${source}: no word/document.xml`);
		}

		// eslint-disable-next-line no-await-in-loop
		const xml = await body.async('string');
		zip.file('word/document.xml', xml.replace(/<w:t(?: [^>]*)?>/u, opening => `${opening}Kopie ${index + 1}. `));
		const file = path.join(folder, `${String(index + 1).padStart(2, '0')}-${source}`);
		// eslint-disable-next-line no-await-in-loop
		await writeFile(file, await zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'}));
		written.push(file);
	}

	return written;
}

/** Runs `answer-review search <query> <folder> --json` twice with an empty cache folder of its own. */
export async function benchWordCache(cli: string, fixtures: string, query = 'politie'): Promise<WordCacheBench> {
	const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-bench-word-'));
	try {
		const letters = path.join(folder, 'letters');
		await mkdir(letters);
		const files = await writeDistinctWordLetters(fixtures, letters);
		const env = {...process.env, XDG_CACHE_HOME: path.join(folder, 'cache')};
		const run = () => {
			const start = performance.now();
			const output = execFileSync(process.execPath, [cli, 'search', query, letters, '--json', '--limit', '1000'], {env, encoding: 'utf8', maxBuffer: 1 << 26});
			return {ms: performance.now() - start, output};
		};

		const first = run();
		const second = run();
		return {
			letters: files.length,
			query,
			firstMs: first.ms,
			secondMs: second.ms,
			same: first.output === second.output,
			hits: (JSON.parse(first.output) as {results: unknown[]}).results.length,
		};
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
}

/** The bench as a printed line. */
export function formatWordCacheBench(bench: WordCacheBench): string {
	const ratio = bench.firstMs / bench.secondMs;
	return `search over ${bench.letters} distinct Word letters ("${bench.query}", ${bench.hits} hits), first run ${bench.firstMs.toFixed(0)} ms, second (cached) ${bench.secondMs.toFixed(0)} ms: ${ratio.toFixed(1)}× faster (target ≥ 5×), ${bench.same ? 'same results' : 'RESULTS DIFFER'}`;
}
