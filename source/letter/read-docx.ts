// Reads a Word (.docx) letter with mammoth; the only module that imports it.
import {docxHtmlToText} from './docx-html.js';
import {inflatedSize} from './inflated-size.js';

/**
 * The most a .docx may inflate to, all its parts together. The real letters in the corpus and test
 * fixtures inflate to 0.30–0.41 MB (document.xml at most 0.12 MB); 32 MB leaves eighty times that,
 * and pictures, which inflate to about their stored size, still fit a file of the 20 MB a letter may
 * be. A 900 KB file that inflated to 380 MB took the process to 4.5 GB before it aborted.
 */
export const maxInflatedBytes = 32 * 1024 * 1024;

/** The letter text of a .docx file's bytes, footnotes kept as "[N:  text]" notes (see docx-html.ts). */
export async function docxToText(bytes: Uint8Array, limit = maxInflatedBytes): Promise<string> {
	await checkInflatedSize(bytes, limit);
	// Loaded after the check: a refused file is refused without the start-up cost of mammoth.
	const {default: mammoth} = await import('mammoth');
	const result = await mammoth.convertToHtml(
		{buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)},
		// Logos and charts carry no letter text; skipping them saves encoding megabytes of base64.
		{convertImage: mammoth.images.imgElement(async () => ({src: ''}))},
	);
	return docxHtmlToText(result.value);
}

/**
 * Throws when the zip's parts inflate to more than `limit` bytes together: by the sizes its directory
 * declares, and, since those can lie, by inflating every compressed part against what is left of that
 * budget, counting the output and keeping none of it. A file that is not a zip is left to mammoth.
 */
export async function checkInflatedSize(bytes: Uint8Array, limit: number): Promise<void> {
	if (await zipInflatedSize(bytes, limit) > limit) {
		throw new Error(`it would inflate to more than ${Math.round(limit / 1024 / 1024)} MB, too much for a letter`);
	}
}

/**
 * What a zip's parts inflate to together, as far as its central directory lists them; counting stops
 * just past `ceiling` (a declared size beyond it stops it at once). Not a zip: 0.
 */
export async function zipInflatedSize(bytes: Uint8Array, ceiling: number): Promise<number> {
	const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = data.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]));
	if (end < 0 || end + 22 > data.length) {
		return 0;
	}

	const count = data.readUInt16LE(end + 10);
	let offset = data.readUInt32LE(end + 16);
	let total = 0;
	for (let entry = 0; entry < count && offset + 46 <= data.length && total <= ceiling; entry++) {
		if (data.readUInt32LE(offset) !== 0x02_01_4B_50) {
			break; // No further directory: mammoth says the zip is broken.
		}

		const method = data.readUInt16LE(offset + 10);
		const compressed = data.readUInt32LE(offset + 20);
		const declared = data.readUInt32LE(offset + 24);
		const local = data.readUInt32LE(offset + 42);
		offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
		if (declared !== 0xFF_FF_FF_FF && declared > ceiling - total) {
			return ceiling + 1;
		}

		if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04_03_4B_50) {
			continue; // A part that cannot be found cannot be unpacked either.
		}

		const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
		const body = data.subarray(start, Math.min(data.length, start + compressed));
		// A broken part counts as far as it inflates, and the parts after it are still counted: mammoth
		// may never read the broken one.
		total += method === 8 ? await inflatedSize(body, 'raw', ceiling - total) : body.length;
	}

	return total;
}
