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
 * just past `ceiling` (a declared size beyond it stops it at once). Not a zip: 0. The directory is
 * found as JSZip (mammoth's unzipper) finds it, so that every part it would unpack is counted: a ZIP64
 * end record, bytes prepended to the zip (offsets then count from where the zip starts), every
 * directory entry there is whatever count the end record gives, and ZIP64 sizes and offsets.
 */
export async function zipInflatedSize(bytes: Uint8Array, ceiling: number): Promise<number> {
	const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const directory = centralDirectory(data);
	if (directory === undefined) {
		return 0;
	}

	const {zero} = directory;
	let offset = zero + directory.offset;
	let total = 0;
	while (offset + 46 <= data.length && total <= ceiling && data.readUInt32LE(offset) === 0x02_01_4B_50) {
		const method = data.readUInt16LE(offset + 10);
		const nameLength = data.readUInt16LE(offset + 28);
		const extraLength = data.readUInt16LE(offset + 30);
		const sizes = zip64Sizes(data, offset + 46 + nameLength, extraLength, {
			declared: data.readUInt32LE(offset + 24),
			compressed: data.readUInt32LE(offset + 20),
			local: data.readUInt32LE(offset + 42),
		});
		offset += 46 + nameLength + extraLength + data.readUInt16LE(offset + 32);
		if (sizes.declared !== 0xFF_FF_FF_FF && sizes.declared > ceiling - total) {
			return ceiling + 1;
		}

		const local = zero + sizes.local;
		if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04_03_4B_50) {
			continue; // A part that cannot be found cannot be unpacked either.
		}

		const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
		const body = data.subarray(start, Math.min(data.length, start + sizes.compressed));
		// A broken part counts as far as it inflates, and the parts after it are still counted: mammoth
		// may never read the broken one.
		total += method === 8 ? await inflatedSize(body, 'raw', ceiling - total) : body.length;
	}

	return total;
}

const max16 = 0xFF_FF;
const max32 = 0xFF_FF_FF_FF;

/**
 * Where the central directory starts (`offset`, counted from `zero`) and where the zip starts in the
 * file (`zero`: past bytes prepended to it), read as JSZip reads them; undefined when there is none.
 */
function centralDirectory(data: Buffer): {readonly offset: number; readonly zero: number} | undefined {
	const end = data.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]));
	if (end < 0 || end + 22 > data.length) {
		return undefined;
	}

	let size = data.readUInt32LE(end + 12);
	let offset = data.readUInt32LE(end + 16);
	let expectedEnd: number;
	const zip64 = [4, 6, 8, 10].some(at => data.readUInt16LE(end + at) === max16) || size === max32 || offset === max32;
	if (zip64) {
		const locator = data.lastIndexOf(Buffer.from([0x50, 0x4B, 0x06, 0x07]));
		if (locator < 0 || locator + 20 > data.length) {
			return undefined;
		}

		let record = Number(data.readBigUInt64LE(locator + 8));
		if (!(record + 56 <= data.length && data.readUInt32LE(record) === 0x06_06_4B_50)) {
			record = data.lastIndexOf(Buffer.from([0x50, 0x4B, 0x06, 0x06]));
			if (record < 0 || record + 56 > data.length) {
				return undefined;
			}
		}

		size = Number(data.readBigUInt64LE(record + 40));
		offset = Number(data.readBigUInt64LE(record + 48));
		expectedEnd = offset + size + 20 + 12 + Number(data.readBigUInt64LE(record + 4));
	} else {
		expectedEnd = offset + size;
	}

	const prepended = end - expectedEnd;
	return {offset, zero: prepended > 0 ? prepended : 0};
}

/** A directory entry's sizes and local header offset, with those it gives as 0xFFFFFFFF read from its ZIP64 extra field. */
function zip64Sizes(data: Buffer, extraStart: number, extraLength: number, sizes: {declared: number; compressed: number; local: number}): {declared: number; compressed: number; local: number} {
	const extraEnd = Math.min(data.length, extraStart + extraLength);
	for (let at = extraStart; at + 4 < extraEnd; at += 4 + data.readUInt16LE(at + 2)) {
		if (data.readUInt16LE(at) !== 0x00_01) {
			continue;
		}

		const fieldEnd = Math.min(extraEnd, at + 4 + data.readUInt16LE(at + 2));
		let next = at + 4;
		const read = (value: number) => {
			if (value !== max32 || next + 8 > fieldEnd) {
				return value;
			}

			next += 8;
			return Number(data.readBigUInt64LE(next - 8));
		};

		const declared = read(sizes.declared);
		const compressed = read(sizes.compressed);
		return {declared, compressed, local: read(sizes.local)};
	}

	return sizes;
}
