// The CSV export: one row per answer across letters, RFC 4180 (csv-stringify), formula-safe.
import {stringify} from 'csv-stringify/sync';
import {safeText} from '../text/safe-text.js';
import type {ExportAnswer, ExportDocument} from './schema.js';

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"), also
// after leading spaces, no-break spaces or line breaks that it trims, and in full-width form (＝＋－＠).
const formulaStart = /^[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/u;

/** A cell a spreadsheet will show as text: one starting (after any whitespace) with =, +, -, @ or their full-width forms, or with a tab or line break, is prefixed with a single quote. */
export function neutraliseCell(text: string): string {
	return formulaStart.test(text) ? `'${text}` : text;
}

/** The CSV columns, in order, with how each is read from an answer row. */
export const csvColumns: ReadonlyArray<readonly [string, (row: ExportAnswer, subject: string) => string | number | boolean]> = [
	['letter', row => row.letter],
	['subject', (_row, subject) => subject],
	['number', row => row.number],
	['key', row => row.key],
	['question', row => row.question],
	['answer', row => row.answer ?? ''],
	['tool_clarity', row => row.tool.clarity],
	['tool_score', row => row.tool.score],
	['tool_direct', row => row.tool.flags.direct.value ?? ''],
	['tool_deflects', row => row.tool.flags.deflects.value],
	['tool_confidential', row => row.tool.flags.confidential.value],
	['tool_future', row => row.tool.flags.future.value],
	['future_deadline', row => row.tool.flags.future.deadline ?? ''],
	['evidence', row => evidenceCell(row)],
	['reviewed', row => row.reviewed],
	['answer_changed', row => row.answerChanged],
	['reviewer_verdict', row => row.reviewer?.verdict ?? ''],
	['reviewer_direct', row => (row.reviewer?.direct === undefined ? '' : row.reviewer.direct ?? 'none')],
	['reviewer_deflects', row => row.reviewer?.deflects ?? ''],
	['reviewer_confidential', row => row.reviewer?.confidential ?? ''],
	['reviewer_future', row => row.reviewer?.future ?? ''],
	['note', row => row.reviewer?.note ?? ''],
	['reviewer_skipped', row => row.reviewer?.skipped === true && !row.reviewed],
	['final_clarity', row => row.final.clarity],
	['final_direct', row => row.final.direct ?? ''],
	['final_deflects', row => row.final.deflects],
	['final_confidential', row => row.final.confidential],
	['final_future', row => row.final.future],
];

/** Every flag's evidence in one cell: `rule: "words"`, one per line. */
export function evidenceCell(row: ExportAnswer): string {
	return Object.values(row.tool.flags)
		.flatMap(flag => flag.evidence)
		.map(hit => `${hit.rule}: "${hit.text}"`)
		.join('\n');
}

/** The export as CSV: a header row, then one row per answer; CRLF line ends as RFC 4180 asks. */
export function renderCsv(document: ExportDocument): string {
	const subjects = new Map(document.letters.map(letter => [letter.source, letter.meta.subject ?? '']));
	const records = document.answers.map(row => csvColumns.map(([, read]) => cell(read(row, subjects.get(row.letter) ?? ''))));
	return csvText([csvColumns.map(([name]) => name), ...records]);
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
