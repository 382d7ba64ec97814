// Search speed over a corpus, for `npm run bench`: index build, per-query times, and fzf for scale.
// No side effects on import; the bench runner calls `benchSearch` and prints `formatSearchBench`.
import {spawnSync} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import process from 'node:process';
import {foldText, wordsOf} from './fold.js';
import {buildSearchIndex, searchIndex, type SearchEntry} from './index.js';

/** One question to search, as the bench corpus gives it. */
export type BenchQuestion = SearchEntry;

/** What `benchSearch` measured; times in milliseconds. */
export type SearchBench = {
	readonly questions: number;
	readonly queries: readonly string[];
	readonly buildMs: number;
	/** CPU time of the build (less swayed than the clock by other work on a shared machine). */
	readonly buildCpuMs: number;
	readonly medianMs: number;
	readonly p95Ms: number;
	/** Median time of `fzf --filter` per query over the same question lines; undefined without fzf. */
	readonly fzfMs?: number;
	/** `medianMs / fzfMs`: how many times fzf's time a query takes here. */
	readonly fzfRatio?: number;
	/** Median number of hits per query (before the limit). */
	readonly medianHits: number;
};

/** Queries per run, as the issue asks. */
export const benchQueryCount = 50;

/** Builds the index over `questions`, runs `queries` (default: 50 taken from the questions) and times both. */
export async function benchSearch(questions: readonly BenchQuestion[], queries: readonly string[] = realisticQueries(questions)): Promise<SearchBench> {
	let start = performance.now();
	const cpu = process.cpuUsage();
	const index = buildSearchIndex(questions);
	const buildMs = performance.now() - start;
	const {user, system} = process.cpuUsage(cpu);
	const buildCpuMs = (user + system) / 1000;
	const times: number[] = [];
	const hits: number[] = [];
	for (const query of queries) {
		start = performance.now();
		const result = searchIndex(index, query, {limit: 20});
		times.push(performance.now() - start);
		hits.push(result.total);
	}

	const medianMs = percentile(times, 0.5);
	const fzfMs = await timeFzf(questions, queries);
	return {
		questions: questions.length,
		queries,
		buildMs,
		buildCpuMs,
		medianMs,
		p95Ms: percentile(times, 0.95),
		medianHits: percentile(hits, 0.5),
		...(fzfMs === undefined ? {} : {fzfMs, fzfRatio: medianMs / fzfMs}),
	};
}

/** The lines `npm run bench` prints for search. */
export function formatSearchBench(bench: SearchBench): string {
	const ms = (value: number) => `${value.toFixed(1)} ms`;
	const lines = [
		`search: ${bench.questions} questions, index built in ${ms(bench.buildMs)} (CPU ${ms(bench.buildCpuMs)}; target ≤ 2000 ms)`,
		`search: ${bench.queries.length} queries, median ${ms(bench.medianMs)} (target ≤ 20 ms), 95th percentile ${ms(bench.p95Ms)} per query (median ${bench.medianHits} hits)`,
	];
	lines.push(bench.fzfMs === undefined
		? 'fzf: not installed, no comparison'
		: `fzf --filter (same queries, same question lines): median ${ms(bench.fzfMs)} per query; answer-review search takes ${bench.fzfRatio!.toFixed(2)}× fzf`);
	return lines.join('\n');
}

/**
 * Queries like a reviewer's: a word remembered from a question (some with a typo, some two words),
 * from questions picked evenly at random (fixed seed, so runs compare) so that they have hits.
 */
export function realisticQueries(questions: readonly BenchQuestion[], count = benchQueryCount): string[] {
	const queries: string[] = [];
	let seed = 20_260_625;
	const next = (below: number) => {
		// A linear congruential generator: reproducible, and good enough to spread picks.
		seed = ((seed * 1_103_515_245) + 12_345) % 2_147_483_648;
		return seed % below;
	};

	for (let attempt = 0; queries.length < count && attempt < count * 20 && questions.length > 0; attempt++) {
		const question = questions[next(questions.length)]!;
		const words = [...new Set(wordsOf(foldText(question.question)))].filter(word => word.length >= 5 && !/\d/u.test(word));
		if (words.length === 0) {
			continue;
		}

		const word = words[next(words.length)]!;
		const kind = queries.length % 5;
		queries.push(kind === 1 ? typo(word) : kind === 3 ? `${words[next(words.length)]!} ${word}` : word);
	}

	return queries;
}

// Two neighbouring letters swapped in the middle: the commonest typo.
function typo(word: string): string {
	const at = Math.floor(word.length / 2);
	return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
}

function percentile(values: readonly number[], fraction: number): number {
	if (values.length === 0) {
		return 0;
	}

	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

// fzf reads one question per line from stdin; each query is a fresh `fzf --filter` run, as a shell user would.
async function timeFzf(questions: readonly BenchQuestion[], queries: readonly string[]): Promise<number | undefined> {
	if (spawnSync('fzf', ['--version'], {stdio: 'ignore'}).status !== 0) {
		return undefined;
	}

	const input = questions.map(question => question.question.replaceAll(/\s+/gu, ' ')).join('\n');
	const times: number[] = [];
	for (const query of queries) {
		const start = performance.now();
		// Exit status 1 means no match; the time counts all the same.
		spawnSync('fzf', ['--filter', query], {input, stdio: ['pipe', 'ignore', 'ignore'], maxBuffer: 1 << 28});
		times.push(performance.now() - start);
	}

	return percentile(times, 0.5);
}
