// The export's file adapter: the only export code that touches the disk. Writes are atomic
// (write-file-atomic: temp file, fsync, rename), so a failed export leaves an existing file intact.
import {createHash} from 'node:crypto';
import {readFile, stat, writeFile} from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import {describeFsError} from '../letter/index.js';
import type {Scorecard} from '../scoring/index.js';
import {buildExport, type ReviewSource} from './build.js';
import {renderMarkdown} from './markdown.js';

/** An output file that could not be written; the message is one line naming the file. */
export class ExportWriteError extends Error {
	override readonly name = 'ExportWriteError';
	/** The output path as given. */
	readonly path: string;

	constructor(file: string, problem: string) {
		super(`${file}: ${problem}`);
		this.path = file;
	}
}

/** Writes `text` to `file` atomically; throws ExportWriteError (file untouched) when it cannot. */
export async function writeExportFile(file: string, text: string): Promise<void> {
	const existing = await stat(file).catch(() => undefined);
	if (existing?.isDirectory()) {
		throw new ExportWriteError(file, 'is a folder; give a file name to write to');
	}

	if (existing !== undefined && !existing.isFile()) {
		// A device or a pipe (/dev/null, /dev/stdout, a FIFO): write through it. Renaming a new file
		// over it, as an atomic write does, would replace the device itself.
		try {
			await writeFile(file, text);
			return;
		} catch (error) {
			throw new ExportWriteError(file, `cannot write (${describeFsError(error)})`);
		}
	}

	try {
		await writeFileAtomic(file, text, {fsync: true});
	} catch (error) {
		const reason = describeFsError(error);
		throw new ExportWriteError(file, reason === 'no such file or folder' ? 'cannot write here: the folder does not exist' : `cannot write (${reason})`);
	}
}

/** Where the reviewer's `x` key writes the Markdown scorecard: next to the letter. */
export function scorecardFilePath(letterPath: string): string {
	return `${letterPath}.scorecard.md`;
}

// The last line of a scorecard `x` writes: a checksum of the text above it, so a later `x` can tell a
// file it wrote from one the user has edited since (or one it did not write), and leave that alone.
const stampPattern = /\n<!-- written by answer-review, sha256 ([\da-f]{64}); if you edit this file, x writes a new one beside it -->\n$/u;

/** The scorecard's text with its stamp line. */
export function stampScorecard(text: string): string {
	return `${text}\n<!-- written by answer-review, sha256 ${sha256(text)}; if you edit this file, x writes a new one beside it -->\n`;
}

/** True when `content` is a stamped scorecard exactly as written (nobody edited it since). */
export function isUntouchedScorecard(content: string): boolean {
	const match = stampPattern.exec(content);
	return match !== null && sha256(content.slice(0, match.index)) === match[1];
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Where `x` wrote, and the scorecard it left alone because the user had edited it. */
export type ScorecardWritten = {readonly path: string; readonly kept?: string};

/**
 * Writes the Markdown scorecard of a letter next to it (`<letter>.scorecard.md`), merged with the
 * reviewer's annotations when given. A scorecard there that the user edited since it was written (or
 * that answer-review did not write) is left as it is: the new one goes beside it
 * (`<letter>.scorecard.2.md`, or the next free number). Throws ExportWriteError (one line) on failure.
 */
export async function writeScorecardFile(letterPath: string, scorecard: Scorecard, review?: ReviewSource): Promise<ScorecardWritten> {
	const preferred = scorecardFilePath(letterPath);
	const document = buildExport([{scorecard, ...(review === undefined ? {} : {review})}]);
	const text = stampScorecard(renderMarkdown(document));
	let file = preferred;
	for (let copy = 2; !(await writable(file)); copy++) {
		file = `${letterPath}.scorecard.${copy}.md`;
	}

	await writeExportFile(file, text);
	return file === preferred ? {path: file} : {path: file, kept: preferred};
}

/** True when `x` may write `file`: it is not there, or it is a scorecard answer-review wrote and nobody edited since. */
async function writable(file: string): Promise<boolean> {
	try {
		return isUntouchedScorecard(await readFile(file, 'utf8'));
	} catch (error) {
		// Not there: free. Unreadable (a folder, no permission): the write says why.
		return (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR' || (error as NodeJS.ErrnoException).code === 'EACCES';
	}
}
