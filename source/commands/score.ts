import process from 'node:process';
import {loadLetters, LetterReadError, type LoadProgress} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import {formatScoreTable} from './score-format.js';
import {formatScoreMarkdown} from './score-markdown.js';
import {scorecardsToJson} from './score-json.js';
import {safeText} from '../text/safe-text.js';
import {progressLine} from './progress-line.js';

/** Flags the score command reads. */
export type ScoreFlags = {
	readonly json?: boolean;
	readonly markdown?: boolean;
	/** `--column NAME`: for a .csv of letters, the column with the letter text. */
	readonly column?: string;
	/** `--name-column NAME`: for a .csv of letters, the column that names each letter. */
	readonly nameColumn?: string;
};

/** Where the command writes; injectable so tests need no child process. */
export type Output = {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	/** Shows loading progress; given only when stderr is a terminal, so pipes and logs stay clean. */
	readonly progress?: (progress: LoadProgress) => void;
};

const processOutput: Output = {
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
	...(process.stderr.isTTY ? {progress: progressLine(text => process.stderr.write(text), () => process.stderr.columns || 80)} : {}),
};

/** One line naming the file and the problem, for any error a letter can raise. */
export function describeFailure(path: string, error: unknown): string {
	if (error instanceof LetterReadError) {
		return safeText(error.message);
	}

	const reason = error instanceof Error ? error.message : String(error);
	return safeText(`${path}: ${reason.split('\n')[0]}`);
}

/** Reads and scores every letter under `paths`; failures and skipped CSV rows are reported, never thrown. */
export async function scorePaths(paths: readonly string[], options: Pick<ScoreFlags, 'column' | 'nameColumn'> & {readonly onProgress?: (progress: LoadProgress) => void} = {}): Promise<{scorecards: Scorecard[]; failures: string[]; skipped: string[]}> {
	const {letters, failures, skipped} = await loadLetters(paths, options);
	return {
		scorecards: letters.map(letter => scoreLetter(letter)),
		failures: failures.map(failure => safeText(failure.message)),
		skipped: skipped.map(row => safeText(row.message)),
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

	const {scorecards, failures, skipped} = await scorePaths(paths, {
		...(flags.column === undefined ? {} : {column: flags.column}),
		...(flags.nameColumn === undefined ? {} : {nameColumn: flags.nameColumn}),
		...(output.progress === undefined ? {} : {onProgress: output.progress}),
	});
	if (flags.json) {
		output.out(`${JSON.stringify(scorecardsToJson(scorecards), null, 2)}\n`);
	} else if (flags.markdown) {
		output.out(scorecards.map(scorecard => formatScoreMarkdown(scorecard)).join('\n\n'));
	} else {
		output.out(scorecards.map(scorecard => formatScoreTable(scorecard)).join('\n\n') + (scorecards.length > 0 ? '\n' : ''));
	}

	for (const row of skipped) {
		output.err(`skipped: ${row}\n`);
	}

	for (const failure of failures) {
		output.err(`error: ${failure}\n`);
	}

	return failures.length > 0 ? 1 : 0;
}
