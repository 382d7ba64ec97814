// `answer-review export <letter|folder>...`: the scorecard merged with the reviewer's annotations, as
// Markdown (default), JSON or CSV, to stdout or atomically to --output FILE. Never loads ink or react.
import process from 'node:process';
import path from 'node:path';
import {letterCacheFor, listLetterFiles, readLetterFile, type Letter} from '../letter/index.js';
import {scoreLetter} from '../scoring/index.js';
import {loadAnnotations, realPathOf, reviewerSlug, sidecarPath} from '../store/index.js';
import {errorLine} from '../text/error-line.js';
import {buildExport, renderCsv, renderMarkdown, reviewFromSidecar, serializeExport, writeExportFile, type ExportDocument, type ExportInput} from '../export/index.js';
import {safeText} from '../text/safe-text.js';
import {describeFailure, type Output} from './output.js';

/** The export formats. */
export type ExportFormat = 'markdown' | 'json' | 'csv';

/** The formats, for checking `--format`. */
export const exportFormats: readonly ExportFormat[] = ['markdown', 'json', 'csv'];

/** Flags the export command reads. */
export type ExportFlags = {
	/** `--format markdown|json|csv`; Markdown when absent. */
	readonly format?: string;
	/** `--output FILE`: written atomically; stdout when absent. */
	readonly output?: string;
	/** `--annotations FILE`: the sidecar of the one letter exported. */
	readonly annotations?: string;
	/** `--reviewer NAME`: read `<letter>.review.<name>.json` (see the store's `sidecarPath`). */
	readonly reviewer?: string;
	/** `--column NAME`, `--name-column NAME`: for a .csv of letters, as for `score`; each row's review is `<file>.csv#<name>.review.json`. */
	readonly column?: string;
	readonly nameColumn?: string;
	/** `--no-cache` (false): read every letter again, not from the cache of read letters. */
	readonly cache?: boolean;
	/** `--no-bom`: leave the UTF-8 byte order mark off the CSV (on by default, so a spreadsheet reads "geïnformeerd" as UTF-8). */
	readonly bom?: boolean;
};

/** The UTF-8 byte order mark the CSV export starts with. */
export const utf8Bom = '\uFEFF';

const processOutput: Output = {
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
};

/** Renders the export document in one format. */
export function renderExport(document: ExportDocument, format: ExportFormat, options: {readonly bom?: boolean} = {}): string {
	switch (format) {
		case 'markdown': {
			return renderMarkdown(document);
		}

		case 'json': {
			return serializeExport(document);
		}

		case 'csv': {
			// Spreadsheets read a CSV without a byte order mark in the system's code page ("geÃ¯nformeerd").
			return `${options.bom === false ? '' : utf8Bom}${renderCsv(document)}`;
		}
	}
}

/** Reads every letter and its sidecar; failures are one line each. A postponement notice found in a folder is skipped. */
export async function loadExportInputs(paths: readonly string[], flags: ExportFlags): Promise<{inputs: ExportInput[]; failures: string[]; skipped: string[]; files: readonly string[]; letters: readonly string[]}> {
	const {files, errors} = await listLetterFiles([...paths]);
	if (flags.annotations !== undefined && files.length > 1) {
		// One sidecar cannot belong to several letters: say so instead of failing each letter.
		return {inputs: [], failures: [], skipped: [], files, letters: files};
	}

	const failures = errors.map(error => safeText(error.message));
	const skipped: string[] = [];
	const inputs: ExportInput[] = [];
	// Every letter read, a CSV's rows one by one: each has a review file of its own.
	const letters: string[] = [];
	const add = async (letter: Letter, file: string) => {
		letters.push(letter.source);
		const scorecard = scoreLetter(letter);
		if (scorecard.answers.every(answer => answer.answer === null)) {
			const problem = `${file}: no answers in this letter${letter.kind === 'postponement' ? ' (a postponement notice)' : ''}; nothing to export`;
			(paths.includes(file) ? failures : skipped).push(safeText(problem));
			return;
		}

		const sidecar = sidecarPath(letter.source, flags);
		const annotations = await loadAnnotations(sidecar, letter);
		inputs.push(annotations === undefined ? {scorecard} : {scorecard, review: reviewFromSidecar(annotations, sidecar)});
	};

	const cache = letterCacheFor(flags, process.env);
	for (const file of files) {
		try {
			if (flags.column !== undefined && path.extname(file).toLowerCase() === '.csv') {
				// A dataset: every row that answers is a letter, with its own review file.
				const {readLetterRows} = await import('../letter/read-rows.js');
				const rows = await readLetterRows(file, {column: flags.column, nameColumn: flags.nameColumn});
				skipped.push(...rows.skipped.map(row => safeText(`${file} row ${row.row} (${row.name}): ${row.reason}`)));
				for (const row of rows.letters) {
					try {
						await add(row.letter, row.letter.source);
					} catch (error) {
						failures.push(describeFailure(row.letter.source, error));
					}
				}
			} else {
				await add(await readLetterFile(file, {cache}), file);
			}
		} catch (error) {
			failures.push(describeFailure(file, error));
		}
	}

	return {inputs, failures, skipped, files, letters};
}

