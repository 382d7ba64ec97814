// Reads a PDF letter's text layer with unpdf; the only module that imports it.
import {errorLine} from '../text/error-line.js';
import {pdfPagesToText} from './pdf-lines.js';
import {pdfInflatedSize} from './pdf-streams.js';

/**
 * The most a PDF's compressed streams (pages, fonts, object lists, pictures not JPEG) may inflate to
 * together. Aanhangsel letters written by the tests inflate to 0.3 MB, a 70-page manual to 0.5 MB;
 * 32 MB leaves room for fonts embedded whole, and is what a .docx may inflate to.
 */
export const maxInflatedBytes = 32 * 1024 * 1024;

/** The most pages a PDF may have: pdf.js reads them all at once. A letter has a few, with annexes hundreds. */
export const maxPages = 2000;

/** Why a PDF gave no letter text. */
export class PdfTextError extends Error {
	override readonly name = 'PdfTextError';
}

/**
 * The letter text of a PDF's bytes; throws PdfTextError for a PDF without a text layer (a scan), and
 * for one that would inflate beyond `limit` bytes or has more than maxPages pages, before reading it.
 */
export async function pdfToText(bytes: Uint8Array, limit = maxInflatedBytes): Promise<string> {
	if (await pdfInflatedSize(bytes, limit) > limit) {
		throw new PdfTextError(`the PDF would inflate to more than ${Math.round(limit / 1024 / 1024)} MB, too much for a letter`);
	}

	// Loaded after the check: a refused file is refused without the start-up cost of pdf.js.
	const {extractTextItems, getDocumentProxy} = await import('unpdf');
	let pages;
	let pageCount = 0;
	try {
		// pdf.js takes ownership of the buffer it is given: hand it a copy.
		// verbosity 0: pdf.js keeps its own warnings ("Indexing all PDF objects") off standard error.
		const document = await getDocumentProxy(new Uint8Array(bytes), {verbosity: 0});
		try {
			pageCount = document.numPages;
			pages = pageCount > maxPages ? [] : (await extractTextItems(document)).items;
		} finally {
			await document.destroy();
		}
	} catch (error) {
		throw new PdfTextError(`the PDF cannot be read (${errorLine(error)})`);
	}

	if (pageCount > maxPages) {
		throw new PdfTextError(`the PDF has ${pageCount} pages; a letter has at most ${maxPages}`);
	}

	const text = pdfPagesToText(pages);
	if (text.trim() === '') {
		throw new PdfTextError(`the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, probably a scan); run it through OCR first`);
	}

	return text;
}
