// Writes a letter's text as a real multi-page PDF (wrapped lines, hyphenated words, a running footer),
// for tests and the bench. Dev tooling: pdf-lib is a devDependency.
import {PDFDocument, StandardFonts} from 'pdf-lib';

/** How the PDF is laid out. */
export type PdfLayout = {
	/** Lines printed on every page's foot, e.g. the Aanhangsel footer and the document id. */
	readonly footer: readonly string[];
	/** Characters per line before wrapping. */
	readonly width?: number;
	readonly linesPerPage?: number;
};

const fontSize = 10;
const leading = 13;

/** Wraps paragraphs into lines of at most `width` characters, hyphenating long words at the break. */
export function wrapParagraphs(paragraphs: readonly string[], width: number): string[] {
	const lines: string[] = [];
	for (const paragraph of paragraphs) {
		let line = '';
		for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
			const room = width - line.length - (line === '' ? 0 : 1);
			if (word.length <= room) {
				line = line === '' ? word : `${line} ${word}`;
				continue;
			}

			// Split a long plain word where both halves are at least four letters and no two vowels meet.
			const cut = /^\p{Ll}{10,}$/u.test(word) ? hyphenPoint(word, room - 1) : 0;
			if (cut > 0) {
				lines.push(`${line === '' ? '' : `${line} `}${word.slice(0, cut)}-`);
				line = word.slice(cut);
			} else {
				lines.push(line);
				line = word;
			}
		}

		lines.push(line, '');
	}

	return lines;
}

function hyphenPoint(word: string, room: number): number {
	const vowels = 'aeiouy';
	for (let cut = Math.min(room, word.length - 4); cut >= 4; cut--) {
		if (!(vowels.includes(word[cut - 1]!) && vowels.includes(word[cut]!))) {
			return cut;
		}
	}

	return 0;
}

/** A PDF of the paragraphs, wrapped and paginated, with the footer on every page. */
export async function writeLetterPdf(paragraphs: readonly string[], {footer, width = 80, linesPerPage = 48}: PdfLayout): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	const font = await document.embedFont(StandardFonts.Helvetica);
	// The standard fonts encode WinAnsi only; a letter outside it (ć) is printed as its base letter.
	const printable = (text: string) => [...text.normalize('NFC')].map(char => {
		try {
			font.encodeText(char);
			return char;
		} catch {
			return char.normalize('NFD').replaceAll(/\p{M}/gu, '') || '?';
		}
	}).join('');
	const lines = wrapParagraphs(paragraphs.map(paragraph => printable(paragraph)), width);
	for (let start = 0, page = 1; start < lines.length; start += linesPerPage, page++) {
		const sheet = document.addPage([595, 842]);
		for (const [index, line] of lines.slice(start, start + linesPerPage).entries()) {
			sheet.drawText(line, {x: 56, y: 780 - index * leading, size: fontSize, font});
		}

		for (const [index, line] of [...footer, String(page)].entries()) {
			sheet.drawText(printable(line), {x: 56, y: 60 - index * leading, size: 8, font});
		}
	}

	return document.save();
}

/** A PDF with one image and no text layer, as a scanner makes. */
export async function writeScannedPdf(): Promise<Uint8Array> {
	const document = await PDFDocument.create();
	// A 1×1 grey PNG stands in for the scanned page.
	const png = await document.embedPng(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'));
	const page = document.addPage([595, 842]);
	page.drawImage(png, {x: 0, y: 0, width: 595, height: 842});
	return document.save();
}