/**
 * `answer-review export <letter|folder>... [--format F] [--output FILE] [--annotations FILE]`: exit 0 when
 * every letter was exported; 1 when any input failed (one line each; the rest are exported) or the
 * output could not be written (an existing file is left intact); 2 on misuse.
 */
export async function runExport(paths: readonly string[], flags: ExportFlags, output: Output = processOutput): Promise<number> {
	const usage = (message: string) => {
		output.err(`answer-review export: ${message} (see --help)\n`);
		return 2;
	};

	if (paths.length === 0) {
		return usage('name a letter file or a folder of letters');
	}

	const format = (flags.format ?? 'markdown').toLowerCase() as ExportFormat;
	if (!exportFormats.includes(format)) {
		return usage(`--format must be one of ${exportFormats.join(', ')}, not "${safeText(flags.format ?? '')}"`);
	}

	if (flags.output === '' || flags.output === '-') {
		return usage('--output needs a file name; without --output the export goes to standard output');
	}

	if (flags.reviewer !== undefined) {
		try {
			reviewerSlug(flags.reviewer);
		} catch (error) {
			return usage(safeText(errorLine(error)));
		}
	}

	const {inputs, failures, skipped, files, letters} = await loadExportInputs(paths, flags);
	// Several files, or a CSV of several letters (with several files, `letters` is those files).
	if (flags.annotations !== undefined && letters.length > 1) {
		return usage('--annotations names the sidecar of one letter; export one letter with it, or drop it to use each letter\'s own');
	}

	const clash = flags.output === undefined ? undefined : await inputAt(flags.output, [...new Set([...files, ...letters])], flags);
	if (clash !== undefined) {
		return usage(`--output ${safeText(flags.output ?? '')} is ${safeText(clash)}, which the export reads; write it to another file`);
	}

	for (const note of skipped) {
		output.err(`answer-review export: skipped ${note}\n`);
	}

	for (const failure of failures) {
		output.err(`answer-review export: ${failure}\n`);
	}

	if (inputs.length === 0) {
		if (failures.length === 0) {
			output.err('answer-review export: no letter with answers to export\n');
		}

		if (flags.output !== undefined) {
			output.err(`answer-review export: nothing was written; ${safeText(flags.output)} is unchanged\n`);
		}

		return 1;
	}

	const text = renderExport(buildExport(inputs), format, {bom: flags.bom !== false});
	const code = failures.length > 0 ? 1 : 0;
	if (flags.output === undefined) {
		output.out(text);
		return code;
	}

	try {
		await writeExportFile(flags.output, text);
	} catch (error) {
		output.err(`answer-review export: ${safeText((error as Error).message.split('\n')[0] ?? '')}; nothing was written\n`);
		return 1;
	}

	const answers = inputs.reduce((sum, input) => sum + input.scorecard.answers.length, 0);
	// A message, not the export: on stderr, so `--output /dev/stdout | …` carries the export alone.
	output.err(`answer-review export: wrote ${safeText(flags.output)} (${format}, ${inputs.length} letter${inputs.length === 1 ? '' : 's'}, ${answers} answers)\n`);
	return code;
}

/**
 * The letter or review file among the inputs that `file` is (after symbolic links), if any. A review
 * file need not exist yet: writing the export where the reviewer will save would clobber the review.
 */
async function inputAt(file: string, letters: readonly string[], flags: ExportFlags): Promise<string | undefined> {
	const target = await realPathOf(file);
	if (target === undefined) {
		return undefined; // Its folder does not exist: the write fails, and can clobber nothing.
	}

	for (const letter of letters) {
		for (const input of [letter, sidecarPath(letter, flags), sidecarPath(letter)]) {
			// eslint-disable-next-line no-await-in-loop
			if (await realPathOf(input) === target) {
				return input === letter ? `the letter ${input}` : `the review file ${input}`;
			}
		}

		// Any reviewer's review file of the letter, not only the one this export reads.
		// eslint-disable-next-line no-await-in-loop
		const folder = await realPathOf(path.dirname(letter));
		const name = path.basename(target);
		if (folder === path.dirname(target) && name.startsWith(`${path.basename(letter)}.review.`) && name.endsWith('.json')) {
			return `a review file of ${letter}`;
		}
	}

	return undefined;
}

