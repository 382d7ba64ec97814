// Bench: how long reading takes per format: the eight Word letters and a 20-page PDF.
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {PDFDocument} from 'pdf-lib';
import {parseLetter, readLetterFile} from '../letter/index.js';
import {wrapParagraphs, writeLetterPdf} from './write-letter-pdf.js';

/** Timings of reading letters from Word and PDF. */
export type FormatBench = {
	readonly wordLetters: number;
	readonly wordQuestions: number;
	readonly wordMs: number;
	readonly pdfPages: number;
	readonly pdfQuestions: number;
	readonly pdfMs: number;
};

const pdfWidth = 80;
const pdfPages = 20;

/** Reads the .docx letters in `fixtures` and a 20-page PDF written from its longest Aanhangsel letter (595), timing each. */
export async function benchLetterFormats(fixtures: string): Promise<FormatBench> {
	const docx = (await readdir(fixtures)).filter(name => name.endsWith('.docx')).sort().map(name => path.join(fixtures, name));
	let start = performance.now();
	let wordQuestions = 0;
	for (const file of docx) {
		// eslint-disable-next-line no-await-in-loop
		wordQuestions += (await readLetterFile(file)).questions.length;
	}

	const wordMs = performance.now() - start;

	const name = 'ah-tk-20242025-595.txt';
	const text = await readFile(path.join(fixtures, name), 'utf8');
	const letter = parseLetter(text, name);
	const head = text.slice(0, text.search(/^Vraag 1\b/mu)).split('\n').filter(line => line.trim() !== '' && !/^ah-tk|ISSN/u.test(line));
	const paragraphs = [...head, ...letter.questions.flatMap(q => [`Vraag ${q.number}`, q.text, ...(q.answer === null ? [] : [`Antwoord ${q.number}`, ...q.answer.split('\n')])])];
	const linesPerPage = Math.floor(wrapParagraphs(paragraphs, pdfWidth).length / pdfPages);
	const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-bench-pdf-'));
	try {
		const pdf = path.join(folder, 'ah-tk-20242025-595.pdf');
		const bytes = await writeLetterPdf(paragraphs, {footer: ['ah-tk-20242025-595', 'ISSN 0168-6275', 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel'], width: pdfWidth, linesPerPage});
		await writeFile(pdf, bytes);
		const pages = (await PDFDocument.load(bytes)).getPageCount();
		start = performance.now();
		const read = await readLetterFile(pdf);
		return {wordLetters: docx.length, wordQuestions, wordMs, pdfPages: pages, pdfQuestions: read.questions.length, pdfMs: performance.now() - start};
	} finally {
		await rm(folder, {recursive: true, force: true});
	}
}

/** The bench as printed lines. */
export function formatFormatBench(bench: FormatBench): string {
	return [
		`word: ${bench.wordLetters} .docx letters, ${bench.wordQuestions} questions in ${bench.wordMs.toFixed(0)} ms (${(bench.wordMs / Math.max(1, bench.wordLetters)).toFixed(0)} ms a letter)`,
		`pdf: ${bench.pdfPages}-page letter, ${bench.pdfQuestions} questions in ${bench.pdfMs.toFixed(0)} ms`,
	].join('\n');
}
