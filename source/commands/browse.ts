// `answer-review <folder>`: a letter picker over a folder; Enter reviews a letter, q or Esc in the reviewer comes back.
import process from 'node:process';
import {columnsOf, loadLetters, type Letter, type LoadProblem, type LoadProgress} from '../letter/index.js';
import {scoreLetter} from '../scoring/index.js';
import {safeText} from '../text/safe-text.js';
import {createTheme, wantsNoColor} from '../ui/theme.js';
import {formatScoreTable} from './score-format.js';
import {reviewLetter, type ReviewFlags, type ReviewIo} from './review.js';

/** Flags the folder picker reads besides the reviewer's: the CSV columns. */
export type BrowseFlags = ReviewFlags & {
	readonly column?: string;
	readonly nameColumn?: string;
};

/** Opens the letter picker on a folder (or a CSV with `column`) and returns the exit code. */
export async function browseFolder(folder: string, flags: BrowseFlags, io: ReviewIo): Promise<number> {
	const columns = columnsOf(flags);
	const letters = new Map<string, Letter>();
	let problems: readonly LoadProblem[] = [];
	if (!io.stdinIsTty || !io.stdoutIsTty) {
		const result = await loadLetters([folder], columns);
		io.out(result.letters.map(letter => formatScoreTable(scoreLetter(letter))).join('\n\n') + (result.letters.length > 0 ? '\n' : ''));
		reportProblems([...result.failures, ...result.skipped], io);
		io.err('answer-review: not a terminal, so the scorecards were printed instead; run it in a terminal to pick a letter\n');
		return result.failures.length > 0 ? 1 : 0;
	}

	process.env['NODE_ENV'] ??= 'production';
	const {runPicker, initialPickerState, pickerEntry} = await import('../ui/picker/run-picker.js');
	const theme = createTheme({noColor: wantsNoColor(io.env)});
	const load = async (onProgress: (progress: LoadProgress) => void) => {
		const result = await loadLetters([folder], {...columns, onProgress});
		problems = [...result.failures, ...result.skipped];
		for (const letter of result.letters) {
			letters.set(letter.source, letter);
		}

		return {entries: result.letters.map(letter => pickerEntry(letter, scoreLetter(letter))), problems};
	};

	let state = initialPickerState;
	let data;
	for (;;) {
		if (data !== undefined) {
			// Coming back from the reviewer: start the picker on a clean screen, not under the reviewer's last frame.
			io.out('\u001B[2J\u001B[3J\u001B[H');
		}

		// eslint-disable-next-line no-await-in-loop
		const outcome = await runPicker({...(data === undefined ? {load} : {data}), initial: state, theme});
		if (outcome.kind === 'quit') {
			if (outcome.data !== undefined && outcome.data.entries.length === 0) {
				io.err(`answer-review: ${safeText(folder)}: no letter with questions to review${problems.length > 0 ? ` (${problems.length} not loaded, listed below)` : ''}\n`);
				reportProblems(problems, io);
				return 1;
			}

			reportProblems(problems, io);
			return 0;
		}

		({state, data} = outcome);
		// eslint-disable-next-line no-await-in-loop
		const code = await reviewLetter(letters.get(outcome.entry.source)!, outcome.entry.source, flags, io, {fromPicker: true});
		if (code !== 0) {
			return code;
		}
	}
}

function reportProblems(problems: readonly LoadProblem[], io: ReviewIo): void {
	for (const problem of problems) {
		io.err(`not loaded: ${safeText(problem.message)}\n`);
	}
}
