// Shared by the export tests: real letters, and sidecars written with the store's own writer.
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {readLetterFile} from '../../../source/letter/index.js';
import {scoreLetter, type Scorecard} from '../../../source/scoring/index.js';
import {answerPrints, applyChange, createAnnotationFile, stampAnnotations, withAnnotations, writeAnnotations, type AnnotationFile, type Change} from '../../../source/store/index.js';

/** The seed letter (letter date 2026-06-25, 22 answers). */
export const seedLetter = 'test/fixtures/letters/seed-digitale-soevereiniteit.txt';
/** A letter whose questions and answers hold commas, quotes, newlines and formula-like starts. */
export const spreadsheetLetter = 'test/fixtures/export/spreadsheet-letter.txt';

export const now = '2026-07-01T10:00:00.000Z';

/** A fresh temporary folder. */
export async function tempFolder(): Promise<string> {
	return mkdtemp(path.join(tmpdir(), 'answer-review-export-'));
}

/** Reads and scores a letter. */
export async function scored(file: string): Promise<Scorecard> {
	return scoreLetter(await readLetterFile(file));
}

/** A sidecar for `letter` after `changes` (answer key, change), as the reviewer would save it. */
export async function reviewOf(letterPath: string, reviewer: string, changes: ReadonlyArray<readonly [string, Change]>): Promise<AnnotationFile> {
	const letter = await readLetterFile(letterPath);
	let annotations = {};
	for (const [key, change] of changes) {
		annotations = applyChange(annotations, key, change, now);
	}

	// Each annotation records the answer it was made on, as the reviewer saves it.
	return withAnnotations(createAnnotationFile({reviewer, fingerprint: letter.fingerprint, letter: letterPath, now}), stampAnnotations(annotations, answerPrints(letter.questions)), now);
}

/** Writes a sidecar and returns its path. */
export async function writeSidecar(file: string, sidecar: AnnotationFile): Promise<string> {
	await writeAnnotations(file, sidecar);
	return file;
}

/** A tiny RFC 4180 reader for checking the CSV output: quoted fields, doubled quotes, CRLF records. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const character = text[index]!;
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (character === '"') {
				quoted = false;
			} else {
				field += character;
			}
		} else if (character === '"') {
			quoted = true;
		} else if (character === ',') {
			row.push(field);
			field = '';
		} else if (character === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index++;
		} else {
			field += character;
		}
	}

	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}

	return rows;
}
