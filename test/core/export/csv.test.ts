import {describe, expect, it} from 'vitest';
import {buildExport, reviewFromSidecar} from '../../../source/export/build.js';
import {csvColumns, csvText, neutraliseCell, renderCsv} from '../../../source/export/csv.js';
import {parseCsv, reviewOf, scored, spreadsheetLetter} from './helpers.js';

describe('neutralising spreadsheet formulas', () => {
	it.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['+31 20', "'+31 20"],
		['-1+1', "'-1+1"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\tcmd', "'\tcmd"],
		['\rcmd', "'\rcmd"],
		[' =1+1', "' =1+1"],
		['\u00A0=1+1', "'\u00A0=1+1"],
		['\n=1+1', "'\n=1+1"],
		['  @SUM(A1)', "'  @SUM(A1)"],
		['＝1+1', "'＝1+1"],
		[' tekst', ' tekst'],
		['Ja, =1', 'Ja, =1'],
		['', ''],
	])('%j → %j', (cell, expected) => {
		expect(neutraliseCell(cell)).toBe(expected);
	});
});

describe('the CSV export', () => {
	const columnOf = (name: string) => csvColumns.findIndex(([column]) => column === name);

	it('is RFC 4180: one header, one row per answer, commas, quotes and newlines quoted, CRLF records', async () => {
		const text = renderCsv(buildExport([{scorecard: await scored(spreadsheetLetter)}]));
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text).toContain('"Ja. De kosten stijgen, zoals ""het rapport"" zegt.\n\nEen tweede alinea, met een komma en ""aanhalingstekens""."');
		const rows = parseCsv(text);
		expect(rows).toHaveLength(4);
		expect(rows[0]).toEqual(csvColumns.map(([name]) => name));
		expect(rows.every(row => row.length === csvColumns.length)).toBe(true);
		expect(rows[1]![columnOf('answer')]).toBe('Ja. De kosten stijgen, zoals "het rapport" zegt.\n\nEen tweede alinea, met een komma en "aanhalingstekens".');
		expect(rows[1]![columnOf('subject')]).toBe('rekenbladen, "formules" en komma\'s');
	});

	it('quotes a cell with a bare line break, which a reader would otherwise take for a new row', () => {
		expect(csvText([['a', 'eerste regel\ntweede regel'], ['b', 'c\rd']])).toBe('a,"eerste regel\ntweede regel"\r\nb,"c\rd"\r\n');
	});

	it('neutralises every cell that a spreadsheet would run as a formula', async () => {
		const rows = parseCsv(renderCsv(buildExport([{scorecard: await scored(spreadsheetLetter)}])));
		expect(rows[1]![columnOf('question')]).toBe('\'=HYPERLINK("https://evil.example/?q=1";"klik") Klopt het dat "de kosten", volgens het rapport, stijgen?');
		expect(rows[2]![columnOf('question')]).toBe("'-1+1: is dat twee?");
		expect(rows[2]![columnOf('answer')]).toMatch(/^'@SUM/u);
		expect(rows[3]![columnOf('question')]).toMatch(/^'\+31/u);
		for (const row of rows) {
			for (const cell of row) {
				expect(cell).not.toMatch(/^[=+\-@\t\r]/u);
			}
		}
	});

	it('shows the tool, the reviewer and the final value side by side, with the note', async () => {
		const scorecard = await scored(spreadsheetLetter);
		const sidecar = await reviewOf(spreadsheetLetter, 'anna', [
			['2', {type: 'set-verdict', verdict: 'clear'}],
			['2', {type: 'set-note', note: '=cmd|"/c calc"!A1, toch "duidelijk"'}],
		]);
		const rows = parseCsv(renderCsv(buildExport([{scorecard, review: reviewFromSidecar(sidecar)}])));
		const row = rows[2]!;
		expect(row[columnOf('tool_clarity')]).toBe(scorecard.answers[1]!.clarity);
		expect(row[columnOf('reviewer_verdict')]).toBe('clear');
		expect(row[columnOf('final_clarity')]).toBe('clear');
		expect(row[columnOf('note')]).toBe('\'=cmd|"/c calc"!A1, toch "duidelijk"');
		expect(row[columnOf('evidence')]).toContain('deflects.cross-reference: "Zie het antwoord op vraag 1"');
		expect(rows[1]![columnOf('reviewed')]).toBe('false');
	});
});
