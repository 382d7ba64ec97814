// A folder being read for the picker, row by row: the picker shows the first letters at once and
// fills in as the rest are read, and a reviewer opened meanwhile leaves the reading going. Pure.
import type {Letter, LoadProblem, LoadProgress} from '../../letter/index.js';
import type {PickerEntry} from './picker-entry.js';

/** The loaded folder: a row per letter, and what could not be loaded. */
export type PickerData = {
	readonly entries: readonly PickerEntry[];
	readonly problems: readonly LoadProblem[];
};

/** How the picker follows the reading: the progress and the rows so far, then the whole folder. */
export type PickerLoad = (onProgress: (progress: LoadProgress, sofar?: PickerData) => void) => Promise<PickerData>;

/** The reading of one folder, started once, followed by each picker shown while it runs. */
export type PickerFeed = {
	/** For the picker's `load`: the latest progress at once, then updates, and the folder when read. */
	readonly load: PickerLoad;
	/** The whole folder, once it is read; undefined until then. */
	readonly finished: () => PickerData | undefined;
	/** Stops reading (the user quit before the folder was read). */
	readonly stop: () => void;
};

/** What the feed reads with: a loader that hands over each letter as it is read and reports progress. */
export type FeedReader = (hooks: {
	readonly onLetter: (letter: Letter) => void;
	readonly onProgress: (progress: LoadProgress) => void;
	readonly signal: AbortSignal;
}) => Promise<{readonly problems: readonly LoadProblem[]}>;

// How often the rows shown are brought up to date while reading: often enough to watch the list
// grow, seldom enough that drawing 2,000 rows does not slow the reading.
const updateEveryMs = 100;

/** Starts reading now; `entryOf` makes a letter's row (scoring it). */
export function startPickerFeed(read: FeedReader, entryOf: (letter: Letter) => PickerEntry, now: () => number = () => performance.now()): PickerFeed {
	const entries: PickerEntry[] = [];
	let listener: ((progress: LoadProgress, sofar?: PickerData) => void) | undefined;
	let latest: LoadProgress | undefined;
	let shownRows = 0;
	let shownAt = Number.NEGATIVE_INFINITY;
	let finished: PickerData | undefined;
	const tell = () => {
		if (listener === undefined || latest === undefined) {
			return;
		}

		// The first rows at once; after that, new rows every so often.
		const due = entries.length > shownRows && (shownRows === 0 || now() - shownAt >= updateEveryMs);
		if (due) {
			shownRows = entries.length;
			shownAt = now();
			listener(latest, {entries: [...entries], problems: []});
		} else {
			listener(latest);
		}
	};

	const stopper = new AbortController();
	const reading = read({
		signal: stopper.signal,
		onLetter(letter) {
			entries.push(entryOf(letter));
		},
		onProgress(progress) {
			latest = progress;
			tell();
		},
	}).then(({problems}) => {
		finished = {entries, problems};
		return finished;
	});

	return {
		async load(onProgress) {
			listener = onProgress;
			// A picker shown again while reading starts from what is read so far.
			shownRows = 0;
			tell();
			return reading;
		},
		finished: () => finished,
		stop() {
			stopper.abort();
		},
	};
}
