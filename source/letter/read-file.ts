import {open, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import type {Letter} from './model.js';
import {decodeLetterBytes, sniffBinary} from './decode.js';
import {parseLetter} from './parse.js';

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

/** File extensions read as letters when a folder is given. */
export const letterExtensions: readonly string[] = ['.txt'];

// The longest real letter in the corpus is 64 kB; 20 MB of text is no letter, and reading more
// would only cost the reviewer memory and time.
export const largestLetterBytes = 20 * 1024 * 1024;

/** Reads, decodes, normalises and parses one letter file; throws LetterReadError with a clear message. */
export async function readLetterFile(file: string): Promise<Letter> {
	const bytes = await readBytes(file);
	const binary = sniffBinary(bytes);
	if (binary !== undefined) {
		const extension = path.extname(file).toLowerCase();
		const hint = ['.docx', '.pdf', '.doc'].includes(extension) ? `; ${extension} letters are not supported yet, convert to text first` : '';
		throw new LetterReadError(file, `this is ${binary}, not a text letter${hint}`);
	}

	const text = decodeLetterBytes(bytes);
	if (text.trim() === '') {
		throw new LetterReadError(file, 'the file is empty');
	}

	const letter = parseLetter(text, file);
	if (letter.questions.length === 0 && letter.kind !== 'postponement') {
		throw new LetterReadError(file, 'no numbered questions found (expected "Vraag 1" / "Antwoord 1" or "1. …" questions)');
	}

	return letter;
}

async function readBytes(file: string): Promise<Uint8Array> {
	let size: number;
	try {
		const info = await stat(file);
		if (info.isDirectory()) {
			throw new LetterReadError(file, 'is a folder, not a letter file');
		}

		size = info.size;
	} catch (error) {
		throw error instanceof LetterReadError ? error : new LetterReadError(file, describeFsError(error));
	}

	if (size > largestLetterBytes) {
		throw new LetterReadError(file, `the file is ${(size / 1024 / 1024).toFixed(0)} MB; a letter is at most ${largestLetterBytes / 1024 / 1024} MB`);
	}

	try {
		const handle = await open(file, 'r');
		try {
			return new Uint8Array(await handle.readFile());
		} finally {
			await handle.close();
		}
	} catch (error) {
		throw new LetterReadError(file, describeFsError(error));
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
			return error instanceof Error ? error.message.split('\n')[0]! : String(error);
		}
	}
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

	return {files, errors};
}

async function walk(folder: string, errors: Array<{path: string; message: string}>): Promise<string[]> {
	let entries;
	try {
		entries = await readdir(folder, {withFileTypes: true});
	} catch (error) {
		errors.push({path: folder, message: `${folder}: ${describeFsError(error)}`});
		return [];
	}

	const found: string[] = [];
	for (const entry of entries) {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
				found.push(...await walk(full, errors));
			}
		} else if (entry.isFile() && letterExtensions.includes(path.extname(entry.name).toLowerCase()) && !/\.(?:review|scorecard)\b/u.test(entry.name)) {
			found.push(full);
		}
	}

	return found;
}
