import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {lettersFromCsv, readLetterRows} from '../../../source/letter/read-rows.js';
import {fixtureLetter} from './fixtures.js';

const csv = fileURLToPath(new URL('../../fixtures/csv/kamervragen-limburg-questions-2024-11.csv', import.meta.url));

describe('a CSV of letters', async () => {
	const {letters, skipped} = await readLetterRows(csv, {column: 'text_content', nameColumn: 'name'});

	it('reads one letter per row that answers, named from the name column', () => {
		expect(letters.length + skipped.length).toBe(86);
		expect(letters).toHaveLength(43);
		expect(letters[0]!.letter.source).toMatch(/kamervragen-limburg-questions-2024-11\.csv#Antwoord_op_vragen_van_het_lid_Daniëlle_\.pdf$/u);
	});

	it('tells how far it is row by row, the number of rows known from the first, each row by its name', async () => {
		const seen: Array<{row: number; total: number; name: string}> = [];
		const again = await readLetterRows(csv, {column: 'text_content', nameColumn: 'name', onRow: progress => {
			seen.push(progress);
		}});
		expect(again.letters).toHaveLength(letters.length);
		expect(seen).toHaveLength(86);
		expect(seen.every(progress => progress.total === 86)).toBe(true);
		expect(seen.map(progress => progress.row)).toEqual(Array.from({length: 86}, (_, index) => index + 1));
		expect(seen.map(progress => progress.name)).toEqual([...letters, ...skipped].sort((x, y) => x.row - y.row).map(row => row.name));
	});

	it('gives rows that share a name their row number, and keeps a slash in a name out of the path', () => {
		const rows = 'name,text\ndup,"Vraag 1\nKlopt het?\nAntwoord 1\nJa."\ndup,"Vraag 1\nWaarom?\nAntwoord 1\nDaarom."\nsub/dir/a.pdf,"Vraag 1\nHoe?\nAntwoord 1\nZo."\n';
		const read = lettersFromCsv(rows, 'rows.csv', {column: 'text', nameColumn: 'name'});
		expect(read.letters.map(row => row.letter.source)).toEqual(['rows.csv#dup (row 1)', 'rows.csv#dup (row 2)', 'rows.csv#sub∕dir∕a.pdf']);
	});

	it('lists postponement notices and question-only rows with their reason instead of failing', () => {
		expect(skipped.filter(row => row.reason.startsWith('a postponement notice')).map(row => row.row)).toEqual([9, 26, 66, 79]);
		expect(skipped.find(row => row.row === 7)!.reason).toBe('questions only (8), no answers');
		// Sub-questions under "… de volgende vragen:" and a source list are no answers.
		expect(skipped.find(row => row.row === 53)!.reason).toBe('questions only (2), no answers');
	});

	it('reads the rows that are fixture letters exactly as the fixture files', () => {
		// Row numbers count data rows from 1; SOURCES.md counts from 0.
		for (const [row, file] of [[2, 'ah-tk-20242025-594.txt'], [14, 'ah-tk-20242025-573.txt'], [31, 'ah-tk-20242025-571.txt'], [43, 'ah-tk-20242025-595.txt'], [3, 'ministry-ah604-vraag-antwoord-op-vraag.txt']] as const) {
			const read = letters.find(letter => letter.row === row)!.letter;
			const expected = fixtureLetter(file);
			expect(read.questions.map(q => [q.number, q.answer])).toEqual(expected.questions.map(q => [q.number, q.answer]));
		}
	});

	it('fails an empty CSV, or one with only a header, in one line instead of scoring nothing', () => {
		expect(() => lettersFromCsv('', 'x.csv', {column: 'text'})).toThrow('x.csv: the file is empty');
		expect(() => lettersFromCsv('name,text\n', 'x.csv', {column: 'text'})).toThrow('x.csv: no rows below the header, so no letters');
	});

	it('names the columns there are when the column is wrong', () => {
		expect(() => lettersFromCsv('name,text\na,b\n', 'x.csv', {column: 'text_content'})).toThrow('x.csv: no column "text_content"; the columns are: name, text');
	});
});
