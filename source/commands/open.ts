// `answer-review [letter|folder]`: a letter opens the reviewer, a folder (or a CSV of letters) the picker first.
import {stat} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {letterCacheFor, readLetterFile, type Letter} from '../letter/index.js';
import {describeFailure} from './output.js';
import type {BrowseFlags} from './browse.js';
import {processIo, reviewLetter, seedLetterPath, type ReviewIo} from './review.js';

/**
 * Opens the reviewer on a letter (the seed when none is given) and returns the exit code. A folder,
 * or a CSV of letters with `--column`, opens the letter picker.
 */
export async function startReviewer(letterArg: string | undefined, flags: BrowseFlags & {readonly compare?: string}, io: ReviewIo = processIo()): Promise<number> {
	const letterPath = letterArg ?? seedLetterPath;
	if (flags.compare !== undefined) {
		// `--compare B`: your reading of this letter against B's, disagreements only.
		const {runReconcile} = await import('./reconcile.js');
		const {sidecarPath} = await import('../store/file.js');
		return runReconcile([sidecarPath(letterPath, flags), flags.compare], {letter: letterPath}, io);
	}

	if (await isFolder(letterPath) || (flags.column !== undefined && path.extname(letterPath).toLowerCase() === '.csv')) {
		const {browseFolder} = await import('./browse.js');
		return browseFolder(letterPath, flags, io);
	}

	let letter: Letter;
	try {
		letter = await readLetterFile(letterPath, {cache: letterCacheFor(flags, process.env)});
	} catch (error) {
		io.err(`answer-review: ${describeFailure(letterPath, error)}\n`);
		return 1;
	}

	return reviewLetter(letter, letterPath, flags, io);
}

async function isFolder(file: string): Promise<boolean> {
	try {
		return (await stat(file)).isDirectory();
	} catch {
		return false; // readLetterFile names the problem.
	}
}
