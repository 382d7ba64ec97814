// `answer-review <folder>`: a letter picker over a folder; Enter reviews a letter, q or Esc in the reviewer comes back.
import process from 'node:process';
import {columnsOf, letterCacheFor, loadLetters, type Letter, type LoadProblem, type LoadProgress} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import {loadAnnotations, sidecarPath} from '../store/file.js';
import type {Annotations} from '../store/model.js';
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
	const columns = {...columnsOf(flags), cache: letterCacheFor(flags, process.env)};
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
	const {runPicker, initialPickerState, pickerEntry, focusOn} = await import('../ui/picker/run-picker.js');
	const scorecards = new Map<string, Scorecard>();
	// Your review so far, for the picker's progress column; a review file that cannot be read counts as none here (the reviewer names its problem on opening).
	const reviewOf = async (letter: Letter): Promise<Annotations> => {
		try {
			return (await loadAnnotations(sidecarPath(letter.source, flags), letter))?.annotations ?? {};
		} catch {
			return {};
		}
	};

	const theme = createTheme({noColor: wantsNoColor(io.env)});
	const load = async (onProgress: (progress: LoadProgress) => void) => {
		const result = await loadLetters([folder], {...columns, onProgress});
		problems = [...result.failures, ...result.skipped];
		const entries = [];
		for (const letter of result.letters) {
			letters.set(letter.source, letter);
			const scorecard = scoreLetter(letter);
			scorecards.set(letter.source, scorecard);
			// eslint-disable-next-line no-await-in-loop
			entries.push(pickerEntry(letter, scorecard, await reviewOf(letter)));
		}

		return {entries, problems};
	};

	let state = initialPickerState;
	let data;
	for (;;) {
		// eslint-disable-next-line no-await-in-loop
		const outcome = await runPicker({...(data === undefined ? {load} : {data}), initial: state, theme});
		if (outcome.kind === 'quit') {
			reportProblems(problems, io);
			return 0;
		}

		({state, data} = outcome);
		const letter = letters.get(outcome.entry.source)!;
		// eslint-disable-next-line no-await-in-loop
		const code = await reviewLetter(letter, outcome.entry.source, flags, io, {fromPicker: true});
		if (code !== 0) {
			return code;
		}

		// Back in the picker: that letter's progress as it is now, and the cursor on it.
		// eslint-disable-next-line no-await-in-loop
		const updated = pickerEntry(letter, scorecards.get(letter.source) ?? scoreLetter(letter), await reviewOf(letter));
		data = {...data, entries: data.entries.map(entry => (entry.source === letter.source ? updated : entry))};
		state = focusOn(state, letter.source);
	}
}

function reportProblems(problems: readonly LoadProblem[], io: ReviewIo): void {
	for (const problem of problems) {
		io.err(`not loaded: ${safeText(problem.message)}\n`);
	}
}
