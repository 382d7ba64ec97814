import {closeSync, constants as fsConstants, fstatSync, openSync, readSync, realpathSync} from 'node:fs';
import {readdir, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import type {Footnote, Letter} from './model.js';
import {decodeLetterText} from './decode.js';
import {bytesKey, type LetterCache} from './letter-cache.js';
import {errorLine} from '../text/error-line.js';
import {parseLetter} from './parse.js';
import {citeReferenceNotes, splitReferenceNotes} from './reference-notes.js';
import {sniffFormat, type LetterFormat} from './sniff-format.js';

/** A letter that cannot be read; `message` is one line naming the file and the problem. */
export class LetterReadError extends Error {
	override readonly name = 'LetterReadError';

	/** The file as the user named it. */
	readonly path: string;

	constructor(file: string, problem: string) {
		super(`${file}: ${problem}`);
		this.path = file;
	}
}

/** File extensions read as letters when a folder is given (a .csv needs a column: see readLetterRows). */
export const letterExtensions: readonly string[] = ['.txt', '.docx', '.pdf'];

// The longest real letter in the corpus is 64 kB of text, a Word or PDF letter a few MB; 20 MB is no
// letter, and reading more would only cost the reviewer memory and time.
export const largestLetterBytes = 20 * 1024 * 1024;

/** How to read a letter file. */
export type ReadOptions = {
	/** Letters read before, by their bytes: a hit is not read again, a miss is kept there. */
	readonly cache?: LetterCache | undefined;
};

/**
 * Reads one letter file, in whatever format its bytes say (Word, PDF or text), into a Letter;
 * throws LetterReadError with a one-line message that names the file and what was expected.
 */
export async function readLetterFile(file: string, options: ReadOptions = {}): Promise<Letter> {
	if (path.extname(file).toLowerCase() === '.csv') {
		throw new LetterReadError(file, 'this is a CSV of letters: name the column that holds the letter text (--column)');
	}

	const bytes = await readBytes(file);
	const {cache} = options;
	// Hashed before reading: the Word and PDF readers may take over the buffer.
	const key = cache === undefined ? undefined : bytesKey(bytes);
	const cached = key === undefined ? undefined : cache!.get(key, file);
	if (cached !== undefined) {
		return cached;
	}

	const letter = await readLetterBytes(file, bytes);
	if (key !== undefined) {
		cache!.set(key, letter);
	}

	return letter;
}

/** Reads a letter from its file's bytes (see readLetterFile). */
async function readLetterBytes(file: string, bytes: Uint8Array): Promise<Letter> {
	const sniffed = sniffFormat(bytes);
	if ('problem' in sniffed) {
		throw new LetterReadError(file, sniffed.problem);
	}

	const {text, notes, notice} = await letterText(file, bytes, sniffed.format);
	if (text.trim() === '') {
		throw new LetterReadError(file, 'the file is empty');
	}

	const parsed = parseLetter(text, file, notes);
	const noted = notice === undefined ? parsed : {...parsed, notices: [notice, ...parsed.notices]};
	const letter = notes.length === 0 ? noted : {...noted, footnotes: [...noted.footnotes, ...notes], questions: citeReferenceNotes(noted.questions, notes)};
	if (letter.questions.length === 0 && letter.kind !== 'postponement') {
		throw new LetterReadError(file, 'no numbered questions found (expected "Vraag 1" / "Antwoord 1" or "1. …" questions)');
	}

	return letter;
}

/** The text of a letter's bytes in a known format, with a Word letter's list of sources set apart. */
async function letterText(file: string, bytes: Uint8Array, format: LetterFormat): Promise<{text: string; notes: Footnote[]; notice?: string}> {
	switch (format) {
		case 'docx': {
			let text: string;
			try {
				// mammoth and pdf.js are large: load them only for a Word or PDF letter.
				const {docxToText} = await import('./read-docx.js');
				text = await docxToText(bytes);
			} catch (error) {
				throw new LetterReadError(file, `the Word file cannot be read (${errorLine(error)})`);
			}

			return splitReferenceNotes(text);
		}

		case 'pdf': {
			try {
				const {pdfToText} = await import('./read-pdf.js');
				return {text: await pdfToText(bytes), notes: []};
			} catch (error) {
				throw new LetterReadError(file, error instanceof Error && error.name === 'PdfTextError' ? error.message : String(error));
			}
		}

		case 'text': {
			const {text, replaced} = decodeLetterText(bytes);
			return {text, notes: [], ...(replaced > 0 ? {notice: `${replaced} byte sequence${replaced === 1 ? '' : 's'} not valid UTF-8 removed; the rest is read as UTF-8`} : {})};
		}
	}
}

// Read synchronously: a letter is at most 20 MB and usually a few kB, and an awaited read leaves a
// scoring thread idle for longer than the read itself takes. Opened without blocking, so a pipe or
// device is seen for what it is (by fstat, with no second look-up of the path) instead of waited on.
const openFlags = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

async function readBytes(file: string): Promise<Uint8Array> {
	let fd: number;
	try {
		fd = openSync(file, openFlags);
	} catch (error) {
		throw new LetterReadError(file, describeFsError(error));
	}

	try {
		let size: number;
		try {
			const info = fstatSync(fd);
			if (info.isDirectory()) {
				throw new LetterReadError(file, 'is a folder, not a letter file');
			}

			if (!info.isFile()) {
				// A pipe or device could block the read for ever.
				throw new LetterReadError(file, 'is not a regular file');
			}

			size = info.size;
		} catch (error) {
			throw error instanceof LetterReadError ? error : new LetterReadError(file, describeFsError(error));
		}

		if (size > largestLetterBytes) {
			throw new LetterReadError(file, `the file is ${(size / 1024 / 1024).toFixed(0)} MB; a letter is at most ${largestLetterBytes / 1024 / 1024} MB`);
		}

		// A buffer of its own (not from Node's shared pool): the PDF and Word readers may take over (detach) it.
		const bytes = new Uint8Array(size);
		let read = 0;
		try {
			while (read < size) {
				const got = readSync(fd, bytes, read, size - read, read);
				if (got === 0) {
					break; // The file shrank since fstat.
				}

				read += got;
			}
		} catch (error) {
			throw new LetterReadError(file, describeFsError(error));
		}

		return read === size ? bytes : bytes.subarray(0, read);
	} finally {
		closeSync(fd);
	}
}

/** A one-line reason for a file-system error. */
export function describeFsError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'ENOENT': {
			return 'no such file or folder';
		}

		case 'EACCES':
		case 'EPERM': {
			return 'permission denied';
		}

		case 'EISDIR': {
			return 'is a folder, not a letter file';
		}

		default: {
			return errorLine(error);
		}
	}
}

