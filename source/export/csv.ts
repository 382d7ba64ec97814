// The CSV export: one row per answer across letters, RFC 4180 (csv-stringify), formula-safe.
import {stringify} from 'csv-stringify/sync';
import {safeText} from '../text/safe-text.js';
import {flagRegister, toggleFlags, type FlagRegister} from '../scoring/flags.js';
import type {ExportAnswer, ExportDocument} from './schema.js';

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"), also
// after leading spaces, no-break spaces or line breaks that it trims, and in full-width form (＝＋－＠).
const formulaStart = /^[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

/** A cell a spreadsheet will show as text: one starting (after any whitespace) with =, +, -, @ or their full-width forms, or with a tab or line break, is prefixed with a single quote. */
export function neutraliseCell(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** One CSV column: its name and how it is read from an answer row. */
export type CsvColumn = readonly [string, (row: ExportAnswer, subject: string) => string | number | boolean];

/** The CSV columns, in order, with how each is read from an answer row: the tool's, the reviewer's and the final value of each flag of the register. */
export function csvColumnsFor(register: FlagRegister = flagRegister): readonly CsvColumn[] {
	const flags = toggleFlags(register);
	return [
		['letter', row => row.letter],
		['subject', (_row, subject) => subject],
		['number', row => row.number],
		['key', row => row.key],
		['question', row => row.question],
		['answer', row => row.answer ?? ''],
		['tool_clarity', row => row.tool.clarity],
		['tool_score', row => row.tool.score],
		['tool_direct', row => row.tool.flags.direct.value ?? ''],
		...flags.map((flag): CsvColumn => [`tool_${flag}`, row => row.tool.flags[flag].value]),
		['future_deadline', row => row.tool.flags.future.deadline ?? ''],
		['evidence', row => evidenceCell(row)],
		['reviewed', row => row.reviewed],
		['answer_changed', row => row.answerChanged],
		['reviewer_verdict', row => row.reviewer?.verdict ?? ''],
		['reviewer_direct', row => (row.reviewer?.direct === undefined ? '' : row.reviewer.direct ?? 'none')],
		...flags.map((flag): CsvColumn => [`reviewer_${flag}`, row => row.reviewer?.[flag] ?? '']),
		['note', row => row.reviewer?.note ?? ''],
		['reviewer_skipped', row => row.reviewer?.skipped === true && !row.reviewed],
		['final_clarity', row => row.final.clarity],
		['final_direct', row => row.final.direct ?? ''],
		...flags.map((flag): CsvColumn => [`final_${flag}`, row => row.final[flag]]),
	];
}

/** The CSV columns of the register's flags. */
export const csvColumns: readonly CsvColumn[] = csvColumnsFor();

/** Every flag's evidence in one cell: `rule: "words"`, one per line. */
export function evidenceCell(row: ExportAnswer): string {
	return Object.values(row.tool.flags)
		.flatMap(flag => flag.evidence)
		.map(hit => `${hit.rule}: "${hit.text}"`)
		.join('\n');
}

/** The export as CSV: a header row, then one row per answer; CRLF line ends as RFC 4180 asks. */
export function renderCsv(document: ExportDocument, register: FlagRegister = flagRegister): string {
	const columns = register === flagRegister ? csvColumns : csvColumnsFor(register);
	const subjects = new Map(document.letters.map(letter => [letter.source, letter.meta.subject ?? '']));
	const records = document.answers.map(row => columns.map(([, read]) => cell(read(row, subjects.get(row.letter) ?? ''))));
	return csvText([columns.map(([name]) => name), ...records]);
}

/**
 * Rows as RFC 4180 CSV with CRLF line ends. A cell holding a line break of its own, even a bare LF, is
 * quoted (csv-stringify quotes only the record delimiter, CRLF, by itself, and a reader would start a
 * new row at the LF), and so is a cell with leading or trailing space, which spreadsheets trim.
 */
export function csvText(rows: ReadonlyArray<readonly string[]>): string {
	return stringify(rows as string[][], {record_delimiter: 'windows', quoted_match: [/^\s|\s$/u, /[\r\n]/u]});
}

function cell(value: string | number | boolean): string {
	if (typeof value !== 'string') {
		return String(value);
	}

	return neutraliseCell(safeText(value));
}
