import {flagRegister, type FlagRegister} from '../scoring/flags.js';
import {exportDocumentSchema, exportFormatName, exportFormatVersion, exportSchemasFor, type ExportDocument} from './schema.js';
import {safeJson} from '../text/safe-json.js';

/** The export as JSON text: validated, keys in schema order (a flag's field for each flag of the register), two-space indent, trailing newline. */
export function serializeExport(document: ExportDocument, register: FlagRegister = flagRegister): string {
	const canonical = (register === flagRegister ? exportDocumentSchema : exportSchemasFor(register).document).parse(document);
	return `${safeJson(canonical)}\n`;
}

/** The outcome of reading an exported JSON file. */
export type ParsedExport =
	| {readonly ok: true; readonly document: ExportDocument}
	| {readonly ok: false; readonly reason: string};

/** Parses and validates an exported scorecard; never throws. The reason is one line. */
export function parseExport(text: string): ParsedExport {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return {ok: false, reason: `not valid JSON (${(error as Error).message.split('\n')[0]})`};
	}

	const header = typeof json === 'object' && json !== null ? json as {format?: unknown; version?: unknown} : {};
	if (header.format !== exportFormatName) {
		return {ok: false, reason: `not an answer-review scorecard (format is not "${exportFormatName}")`};
	}

	if (typeof header.version === 'number' && header.version > exportFormatVersion) {
		return {ok: false, reason: `written by a newer answer-review (format ${header.version}; this version reads format ${exportFormatVersion})`};
	}

	const result = exportDocumentSchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0];
		const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
		return {ok: false, reason: `not a valid scorecard (${where}${issue?.message ?? 'invalid'})`};
	}

	return {ok: true, document: result.data};
}
