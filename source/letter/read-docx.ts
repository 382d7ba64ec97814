// Reads a Word (.docx) letter with mammoth; the only module that imports it.
import mammoth from 'mammoth';
import {docxHtmlToText} from './docx-html.js';

/** The letter text of a .docx file's bytes, footnotes kept as "[N:  text]" notes (see docx-html.ts). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
	const result = await mammoth.convertToHtml(
		{buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)},
		// Logos and charts carry no letter text; skipping them saves encoding megabytes of base64.
		{convertImage: mammoth.images.imgElement(async () => ({src: ''}))},
	);
	return docxHtmlToText(result.value);
}
