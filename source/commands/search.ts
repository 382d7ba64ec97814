// `answer-review search <query> <file|folder>...`: ranked questions with the matched words marked.
import process from 'node:process';
import {columnsOf, letterCacheFor, loadLetters} from '../letter/index.js';
import {boldMarks, markRanges, markedSnippet, plainMarks} from '../search/highlight.js';
import {buildSearchIndex, entriesFromLetters, parseQuery, searchIndex, type SearchHit, type SearchResult} from '../search/index.js';
import {safeText} from '../text/safe-text.js';
import {safeJson} from '../text/safe-json.js';
import {wantsNoColor} from '../ui/theme.js';

/** Flags the search command reads. */
export type SearchFlags = {
	/** `--json`: print `{results: [...]}` instead of text. */
	readonly json?: boolean;
	/** `--limit N`: at most N hits (default 20). */
	readonly limit?: number;
	/** `--column NAME`, `--name-column NAME`: for a .csv of letters, as for `score`. */
	readonly column?: string;
	readonly nameColumn?: string;
	/** `--no-cache` (false): read every letter again, not from the cache of read letters. */
	readonly cache?: boolean;
};

/** Where the command writes; `bold` marks matches in bold as well (default: a TTY without NO_COLOR). */
export type SearchOutput = {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	readonly bold?: boolean;
};

/** Hits shown when `--limit` is not given. */
export const defaultSearchLimit = 20;

const processOutput: SearchOutput = {
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
	bold: process.stdout.isTTY === true && !wantsNoColor(process.env),
};

const usage = 'usage: answer-review search <query> <file|folder>... [--json] [--limit N]';

/** Reads the letters, searches them and prints the hits. Exit 0 (hits or none), 1 if any file failed, 2 on misuse. */
export async function runSearch(args: readonly string[], flags: SearchFlags, output: SearchOutput = processOutput): Promise<number> {
	const [query, ...paths] = args;
	const fail = (message: string) => {
		output.err(`answer-review search: ${message}\n`);
		return 2;
	};

	if (query === undefined || query.trim() === '') {
		return fail(`give a query to look for (${usage})`);
	}

	if (paths.length === 0) {
		return fail(`name at least one letter file or folder to search (${usage})`);
	}

	const limit = flags.limit ?? defaultSearchLimit;
	if (!Number.isInteger(limit) || limit < 1) {
		return fail('--limit takes a whole number of at least 1');
	}

	const parsed = parseQuery(query);
	if (!parsed.terms.some(term => !term.exclude)) {
		return fail(`"${safeText(query.slice(0, 40))}" has no word to look for; give at least one word of two or more letters`);
	}

	// Questions are searched in every letter that has them, answered or not, from a file or a CSV row alike.
	const {letters, failures, skipped} = await loadLetters(paths, {...columnsOf(flags), keepUnanswered: true, cache: letterCacheFor(flags, process.env)});
	const result = searchIndex(buildSearchIndex(entriesFromLetters(letters)), parsed, {limit});
	output.out(flags.json ? `${safeJson(searchJson(result))}\n` : formatHits(result, letters.length, output.bold === true));
	for (const note of result.notes) {
		output.err(`note: ${safeText(note)}\n`);
	}

	for (const row of skipped) {
		output.err(`skipped: ${safeText(row.message)}\n`);
	}

	for (const failure of failures) {
		output.err(`error: ${safeText(failure.message)}\n`);
	}

	return failures.length > 0 ? 1 : 0;
}

/** The `--json` document: best first; `matches` are `[start, end)` offsets into `question`, `answerMatches` into the answer. */
export function searchJson(result: SearchResult): {results: Array<{source: string; number: number; score: number; question: string; matches: Array<[number, number]>; answerMatches: Array<[number, number]>}>} {
	return {
		results: result.hits.map(hit => ({
			source: hit.source,
			number: hit.number,
			score: Number(hit.score.toPrecision(3)),
			question: hit.question,
			matches: hit.questionMatches.map(([start, end]): [number, number] => [start, end]),
			// A hit found only in the answer is no longer `"matches": []` and nothing else.
			answerMatches: hit.answerMatches.map(([start, end]): [number, number] => [start, end]),
		})),
	};
}

/** The text listing: per hit its letter and number, then the question with the matches marked. */
export function formatHits(result: SearchResult, letterCount: number, bold = false): string {
	const marks = bold ? boldMarks : plainMarks;
	const scope = `${letterCount} letter${letterCount === 1 ? '' : 's'}`;
	if (result.hits.length === 0) {
		return `no question matches (searched ${scope})\n`;
	}

	const blocks = result.hits.map(hit => formatHit(hit, marks));
	const shown = result.hits.length < result.total ? `, showing the best ${result.hits.length} (--limit)` : '';
	const matchedIn = `${result.letters} letter${result.letters === 1 ? '' : 's'}`;
	return `${blocks.join('\n\n')}\n\n${result.total} question${result.total === 1 ? '' : 's'} match in ${matchedIn} of the ${scope} searched${shown}\n`;
}

function formatHit(hit: SearchHit, marks: typeof plainMarks): string {
	const lines = [`${safeText(hit.source)}  question ${hit.number}`, `  ${markRanges(hit.question, hit.questionMatches, marks)}`];
	if (hit.answer !== null && hit.answerMatches.length > 0) {
		lines.push(`  answer: ${markedSnippet(hit.answer, hit.answerMatches, 160, marks)}`);
	}

	return lines.join('\n');
}
