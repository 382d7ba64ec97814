// Loads every letter under a set of files and folders, one at a time, reporting progress as it goes.
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import type {Letter} from './model.js';
import type {LetterCache} from './letter-cache.js';
import {failureMessage, listLetterFiles, readLetterFile} from './read-file.js';

/** How far loading has come: `done` of `total` files (of a CSV of letters: rows), and the file (or "file.csv#row name") being read now. */
export type LoadProgress = {
	readonly done: number;
	readonly total: number;
	readonly current: string;
};

/** What to load and whom to tell about progress. */
export type LoadOptions = {
	/** For a .csv of letters: the column with the letter text. */
	readonly column?: string;
	/** For a .csv of letters: the column that names each letter. */
	readonly nameColumn?: string;
	/** Called before each file is read, and once more when all are done. */
	readonly onProgress?: (progress: LoadProgress) => void;
	/** Keep a CSV row without answers (questions only, a postponement notice) as a letter, as its own file would be: for search. */
	readonly keepUnanswered?: boolean;
	/** Called with each letter as soon as it is read, in the order of the result (a screen can show it at once). */
	readonly onLetter?: (letter: Letter) => void;
	/** Stops reading when aborted (the picker was closed while the folder was read): the letters so far are returned. */
	readonly signal?: AbortSignal;
	/** Letters read before (see letter-cache.ts); without it every file is read. */
	readonly cache?: LetterCache | undefined;
};

/** Something that was not loaded, with a one-line reason naming it. */
export type LoadProblem = {
	readonly path: string;
	readonly message: string;
};

/** The outcome: the letters read, the files that failed, and CSV rows skipped because they hold no answers. */
/** The CSV options of command-line flags, leaving out those not given. */
export function columnsOf(flags: {readonly column?: string | undefined; readonly nameColumn?: string | undefined}): Pick<LoadOptions, 'column' | 'nameColumn'> {
	return {...(flags.column === undefined ? {} : {column: flags.column}), ...(flags.nameColumn === undefined ? {} : {nameColumn: flags.nameColumn})};
}

export type LoadResult = {
	readonly letters: readonly Letter[];
	readonly failures: readonly LoadProblem[];
	readonly skipped: readonly LoadProblem[];
};

// About one screen frame: how long loading runs before it lets the event loop in.
const frameMs = 16;

/** Reads every letter under `paths`; a file that fails is listed with its reason and the rest still load. */
export async function loadLetters(paths: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
	const {files, errors} = await listLetterFiles(paths);
	const letters: Letter[] = [];
	const failures: LoadProblem[] = [...errors];
	const skipped: LoadProblem[] = [];
	let yielded = performance.now();
	for (const [index, file] of files.entries()) {
		if (options.signal?.aborted === true) {
			break;
		}

		options.onProgress?.({done: index, total: files.length, current: file});
		// Reading a text letter waits on nothing, so without a pause now and then a screen showing
		// this progress would not be drawn, nor its keys read, until the whole folder is in.
		if (performance.now() - yielded > frameMs) {
			// eslint-disable-next-line no-await-in-loop
			await new Promise(resolve => {
				setImmediate(resolve);
			});
			yielded = performance.now();
		}

		try {
			if (options.column !== undefined && path.extname(file).toLowerCase() === '.csv') {
				// eslint-disable-next-line no-await-in-loop
				// csv-parse is only needed for a dataset: load it then.
				const {readLetterRows} = await import('./read-rows.js');
				// Row by row, with the CSV's number of rows as the total from the first row on.
				const onRow = async ({row, total, name}: {readonly row: number; readonly total: number; readonly name: string}) => {
					options.onProgress?.({done: row - 1, total, current: `${file}#${name}`});
					if (performance.now() - yielded > frameMs) {
						await new Promise(resolve => {
							setImmediate(resolve);
						});
						yielded = performance.now();
					}
				};

				const rows = await readLetterRows(file, {column: options.column, ...(options.nameColumn === undefined ? {} : {nameColumn: options.nameColumn}), ...(options.onProgress === undefined ? {} : {onRow})});
				const kept = options.keepUnanswered === true ? rows.skipped.filter(row => row.letter !== undefined) : [];
				const read = [...rows.letters.map(row => row.letter), ...kept.map(row => row.letter!)];
				letters.push(...read);
				for (const letter of read) {
					options.onLetter?.(letter);
				}

				skipped.push(...rows.skipped.filter(row => !kept.includes(row)).map(row => ({path: `${file}#${row.name}`, message: `${file} row ${row.row} (${row.name}): ${row.reason}`})));
			} else {
				// eslint-disable-next-line no-await-in-loop
				const letter = await readLetterFile(file, {cache: options.cache});
				letters.push(letter);
				options.onLetter?.(letter);
			}
		} catch (error) {
			failures.push({path: file, message: failureMessage(file, error)});
		}
	}

	options.onProgress?.({done: files.length, total: files.length, current: ''});
	return {letters, failures, skipped};
}
