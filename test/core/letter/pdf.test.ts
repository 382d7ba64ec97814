import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLetterFile} from '../../../source/letter/index.js';
import {pageLines, pdfPagesToText, rejoinHyphenated} from '../../../source/letter/pdf-lines.js';
import {pdfToText} from '../../../source/letter/read-pdf.js';
import {writeScannedPdf} from '../../../source/bench/write-letter-pdf.js';
import {aanhangselPdf} from './pdf-fixture.js';
import {fixtureLetter} from './fixtures.js';

const folder = mkdtempSync(path.join(tmpdir(), 'answer-review-pdf-'));
const flat = (text: string | null) => (text ?? '').replaceAll(/\s+/gu, ' ').trim();

describe('a published Aanhangsel letter as PDF', () => {
	it.each(['ah-tk-20242025-573.txt', 'ah-tk-20242025-595.txt'])('%s reads the same questions and answers as its text', async name => {
		const file = path.join(folder, name.replace(/\.txt$/u, '.pdf'));
		const bytes = await aanhangselPdf(name);
		writeFileSync(file, bytes);
		const text = await pdfToText(bytes);
		// Several pages, words hyphenated at line ends by the writer, running footer on each page.
		expect(text.match(/^Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel$/gmu)!.length).toBeGreaterThan(1);

		const fromPdf = await readLetterFile(file);
		const fromText = fixtureLetter(name);
		expect(fromPdf.layout).toBe('aanhangsel');
		expect(fromPdf.questions.map(q => q.number)).toEqual(fromText.questions.map(q => q.number));
		for (const question of fromText.questions) {
			const read = fromPdf.questions.find(candidate => candidate.number === question.number)!;
			expect(flat(read.text)).toBe(flat(question.text));
			expect(flat(read.answer)).toBe(flat(question.answer));
		}
	});

	it('gives a scan without a text layer a clear message', async () => {
		const file = path.join(folder, 'scan.pdf');
		writeFileSync(file, await writeScannedPdf());
		await expect(readLetterFile(file)).rejects.toThrow(/scan\.pdf: the PDF has no text layer .*probably a scan/u);
	});
});

describe('rebuilding lines from positioned text', () => {
	it('orders items by height, then from left to right, with spaces where the gap is wide', () => {
		const at = (str: string, x: number, y: number) => ({str, x, y, width: str.length * 5, fontSize: 10});
		expect(pageLines([at('wereld', 80, 700), at('Hallo', 40, 700.2), at('Tweede regel', 40, 687)])).toEqual(['Hallo wereld', 'Tweede regel']);
	});

	it('rejoins words hyphenated at a line end, keeping the hyphens Dutch needs', () => {
		expect(rejoinHyphenated('de regelge-\nving is\nniet-\nEuropese zee-\negel')).toBe('de regelgeving\nis\nniet-\nEuropese zee-egel');
	});

	it('drops a running header that repeats at the top of every page', () => {
		const page = (body: string) => [{str: 'Ministerie van Justitie', x: 40, y: 800, width: 100, fontSize: 8}, {str: body, x: 40, y: 700, width: 100, fontSize: 10}];
		expect(pdfPagesToText([page('Vraag 1'), page('Antwoord 1'), page('Vraag 2')])).toBe('Vraag 1\nAntwoord 1\nVraag 2');
	});
});
