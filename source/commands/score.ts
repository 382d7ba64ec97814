import process from 'node:process';
import {columnsOf, failureMessage, letterCacheFor, listLetterFiles, loadLetters, type LetterCache, type LoadProgress} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import {formatScoreTable} from './score-format.js';
import {formatScoreMarkdown} from './score-markdown.js';
import {scoreJsonVersion, scorecardsToJson} from './score-json.js';
import {safeText} from '../text/safe-text.js';
import {safeJson} from '../text/safe-json.js';
import {progressLine} from './progress-line.js';
import {describeFailure, type Output} from './output.js';

/** Flags the score command reads. */
export type ScoreFlags = {
	readonly json?: boolean;
	readonly markdown?: boolean;
	/** `--column NAME`: for a .csv of letters, the column with the letter text. */
	readonly column?: string;
	/** `--name-column NAME`: for a .csv of letters, the column that names each letter. */
	readonly nameColumn?: string;
	/** `--no-cache` (false): read every letter again, not from the cache of read letters. */
	readonly cache?: boolean;
};

// Where the command writes; injectable so tests need no child process.
const processOutput: Output = {
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
	...(process.stderr.isTTY ? {progress: progressLine(text => process.stderr.write(text), () => process.stderr.columns || 80)} : {}),
};

/** Reads and scores every letter under `paths`; failures and skipped CSV rows are reported, never thrown. */
export async function scorePaths(paths: readonly string[], options: Pick<ScoreFlags, 'column' | 'nameColumn'> & {readonly onProgress?: (progress: LoadProgress) => void; readonly onScorecard?: (scorecard: Scorecard) => void; readonly cache?: LetterCache | undefined} = {}): Promise<{scorecards: Scorecard[]; failures: string[]; skipped: string[]}> {
	const scorecards: Scorecard[] = [];
	// With onScorecard each scorecard is handed on in order and not kept.
	const take = options.onScorecard ?? ((scorecard: Scorecard) => {
		scorecards.push(scorecard);
	});
	if (options.column === undefined) {
		// Plain letter files: read and scored on one thread per core, in the order given.
		const {files, errors} = await listLetterFiles(paths);
		const {scoreFiles} = await import('./score-files.js');
		const failures = errors.map(error => safeText(error.message));
		await scoreFiles(files, {
			cache: options.cache,
			onProgress: (done, current) => options.onProgress?.({done, total: files.length, current}),
			onResult(result) {
				if ('scorecard' in result) {
					take(result.scorecard);
				} else {
					failures.push(result.error);
				}
			},
		});
		options.onProgress?.({done: files.length, total: files.length, current: ''});
		return {scorecards, failures, skipped: []};
	}

	const {letters, failures, skipped} = await loadLetters(paths, options);
	for (const letter of letters) {
		take(scoreLetter(letter));
	}

	return {
		scorecards,
		failures: failures.map(failure => safeText(failure.message)),
		skipped: skipped.map(row => safeText(row.message)),
	};
}

/** Writes scorecards one by one, giving exactly the text the whole list at once would give. */
function scorecardWriter(flags: ScoreFlags, out: (text: string) => void): {write: (scorecard: Scorecard) => void; end: () => void} {
	let count = 0;
	if (flags.json) {
		return {
			write(scorecard) {
				const letter = safeJson(scorecardsToJson([scorecard]).letters[0]).replaceAll(/^/gmu, '    ');
				out(count++ === 0 ? `{\n  "version": ${scoreJsonVersion},\n  "letters": [\n${letter}` : `,\n${letter}`);
			},
			end() {
				out(count === 0 ? `{\n  "version": ${scoreJsonVersion},\n  "letters": []\n}\n` : '\n  ]\n}\n');
			},
		};
	}

	const format = flags.markdown ? formatScoreMarkdown : formatScoreTable;
	return {
		write(scorecard) {
			out((count++ === 0 ? '' : '\n\n') + format(scorecard));
		},
		end() {
			if (!flags.markdown && count > 0) {
				out('\n');
			}
		},
	};
}

/** `answer-review score <file|folder>...`: exit 0 when every input was read, 1 when any failed, 2 on misuse. */
export async function runScore(paths: readonly string[], flags: ScoreFlags, output: Output = processOutput): Promise<number> {
	if (paths.length === 0) {
		output.err('answer-review score: name at least one letter file or folder (see --help)\n');
		return 2;
	}

	if (flags.json && flags.markdown) {
		output.err('answer-review score: choose one of --json and --markdown\n');
		return 2;
	}

	// Each scorecard is written as soon as it and those before it are ready, so a folder of
	// thousands of letters never sits in memory at once.
	const writer = scorecardWriter(flags, output.out);
	let written = 0;
	// Ctrl-C mid-run leaves the output cut after a letter (JSON without its end): say so, in one line.
	const interrupted = () => {
		// On a terminal the progress line is cleared first, so the message stands on its own line.
		process.stderr.write(`${process.stderr.isTTY ? '\r\u001B[K' : ''}answer-review score: interrupted after ${written} letter${written === 1 ? '' : 's'}; the output is incomplete\n`);
		process.exit(130);
	};

	if (output === processOutput) {
		process.once('SIGINT', interrupted);
	}

	let result: Awaited<ReturnType<typeof scorePaths>>;
	try {
		result = await scorePaths(paths, {
			...columnsOf(flags),
			cache: letterCacheFor(flags, process.env),
			...(output.progress === undefined ? {} : {onProgress: output.progress}),
			onScorecard: scorecard => {
				writer.write(scorecard);
				written++;
			},
		});
	} finally {
		process.off('SIGINT', interrupted);
	}

	const {failures, skipped} = result;
	writer.end();

	for (const row of skipped) {
		output.err(`skipped: ${row}\n`);
	}

	for (const failure of failures) {
		output.err(`error: ${failure}\n`);
	}

	return failures.length > 0 ? 1 : 0;
}
