// Writes real letters as PDFs for the reader tests (pdf-lib), from the fixture text.
import {readFileSync} from 'node:fs';
import {parseLetter} from '../../../source/letter/index.js';
import {writeLetterPdf} from '../../../source/bench/write-letter-pdf.js';
import {fixturePath} from './fixtures.js';

/** The paragraphs of an Aanhangsel fixture letter, as its PDF prints them: header, then "Vraag N" / "Antwoord N". */
export function aanhangselParagraphs(name: string): string[] {
	const text = readFileSync(fixturePath(name), 'utf8');
	const letter = parseLetter(text, name);
	const head = text.slice(0, text.search(/^Vraag 1\b/mu)).split('\n').filter(line => line.trim() !== '' && !/^ah-tk|ISSN/u.test(line));
	return [...head, ...letter.questions.flatMap(q => [`Vraag ${q.number}`, q.text, ...(q.answer === null ? [] : [`Antwoord ${q.number}`, ...q.answer.split('\n')])])];
}

/** A multi-page PDF of an Aanhangsel fixture letter with its running footer on every page. */
export async function aanhangselPdf(name: string): Promise<Uint8Array> {
	const id = name.replace(/\.txt$/u, '');
	return writeLetterPdf(aanhangselParagraphs(name), {footer: [id, 'ISSN 0168-6275', 'Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel']});
}
