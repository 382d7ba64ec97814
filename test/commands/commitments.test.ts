import {describe, expect, it} from 'vitest';
import {runCommitments, type CommitmentsFlags} from '../../source/commands/commitments.js';
import {parseCsv, seedLetter, spreadsheetLetter} from '../core/export/helpers.js';

async function commitmentsOf(paths: string[], flags: CommitmentsFlags = {}) {
	let out = '';
	let err = '';
	const code = await runCommitments(paths, flags, {out: text => { out += text; }, err: text => { err += text; }});
	return {code, out, err};
}

describe('answer-review commitments', () => {
	it('reads a CSV of letters with --column, one letter per row', async () => {
		const {code, out, err} = await commitmentsOf(['test/fixtures/csv/kamervragen-limburg-questions-2024-11.csv'], {column: 'text_content', nameColumn: 'name', csv: true});
		expect(code).toBe(0);
		const rows = parseCsv(out);
		expect(rows.length).toBeGreaterThan(10);
		expect(rows.slice(1).every(row => row[0]!.includes('.csv#'))).toBe(true);
		expect(err).toMatch(/^skipped: /mu);
	});

	it('lists each promise with its deadline as written and the resolved date', async () => {
		const {code, out, err} = await commitmentsOf([seedLetter]);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toContain('(2026-06-25)');
		expect(out).toContain('“Later dit jaar” → 2026-12-31 · staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties');
		expect(out).toContain('“vóór het zomerreces” → 2026-07-03');
		expect(out).toContain('“op korte termijn” (no date)');
	});

	it('prints JSON with one entry per promise', async () => {
		const {code, out} = await commitmentsOf([seedLetter], {json: true});
		expect(code).toBe(0);
		const document = JSON.parse(out) as {version: number; commitments: Array<Record<string, unknown>>};
		expect(document.version).toBe(1);
		expect(document.commitments).toContainEqual(expect.objectContaining({number: 3, deadline: 'Later dit jaar', deadlineDate: '2026-12-31', deadlineRule: 'end-of-this-year'}));
		// A promise without a deadline has the keys all the same, null.
		expect(document.commitments).toContainEqual(expect.objectContaining({deadline: null, deadlineDate: null, deadlineRule: null}));
	});

	it('prints formula-safe RFC 4180 CSV across letters', async () => {
		const {code, out} = await commitmentsOf([seedLetter, spreadsheetLetter], {csv: true});
		expect(code).toBe(0);
		const rows = parseCsv(out);
		expect(rows[0]).toEqual(['letter', 'subject', 'letter_date', 'number', 'key', 'promised_by', 'promised_by_from', 'deadline', 'deadline_date', 'deadline_rule', 'sentence', 'rules']);
		expect(rows).toContainEqual([spreadsheetLetter, 'rekenbladen, "formules" en komma\'s', '2026-06-25', '3', '3', 'the answering minister', 'answering minister', 'vóór het zomerreces', '2026-07-03', 'summer-recess', 'Ik zal uw Kamer vóór het zomerreces informeren.', 'future.inform-kamer future.deadline']);
		// "De NVWA zal later dit jaar een onderzoek starten." is the agency's plan, not the minister's promise.
		expect(out).not.toContain('De NVWA zal');
	});

	it('reports a failed letter on one line and exits 1; misuse exits 2', async () => {
		const failed = await commitmentsOf([seedLetter, 'test/fixtures/letters/weg.txt']);
		expect(failed.code).toBe(1);
		expect(failed.err.trim()).toBe('error: test/fixtures/letters/weg.txt: no such file or folder');
		expect((await commitmentsOf([])).code).toBe(2);
		expect((await commitmentsOf([seedLetter], {json: true, csv: true})).code).toBe(2);
	});
});
