// The export's file adapter: the only export code that touches the disk. Writes are atomic
// (write-file-atomic: temp file, fsync, rename), so a failed export leaves an existing file intact.
import {stat, writeFile} from 'node:fs/promises';
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

/**
 * Writes the Markdown scorecard of a letter next to it (`<letter>.scorecard.md`), merged with the
 * reviewer's annotations when given, and returns the path. Throws ExportWriteError (one line) on failure.
 */
export async function writeScorecardFile(letterPath: string, scorecard: Scorecard, review?: ReviewSource): Promise<string> {
	const file = scorecardFilePath(letterPath);
	const document = buildExport([{scorecard, ...(review === undefined ? {} : {review})}]);
	await writeExportFile(file, renderMarkdown(document));
	return file;
}