/** One line naming the file and the problem, for any error reading a letter can raise. */
export function failureMessage(file: string, error: unknown): string {
	return error instanceof LetterReadError ? error.message : `${file}: ${errorLine(error)}`;
}

/** Expands files and folders (recursively) into letter files, sorted; problems become error entries. */
export async function listLetterFiles(paths: readonly string[]): Promise<{files: string[]; errors: Array<{path: string; message: string}>}> {
	const files: string[] = [];
	const errors: Array<{path: string; message: string}> = [];
	for (const given of paths) {
		let info;
		try {
			info = await stat(given);
		} catch (error) {
			errors.push({path: given, message: `${given}: ${describeFsError(error)}`});
			continue;
		}

		if (!info.isDirectory()) {
			files.push(given);
			continue;
		}

		const found = await walk(given, errors);
		if (found.length === 0) {
			errors.push({path: given, message: `${given}: no letters in this folder (looked for ${letterExtensions.join(', ')} files)`});
		}

		files.push(...found.sort());
	}

	// A file named twice (`a.txt a.txt`, a folder and a file in it, or one letter reached by two links)
	// is read once, where first named.
	const seen = new Set<string>();
	const once = files.filter(file => {
		const key = realpathOr(file);
		const first = !seen.has(key);
		seen.add(key);
		return first;
	});
	return {files: once, errors};
}

/**
 * The letter files under a folder. Links are followed (a folder linked twice, or into itself, is read
 * once); an entry named as a letter that is no regular file (a broken link, a pipe) is listed too, so
 * reading it says what is wrong instead of passing it over in silence.
 */
async function walk(folder: string, errors: Array<{path: string; message: string}>, visited = new Set<string>()): Promise<string[]> {
	let entries;
	try {
		const real = await realpath(folder);
		if (visited.has(real)) {
			return [];
		}

		visited.add(real);
		entries = await readdir(folder, {withFileTypes: true});
	} catch (error) {
		errors.push({path: folder, message: `${folder}: ${describeFsError(error)}`});
		return [];
	}

	const found: string[] = [];
	for (const entry of entries) {
		const full = path.join(folder, entry.name);
		const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && await stat(full).then(info => info.isDirectory(), () => false));
		if (isFolder) {
			if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
				found.push(...await walk(full, errors, visited));
			}
		} else if (letterExtensions.includes(path.extname(entry.name).toLowerCase()) && !/\.(?:review|scorecard)\b/u.test(entry.name)) {
			found.push(full);
		}
	}

	return found;
}

/** The real path of a file, or its absolute path when it has none (a broken link: reading it says so). */
function realpathOr(file: string): string {
	try {
		return realpathSync(file);
	} catch {
		return path.resolve(file);
	}
}

