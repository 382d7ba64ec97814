import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {scoreFiles, type FileResult} from '../../source/commands/score-files.js';

const letterFolder = path.join('test', 'fixtures', 'letters');
let folder: string;
let files: string[];

// Stand-in workers: they answer with an error line naming the file, and fail on their third file.
const failing = {
	throws: `import {parentPort} from 'node:worker_threads';
let seen = 0;
parentPort.on('message', ({index, file}) => {
	if (++seen === 3) throw new Error('boom');
	parentPort.postMessage({index, error: 'worker: ' + file});
});`,
	exits: `import {parentPort} from 'node:worker_threads';
let seen = 0;
parentPort.on('message', ({index, file}) => {
	if (++seen === 3) process.exit(3);
	parentPort.postMessage({index, error: 'worker: ' + file});
});`,
};

beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-workers-'));
	for (const [name, source] of Object.entries(failing)) {
		await writeFile(path.join(folder, `${name}.mjs`), source);
	}

	files = (await readdir(letterFolder)).filter(name => name.endsWith('.txt')).sort().slice(0, 20).map(name => path.join(letterFolder, name));
});

afterAll(async () => {
	await rm(folder, {recursive: true, force: true});
});

describe('scoreFiles with a worker that fails', () => {
	it.each(Object.keys(failing))('still delivers every file once, in order, when the worker %s', async name => {
		expect(files.length).toBeGreaterThanOrEqual(16);
		const results: FileResult[] = [];
		const progress: number[] = [];
		await scoreFiles(files, {threads: 2, workerFile: path.join(folder, `${name}.mjs`), onResult: result => results.push(result), onProgress: done => progress.push(done)});
		expect(results).toHaveLength(files.length);
		expect(progress.at(-1)).toBe(files.length);
		for (const [index, result] of results.entries()) {
			// Scored here (a scorecard of this file) or by the stand-in before it failed (its error line).
			if ('scorecard' in result) {
				expect(result.scorecard.source).toBe(files[index]);
			} else {
				expect(result.error).toBe(`worker: ${files[index]}`);
			}
		}

		// The stand-in answered its first two files before failing; the rest were scored here.
		expect(results.filter(result => 'error' in result)).toHaveLength(2);
	});
});
