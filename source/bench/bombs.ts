// Bench: how fast `score` refuses files that inflate far beyond their size (issue 13: "exits 1 with
// one line within 5 s and 400 MB"), run as a user runs it, from process start to exit.
import {spawnSync} from 'node:child_process';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {performance} from 'node:perf_hooks';
import {writeInflatingDocx, writeInflatingPdf} from './write-bombs.js';

/** One refused bomb: its size, what it inflates to, and how `score` ended. */
export type BombRun = {
	readonly label: string;
	readonly bytes: number;
	readonly inflatesTo: number;
	readonly exitCode: number | null;
	/** Lines on standard error (one: the file and the problem). */
	readonly errorLines: number;
	readonly ms: number;
};

const megabyte = 1024 * 1024;

/** Writes the bombs and runs `score` on each with the built CLI. */
export async function benchBombs(cli: string): Promise<BombRun[]> {
	const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-bench-bombs-'));
	const size = 380 * megabyte;
	const bombs: Array<[string, Buffer]> = [
		['.docx, sizes declared', writeInflatingDocx(size)],
		['.docx, sizes rewritten to 10 bytes', writeInflatingDocx(size, {lying: true})],
		['PDF, page content', writeInflatingPdf(size)],
	];
	try {
		const runs: BombRun[] = [];
		for (const [index, [label, bytes]] of bombs.entries()) {
			const file = path.join(folder, `bomb-${index + 1}${label.startsWith('PDF') ? '.pdf' : '.docx'}`);
			// eslint-disable-next-line no-await-in-loop
			await writeFile(file, bytes);
			const start = performance.now();
			const run = spawnSync(process.execPath, [cli, 'score', file], {encoding: 'utf8'});
			const ms = performance.now() - start;
			runs.push({label, bytes: bytes.length, inflatesTo: size, exitCode: run.status, errorLines: run.stderr.split('\n').filter(Boolean).length, ms});
		}

		return runs;
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
}

/** The bench as printed lines. */
export function formatBombBench(runs: readonly BombRun[]): string {
	return runs.map(run => `bomb: ${run.label}, ${(run.bytes / 1024).toFixed(0)} kB inflating to ${(run.inflatesTo / megabyte).toFixed(0)} MB: exit ${run.exitCode}, ${run.errorLines} line, ${run.ms.toFixed(0)} ms (target: exit 1, 1 line, ≤ 5000 ms)`).join('\n');
}
