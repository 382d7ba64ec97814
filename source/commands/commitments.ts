// `answer-review commitments <file|folder>...`: every future promise in the answers, with who promises,
// the deadline as written and a resolved date. A text list, --json or --csv. Never loads ink or react.
import process from 'node:process';
import {csvText, findCommitments, neutraliseCell, type Commitment} from '../export/index.js';
import {safeText} from '../text/safe-text.js';
import {safeJson} from '../text/safe-json.js';
import {columnsOf, letterCacheFor} from '../letter/index.js';
import {scorePaths} from './score.js';
import type {Output} from './output.js';

/** Flags the commitments command reads. */
export type CommitmentsFlags = {
	readonly json?: boolean;
	readonly csv?: boolean;
	/** `--column NAME`, `--name-column NAME`: for a .csv of letters, as for `score`. */
	readonly column?: string;
	readonly nameColumn?: string;
	/** `--no-cache` (false): read every letter again, not from the cache of read letters. */
	readonly cache?: boolean;
};

/** Version of the `commitments --json` format. */
export const commitmentsJsonVersion = 1;

const processOutput: Output = {
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
};

/** The CSV columns of the commitments list. */
const columns: ReadonlyArray<readonly [string, (commitment: Commitment) => string | number]> = [
	['letter', commitment => commitment.letter],
	['subject', commitment => commitment.subject ?? ''],
	['letter_date', commitment => commitment.letterDate ?? ''],
	['number', commitment => commitment.number],
	['key', commitment => commitment.key],
	['promised_by', commitment => commitment.promisedBy],
	['promised_by_from', commitment => commitment.promisedByFrom],
	['deadline', commitment => commitment.deadline ?? ''],
	['deadline_date', commitment => commitment.deadlineDate ?? ''],
	['deadline_rule', commitment => commitment.deadlineRule ?? ''],
	['sentence', commitment => commitment.sentence],
	['rules', commitment => commitment.rules.join(' ')],
];

/** The commitments as RFC 4180 CSV, formula-safe. */
export function commitmentsToCsv(commitments: readonly Commitment[]): string {
	const rows = commitments.map(commitment => columns.map(([, read]) => {
		const value = read(commitment);
		return typeof value === 'number' ? String(value) : neutraliseCell(safeText(value));
	}));
	return csvText([columns.map(([name]) => name), ...rows]);
}

/** The commitments as a readable list, grouped by letter. */
export function formatCommitments(commitments: readonly Commitment[]): string {
	if (commitments.length === 0) {
		return 'No future promises found.\n';
	}

	const lines: string[] = [];
	let letter: string | undefined;
	for (const commitment of commitments) {
		if (commitment.letter !== letter) {
			letter = commitment.letter;
			lines.push(...(lines.length > 0 ? [''] : []), safeText(`${commitment.letter}${commitment.subject ? ` — ${commitment.subject}` : ''}${commitment.letterDate ? ` (${commitment.letterDate})` : ''}`));
		}

		const when = commitment.deadline === undefined ? 'no deadline' : `“${commitment.deadline}”${commitment.deadlineDate ? ` → ${commitment.deadlineDate}` : ' (no date)'}`;
		lines.push(safeText(`  ${commitment.key.padStart(4)}  ${when} · ${commitment.promisedBy}`), safeText(`        ${commitment.sentence}`));
	}

	return `${lines.join('\n')}\n`;
}

/** `answer-review commitments <file|folder>... [--json|--csv]`: exit 0, 1 when a letter failed, 2 on misuse. */
export async function runCommitments(paths: readonly string[], flags: CommitmentsFlags, output: Output = processOutput): Promise<number> {
	if (paths.length === 0) {
		output.err('answer-review commitments: name at least one letter file or folder (see --help)\n');
		return 2;
	}

	if (flags.json && flags.csv) {
		output.err('answer-review commitments: choose one of --json and --csv\n');
		return 2;
	}

	// Only the promises are kept: each scorecard is dropped once they are taken from it.
	const commitments: Commitment[] = [];
	const {failures, skipped} = await scorePaths(paths, {...columnsOf(flags), cache: letterCacheFor(flags, process.env), onScorecard(scorecard) {
		commitments.push(...findCommitments(scorecard));
	}});
	if (flags.json) {
		// Every key on every commitment: one the letter does not give is null, as in `score --json`.
		const complete = commitments.map(commitment => ({
			letter: commitment.letter,
			subject: commitment.subject ?? null,
			letterDate: commitment.letterDate ?? null,
			number: commitment.number,
			key: commitment.key,
			sentence: commitment.sentence,
			promisedBy: commitment.promisedBy,
			promisedByFrom: commitment.promisedByFrom,
			deadline: commitment.deadline ?? null,
			deadlineDate: commitment.deadlineDate ?? null,
			deadlineRule: commitment.deadlineRule ?? null,
			rules: commitment.rules,
		}));
		output.out(`${safeJson({format: 'answer-review-commitments', version: commitmentsJsonVersion, commitments: complete})}\n`);
	} else if (flags.csv) {
		output.out(commitmentsToCsv(commitments));
	} else {
		output.out(formatCommitments(commitments));
	}

	for (const row of skipped) {
		output.err(`skipped: ${row}\n`);
	}

	for (const failure of failures) {
		output.err(`error: ${failure}\n`);
	}

	return failures.length > 0 ? 1 : 0;
}
