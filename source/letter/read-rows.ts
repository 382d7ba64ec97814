// Reads a CSV of letters (a researcher's dataset): one letter a row, its text in a named column.
import {readFile} from 'node:fs/promises';
import {parse} from 'csv-parse/sync';
import {decodeLetterBytes} from './decode.js';
import {errorLine} from '../text/error-line.js';
import type {Letter} from './model.js';
import {parseLetter} from './parse.js';
import {LetterReadError, describeFsError, largestLetterBytes} from './read-file.js';

/** Which columns of the CSV to read. */
export type RowOptions = {
	/** The column that holds the letter text, e.g. "text_content". */
	readonly column: string;
	/** The column that names the letter, e.g. "name"; the row number when not given. */
	readonly nameColumn?: string;
	/** Called before each row is read, with the number of rows known from the start; awaited, so a screen can be drawn between rows. */
	readonly onRow?: (progress: {readonly row: number; readonly total: number; readonly name: string}) => void | Promise<void>;
};

/** A row read as a letter. */
export type LetterRow = {
	/** The row's number, counting data rows from 1 (the header is not counted). */
	readonly row: number;
	readonly name: string;
	readonly letter: Letter;
};

/** A row that holds no answer letter, and why (a question-only document, a postponement notice, an empty cell). */
export type SkippedRow = {
	readonly row: number;
	readonly name: string;
	readonly reason: string;
	/** The row read as a letter, when it holds questions (questions only, or a postponement notice). */
	readonly letter?: Letter;
};

/** Every row of a CSV of letters, read as a letter or skipped with its reason; throws LetterReadError when the file or column is wrong. */
export async function readLetterRows(file: string, options: RowOptions): Promise<{letters: LetterRow[]; skipped: SkippedRow[]}> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		throw new LetterReadError(file, describeFsError(error));
	}

	// A dataset holds many letters, so it may be larger than one letter; bound it all the same.
	if (bytes.length > largestLetterBytes * 10) {
		throw new LetterReadError(file, `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; a CSV of letters is at most ${largestLetterBytes * 10 / 1024 / 1024} MB`);
	}

	const {onRow} = options;
	return onRow === undefined ? lettersFromCsv(decodeLetterBytes(bytes), file, options) : lettersFromCsvProgressively(decodeLetterBytes(bytes), file, {...options, onRow});
}

/** The letters of CSV text; `file` names the source of each letter ("file.csv#name"). */
export function lettersFromCsv(text: string, file: string, options: RowOptions): {letters: LetterRow[]; skipped: SkippedRow[]} {
	const {records, names} = csvRecords(text, file, options);
	const letters: LetterRow[] = [];
	const skipped: SkippedRow[] = [];
	for (const [index, record] of records.entries()) {
		sortRow(readRow(record, index, names, file, options.column), letters, skipped);
	}

	return {letters, skipped};
}

/** As lettersFromCsv, telling `onRow` (and waiting for it) before each row. */
async function lettersFromCsvProgressively(text: string, file: string, options: RowOptions & {readonly onRow: NonNullable<RowOptions['onRow']>}): Promise<{letters: LetterRow[]; skipped: SkippedRow[]}> {
	const {records, names} = csvRecords(text, file, options);
	const letters: LetterRow[] = [];
	const skipped: SkippedRow[] = [];
	for (const [index, record] of records.entries()) {
		// eslint-disable-next-line no-await-in-loop
		await options.onRow({row: index + 1, total: records.length, name: names[index]!});
		sortRow(readRow(record, index, names, file, options.column), letters, skipped);
	}

	return {letters, skipped};
}

/** The CSV's records and each row's name (the name column, made unique by row number), checked for the columns asked for. */
function csvRecords(text: string, file: string, {column, nameColumn}: RowOptions): {records: Array<Record<string, string>>; names: string[]} {
	let records: Array<Record<string, string>>;
	try {
		records = parse(text, {columns: true, skip_empty_lines: true, relax_column_count: true, bom: true}) as Array<Record<string, string>>;
	} catch (error) {
		throw new LetterReadError(file, `not a readable CSV (${errorLine(error)})`);
	}

	if (records.length === 0) {
		throw new LetterReadError(file, text.trim() === '' ? 'the file is empty' : 'no rows below the header, so no letters');
	}

	const header = Object.keys(records[0] ?? {});
	for (const wanted of [column, nameColumn].filter((name): name is string => name !== undefined)) {
		if (!header.includes(wanted)) {
			throw new LetterReadError(file, `no column "${wanted}"; the columns are: ${header.join(', ')}`);
		}
	}

	// A name becomes part of a path ("file.csv#name.review.json"): a slash would point into a folder.
	const given = records.map((record, index) => (nameColumn === undefined ? '' : record[nameColumn]?.trim().replaceAll(/[/\\]/gu, '∕')) || `row ${index + 1}`);
	const counts = new Map<string, number>();
	for (const name of given) {
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}

	// Two rows of one name would share a source and a review file: such a name gets its row number.
	return {records, names: given.map((name, index) => (counts.get(name)! > 1 ? `${name} (row ${index + 1})` : name))};
}

/** One row read as a letter, or skipped with its reason. */
function readRow(record: Record<string, string>, index: number, names: readonly string[], file: string, column: string): {readonly letter: LetterRow} | {readonly skipped: SkippedRow} {
	const row = index + 1;
	const name = names[index]!;
	const cell = record[column] ?? '';
	if (cell.trim() === '') {
		return {skipped: {row, name, reason: `the "${column}" cell is empty`}};
	}

	const letter = parseLetter(cell, `${file}#${name}`);
	const reason = skipReason(letter);
	return reason === undefined ? {letter: {row, name, letter}} : {skipped: {row, name, reason, ...(letter.questions.length > 0 ? {letter} : {})}};
}

function sortRow(read: {readonly letter: LetterRow} | {readonly skipped: SkippedRow}, letters: LetterRow[], skipped: SkippedRow[]): void {
	if ('letter' in read) {
		letters.push(read.letter);
	} else {
		skipped.push(read.skipped);
	}
}

function skipReason(letter: Letter): string | undefined {
	switch (letter.kind) {
		case 'postponement': {
			return 'a postponement notice: the answers are postponed';
		}

		case 'questions-only': {
			return letter.questions.length === 0 ? 'no numbered questions found' : `questions only (${letter.questions.length}), no answers`;
		}

		case 'answers': {
			return undefined;
		}
	}
}
