// Reads a PDF letter's text layer with unpdf; the only module that imports it.
import {errorLine} from '../text/error-line.js';
import {extractTextItems, getDocumentProxy} from 'unpdf';
import {pdfPagesToText} from './pdf-lines.js';

/** Why a PDF gave no letter text. */
export class PdfTextError extends Error {
	override readonly name = 'PdfTextError';
}

/** The letter text of a PDF's bytes; throws PdfTextError for a PDF without a text layer (a scan). */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
	let pages;
	try {
		// pdf.js takes ownership of the buffer it is given: hand it a copy.
		// verbosity 0: pdf.js keeps its own warnings ("Indexing all PDF objects") off standard error.
		const document = await getDocumentProxy(new Uint8Array(bytes), {verbosity: 0});
		try {
			pages = (await extractTextItems(document)).items;
		} finally {
			await document.destroy();
		}
	} catch (error) {
		throw new PdfTextError(`the PDF cannot be read (${errorLine(error)})`);
	}

	const text = pdfPagesToText(pages);
	if (text.trim() === '') {
		throw new PdfTextError(`the PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, probably a scan); run it through OCR first`);
	}

	return text;
}
