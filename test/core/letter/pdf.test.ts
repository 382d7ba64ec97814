import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readLetterFile} from '../../../source/letter/index.js';
import {pageLines, pdfPagesToText, rejoinHyphenated} from '../../../source/letter/pdf-lines.js';
import {pdfToText} from '../../../source/letter/read-pdf.js';
import {parseLetter} from '../../../source/letter/parse.js';
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

	it('sets the government template\'s letterhead column apart from the text beside it, keeping the first page\'s', () => {
		const at = (str: string, x: number, y: number, fontSize = 10) => ({str, x, y, width: str.length * fontSize * 0.5, fontSize});
		const column = (page: number) => [at('Onze referentie', 470, 760, 7), at('2026-0000294466', 470, 747, 7), at(`Pagina ${page} van 2`, 470, 721, 7)];
		const first = [...column(1), at('Datum 25 juni 2026', 76, 773), at('1. Kunt u toelichten waarom de kosten', 76, 760), at('stijgen?', 76, 747), at('De kosten stijgen door de inflatie.', 76, 734), at('2. Wanneer ontvangt de Kamer de', 76, 721)];
		const second = [...column(2), at('brief?', 76, 760), at('Voor de zomer.', 76, 747)];
		expect(pageLines(first)).toEqual(['Onze referentie', '2026-0000294466', 'Pagina 1 van 2', 'Datum 25 juni 2026', '1. Kunt u toelichten waarom de kosten', 'stijgen?', 'De kosten stijgen door de inflatie.', '2. Wanneer ontvangt de Kamer de']);
		// Page 2's column repeats page 1's and is dropped; "Pagina 2 van 2" is left for the letter reader, which drops it.
		expect(pdfPagesToText([first, second])).toBe('Onze referentie\n2026-0000294466\nPagina 1 van 2\nDatum 25 juni 2026\n1. Kunt u toelichten waarom de kosten\nstijgen?\nDe kosten stijgen door de inflatie.\n2. Wanneer ontvangt de Kamer de\nPagina 2 van 2\nbrief?\nVoor de zomer.');
		const letter = parseLetter(pdfPagesToText([first, second]), 'brief.pdf');
		expect(letter.meta).toMatchObject({date: '2026-06-25', reference: '2026-0000294466'});
		expect(letter.questions.map(question => [question.text, question.answer])).toEqual([
			['Kunt u toelichten waarom de kosten stijgen?', 'De kosten stijgen door de inflatie.'],
			['Wanneer ontvangt de Kamer de brief?', 'Voor de zomer.'],
		]);
	});

	it('keeps a table column headed "Datum" in its table: the letterhead column starts in a page\'s top lines', () => {
		const at = (str: string, x: number, y: number) => ({str, x, y, width: str.length * 5, fontSize: 10});
		const page = [at('Vraag 1', 76, 760), at('Wanneer zijn de inspecties gehouden?', 76, 747), at('Antwoord 1', 76, 734), at('De inspecties vonden plaats op:', 76, 721),
			at('Gemeente', 76, 708), at('Datum', 400, 708), at('Maastricht', 76, 695), at('1 mei 2024', 400, 695)];
		expect(pageLines(page)).toEqual(['Vraag 1', 'Wanneer zijn de inspecties gehouden?', 'Antwoord 1', 'De inspecties vonden plaats op:', 'Gemeente Datum', 'Maastricht 1 mei 2024']);
	});

	it('drops a running header that repeats at the top of every page', () => {
		const page = (body: string) => [{str: 'Ministerie van Justitie', x: 40, y: 800, width: 100, fontSize: 8}, {str: body, x: 40, y: 700, width: 100, fontSize: 10}];
		expect(pdfPagesToText([page('Vraag 1'), page('Antwoord 1'), page('Vraag 2')])).toBe('Vraag 1\nAntwoord 1\nVraag 2');
	});
});
