// `answer-review <folder>`: a letter picker over a folder; Enter reviews a letter, q or Esc in the reviewer comes back.
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {columnsOf, letterCacheFor, loadLetters, type Letter, type LoadProblem} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import {sidecarPath} from '../store/file.js';
import type {Annotations} from '../store/model.js';
import {parseAnnotationFile} from '../store/schema.js';
import {safeText} from '../text/safe-text.js';
import {createTheme, wantsNoColor} from '../ui/theme.js';
import type {PickerData} from '../ui/picker/picker-app.js';
import type {PickerEntry} from '../ui/picker/picker-entry.js';
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
	const {runPicker, initialPickerState, pickerEntry, startPickerFeed, focusOn} = await import('../ui/picker/run-picker.js');
	const theme = createTheme({noColor: wantsNoColor(io.env)});
	const scorecards = new Map<string, Scorecard>();
	const entryOf = (letter: Letter) => {
		const scorecard = scorecards.get(letter.source) ?? scoreLetter(letter);
		scorecards.set(letter.source, scorecard);
		return pickerEntry(letter, scorecard, reviewOf(letter, flags));
	};

	// Reading starts now and goes on while a letter is reviewed: the picker shows the letters read so
	// far and fills in as the rest come in.
	const feed = startPickerFeed(async ({onLetter, onProgress, signal}) => {
		const result = await loadLetters([folder], {
			...columns,
			signal,
			onProgress,
			onLetter(letter) {
				letters.set(letter.source, letter);
				onLetter(letter);
			},
		});
		problems = [...result.failures, ...result.skipped];
		return {problems};
	}, entryOf);

	// Rows of letters reviewed since the folder was read: their progress as it is now.
	const updated = new Map<string, PickerEntry>();
	const withUpdates = (data: PickerData): PickerData => (updated.size === 0 ? data : {...data, entries: data.entries.map(entry => updated.get(entry.source) ?? entry)});
	const load: typeof feed.load = async onProgress => withUpdates(await feed.load((progress, sofar) => {
		onProgress(progress, sofar === undefined ? undefined : withUpdates(sofar));
	}));

	let state = initialPickerState;
	let shownBefore = false;
	for (;;) {
		if (shownBefore) {
			// Coming back from the reviewer: start the picker on a clean screen, not under the reviewer's last frame.
			io.out('\u001B[2J\u001B[3J\u001B[H');
		}

		shownBefore = true;
		const finished = feed.finished();
		// eslint-disable-next-line no-await-in-loop
		const outcome = await runPicker({...(finished === undefined ? {load} : {data: withUpdates(finished)}), initial: state, theme});
		if (outcome.kind === 'quit') {
			feed.stop();
			const read = outcome.data ?? feed.finished();
			if (read !== undefined && read.entries.length === 0) {
				io.err(`answer-review: ${safeText(folder)}: no letter with questions to review${problems.length > 0 ? ` (${problems.length} not loaded, listed below)` : ''}\n`);
				reportProblems(problems, io);
				return 1;
			}

			reportProblems(problems, io);
			return 0;
		}

		({state} = outcome);
		const letter = letters.get(outcome.entry.source)!;
		// eslint-disable-next-line no-await-in-loop
		const code = await reviewLetter(letter, outcome.entry.source, flags, io, {fromPicker: true});
		if (code !== 0) {
			feed.stop();
			return code;
		}

		// Back in the picker: that letter's progress as it is now, and the cursor on it.
		updated.set(letter.source, entryOf(letter));
		state = focusOn(state, letter.source);
	}
}

/**
 * Your review of a letter so far, for the picker's progress column, read from its review file as
 * it is; a file that is missing or cannot be read counts as none here (the reviewer names its problem on opening).
 */
function reviewOf(letter: Letter, flags: BrowseFlags): Annotations {
	try {
		const parsed = parseAnnotationFile(readFileSync(sidecarPath(letter.source, flags), 'utf8'));
		return parsed.ok ? parsed.file.annotations : {};
	} catch {
		return {};
	}
}

function reportProblems(problems: readonly LoadProblem[], io: ReviewIo): void {
	for (const problem of problems) {
		io.err(`not loaded: ${safeText(problem.message)}\n`);
	}
}
