import {mkdtemp, readFile, writeFile, readdir, mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** A temporary folder of letters built from real ones, and its size. */
export type BenchCorpus = {
	readonly folder: string;
	readonly files: readonly string[];
	readonly bytes: number;
};

/**
 * Writes `count` letters into a temp folder by cycling through the real UTF-8 letters in `sources`,
 * renumbering nothing: each copy is a real letter, so the benchmark reads what users read. Each
 * copy ends in a line of its own number, so no two files are the same and the cache of read letters
 * starts each run cold, as it would on an archive. Copies are grouped 100 to a subfolder, as a
 * researcher's archive would be.
 */
export async function buildBenchCorpus(sources: readonly string[], targetBytes: number, minimumLetters: number): Promise<BenchCorpus> {
	const texts = await Promise.all(sources.map(async source => ({name: path.basename(source), bytes: await readFile(source)})));
	const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-bench-'));
	const files: string[] = [];
	let bytes = 0;
	for (let index = 0; bytes < targetBytes || files.length < minimumLetters; index++) {
		const text = texts[index % texts.length]!;
		const sub = path.join(folder, `batch-${String(Math.floor(index / 100)).padStart(3, '0')}`);
		if (index % 100 === 0) {
			await mkdir(sub);
		}

		const file = path.join(sub, `${String(index).padStart(5, '0')}-${text.name}`);
		const copy = Buffer.concat([text.bytes, Buffer.from(`\n\n(kopie ${index + 1})\n`)]);
		await writeFile(file, copy);
		files.push(file);
		bytes += copy.length;
	}

	return {folder, files, bytes};
}

/** Every .txt file directly in the given folders. */
export async function textFilesIn(folders: readonly string[]): Promise<string[]> {
	const found: string[] = [];
	for (const folder of folders) {
		for (const entry of await readdir(folder)) {
			if (entry.endsWith('.txt')) {
				found.push(path.join(folder, entry));
			}
		}
	}

	return found.sort();
}
