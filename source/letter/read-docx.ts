// Reads a Word (.docx) letter with mammoth; the only module that imports it.
import {inflateRawSync} from 'node:zlib';
import mammoth from 'mammoth';
import {docxHtmlToText} from './docx-html.js';

/**
 * The most a .docx may inflate to, all its parts together. A letter's document.xml is a few MB; a
 * 900 KB file that inflates to 380 MB took the process to 4.5 GB before it aborted.
 */
export const maxInflatedBytes = 128 * 1024 * 1024;

/** The letter text of a .docx file's bytes, footnotes kept as "[N:  text]" notes (see docx-html.ts). */
export async function docxToText(bytes: Uint8Array, limit = maxInflatedBytes): Promise<string> {
	checkInflatedSize(bytes, limit);
	const result = await mammoth.convertToHtml(
		{buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)},
		// Logos and charts carry no letter text; skipping them saves encoding megabytes of base64.
		{convertImage: mammoth.images.imgElement(async () => ({src: ''}))},
	);
	return docxHtmlToText(result.value);
}

/**
 * Throws when the zip's parts inflate to more than `limit` bytes together: by the sizes its directory
 * declares, and, since those can lie, by inflating each compressed part with that budget as a ceiling
 * (zlib stops there instead of allocating the rest). A file that is not a zip is left to mammoth.
 */
export function checkInflatedSize(bytes: Uint8Array, limit: number): void {
	const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = data.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]));
	if (end < 0 || end + 22 > data.length) {
		return;
	}

	const count = data.readUInt16LE(end + 10);
	let offset = data.readUInt32LE(end + 16);
	let budget = limit;
	const tooLarge = () => new Error(`it would inflate to more than ${Math.round(limit / 1024 / 1024)} MB, too much for a letter`);
	for (let entry = 0; entry < count && offset + 46 <= data.length; entry++) {
		if (data.readUInt32LE(offset) !== 0x02_01_4B_50) {
			return;
		}

		const method = data.readUInt16LE(offset + 10);
		const compressed = data.readUInt32LE(offset + 20);
		const declared = data.readUInt32LE(offset + 24);
		const nameLength = data.readUInt16LE(offset + 28);
		const extraLength = data.readUInt16LE(offset + 30);
		const commentLength = data.readUInt16LE(offset + 32);
		const local = data.readUInt32LE(offset + 42);
		if (declared !== 0xFF_FF_FF_FF && declared > budget) {
			throw tooLarge();
		}

		if (local + 30 <= data.length && data.readUInt32LE(local) === 0x04_03_4B_50) {
			const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
			const body = data.subarray(start, Math.min(data.length, start + compressed));
			if (method === 8) {
				try {
					budget -= inflateRawSync(body, {maxOutputLength: Math.max(1, budget)}).length;
				} catch (error) {
					if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
						throw tooLarge();
					}

					return; // A broken part: mammoth names the problem.
				}
			} else {
				budget -= body.length;
			}
		}

		if (budget < 0) {
			throw tooLarge();
		}

		offset += 46 + nameLength + extraLength + commentLength;
	}
}
