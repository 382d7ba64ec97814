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

	return lettersFromCsv(decodeLetterBytes(bytes), file, options);
}

/** The letters of CSV text; `file` names the source of each letter ("file.csv#name"). */
export function lettersFromCsv(text: string, file: string, {column, nameColumn}: RowOptions): {letters: LetterRow[]; skipped: SkippedRow[]} {
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

	const letters: LetterRow[] = [];
	const skipped: SkippedRow[] = [];
	// A name becomes part of a path ("file.csv#name.review.json"): a slash would point into a folder.
	const given = records.map((record, index) => (nameColumn === undefined ? '' : record[nameColumn]?.trim().replaceAll(/[/\\]/gu, '∕')) || `row ${index + 1}`);
	// Two rows of one name would share a source and a review file: such a name gets its row number.
	const counts = new Map<string, number>();
	for (const name of given) {
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}

	for (const [index, record] of records.entries()) {
		const row = index + 1;
		const name = counts.get(given[index]!)! > 1 ? `${given[index]!} (row ${row})` : given[index]!;
		const cell = record[column] ?? '';
		if (cell.trim() === '') {
			skipped.push({row, name, reason: `the "${column}" cell is empty`});
			continue;
		}

		const letter = parseLetter(cell, `${file}#${name}`);
		const reason = skipReason(letter);
		if (reason === undefined) {
			letters.push({row, name, letter});
		} else {
			skipped.push({row, name, reason, ...(letter.questions.length > 0 ? {letter} : {})});
		}
	}

	return {letters, skipped};
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
