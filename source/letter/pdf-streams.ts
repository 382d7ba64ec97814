// Measures what a PDF's compressed streams decode to, before pdf.js unpacks them (it decodes a
// stream whole, however far it goes).
import {inflatedSize, inflateWithin} from './inflated-size.js';
import {ascii85Decode, asciiHexDecode, isPdfWhitespace, lzwDecode, runLengthDecode} from './pdf-filters.js';

const latin1 = new TextDecoder('latin1');
const streamKeyword = Buffer.from('stream');
const endStreamKeyword = Buffer.from('endstream');

// A stream's dictionary sits just before `stream`, after the previous stream's data; one farther
// back than this is no dictionary a writer makes.
const longestDictionary = 64 * 1024;

/** The filters pdf.js decodes that are counted, by their names and abbreviations. */
const filterKinds = new Map<string, FilterKind>([
	['FlateDecode', 'flate'], ['Fl', 'flate'],
	['BrotliDecode', 'brotli'],
	['LZWDecode', 'lzw'], ['LZW', 'lzw'],
	['RunLengthDecode', 'rl'], ['RL', 'rl'],
	['ASCII85Decode', 'a85'], ['A85', 'a85'],
	['ASCIIHexDecode', 'hex'], ['AHx', 'hex'],
]);

type FilterKind = 'flate' | 'brotli' | 'lzw' | 'rl' | 'a85' | 'hex';

/**
 * What the compressed streams of a PDF decode to together; counting stops just past `ceiling`.
 * A stream's filters are followed as pdf.js follows them: ASCIIHex, ASCII85, LZW and RunLength are
 * decoded (each within the budget), Flate and Brotli counted as they inflate. Pictures
 * (`/Subtype /Image`) are counted too: pdf.js decodes a page's content stream whatever its
 * dictionary calls it, and a letter's pictures are mostly JPEG (DCTDecode), whose decoding is not
 * counted: a chain stops being followed at a picture codec or a filter pdf.js does not know. A
 * stream without filters, or whose filter is an indirect reference, is not counted.
 */
export async function pdfInflatedSize(bytes: Uint8Array, ceiling: number): Promise<number> {
	const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let total = 0;
	let previousEnd = 0;
	for (let at = data.indexOf(streamKeyword); at >= 0 && total <= ceiling; at = data.indexOf(streamKeyword, at + streamKeyword.length)) {
		const stream = streamAt(data, at, Math.max(previousEnd, at - longestDictionary));
		if (stream !== undefined) {
			at = stream.end;
			previousEnd = stream.end;
			// A dictionary that names /Filter more than once is counted for each chain it names: pdf.js
			// takes the last, which a string or a nested dictionary may hide from a pattern.
			for (const chain of stream.chains) {
				total += await decodedSize(data.subarray(stream.start, stream.end), chain, stream.earlyChange, ceiling - total);
			}
		}
	}

	return total;
}

/** A stream's data (start, end), its filter chains and its LZW EarlyChange. */
type Stream = {readonly start: number; readonly end: number; readonly chains: ReadonlyArray<readonly string[]>; readonly earlyChange: number};

/** The stream whose `stream` keyword is at `at` (its dictionary after `from`), or undefined when that is no stream's keyword. */
function streamAt(data: Buffer, at: number, from: number): Stream | undefined {
	const before = data[at - 1];
	// `endstream`, or `stream` inside a name or string, is no stream's start.
	if (before === undefined || !(isPdfWhitespace(before) || before === 0x3E /* > */)) {
		return undefined;
	}

	let start = at + streamKeyword.length;
	if (data[start] === 0x0D /* \r */) {
		start++;
	}

	if (data[start] === 0x0A /* \n */) {
		start++;
	} else if (data[start - 1] !== 0x0D) {
		return undefined;
	}

	let dictionary = latin1.decode(data.subarray(from, at));
	if (dictionary.includes('#')) {
		// A name may spell a character as #xx (/Fl#61teDecode); pdf.js reads it as the character.
		dictionary = dictionary.replaceAll(/#([\dA-Fa-f]{2})/gu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
	}

	const end = streamEnd(data, start, dictionary);
	if (end < 0) {
		return undefined;
	}

	const chains = new Map<string, string[]>();
	for (const [, filter] of dictionary.matchAll(/\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/gu)) {
		const names = [...filter!.matchAll(/\/([^\s/[\]<>()]+)/gu)].map(([, name]) => name!);
		chains.set(names.join(' '), names);
	}

	return {start, end, chains: [...chains.values()], earlyChange: /\/EarlyChange\s+0\b/u.test(dictionary) ? 0 : 1};
}

/**
 * Where a stream's data ends: at its /Length when `endstream` follows there, as pdf.js checks, else
 * at the next `endstream`. A /Length given by reference, or not followed by `endstream`, is passed
 * over, like one that sits in a string.
 */
function streamEnd(data: Buffer, start: number, dictionary: string): number {
	for (const [, length] of dictionary.matchAll(/\/Length\s+(\d+)\b(?!\s+\d+\s+R\b)/gu)) {
		const end = start + Number(length);
		const next = end <= data.length ? data.indexOf(endStreamKeyword, end) : -1;
		if (next >= 0 && data.subarray(end, next).every(byte => isPdfWhitespace(byte))) {
			return end;
		}
	}

	return data.indexOf(endStreamKeyword, start);
}

/**
 * What `data` decodes to through the filters `names`, as far as they are counted; stops just past
 * `ceiling`. Data that no counted filter decodes counts nothing.
 */
async function decodedSize(data: Uint8Array, names: readonly string[], earlyChange: number, ceiling: number): Promise<number> {
	let bytes = data;
	let decoded = false;
	for (let index = 0; index < names.length && bytes.length <= ceiling; index++) {
		const kind = filterKinds.get(names[index]!);
		if (kind === undefined) {
			break; // A picture codec, or a filter pdf.js does not know either.
		}

		decoded = true;
		if (kind === 'flate' || kind === 'brotli') {
			let layers = 1;
			while (kind === 'flate' && filterKinds.get(names[index + layers] ?? '') === 'flate') {
				layers++;
			}

			const wrapping = kind === 'flate' ? 'zlib' : 'brotli';
			const size = await inflatedSize(bytes, wrapping, ceiling, layers);
			index += layers - 1;
			if (size > ceiling || filterKinds.get(names[index + 1] ?? '') === undefined) {
				return size; // The last counted filter: its output is counted, not kept.
			}

			// Another filter follows: it needs this output, which fits the budget.
			const inflated = inflateWithin(bytes, wrapping, ceiling + 1, layers);
			if (inflated === undefined) {
				return size;
			}

			bytes = inflated;
		} else if (kind === 'hex') {
			bytes = asciiHexDecode(bytes);
		} else if (kind === 'a85') {
			bytes = ascii85Decode(bytes, ceiling);
		} else if (kind === 'rl') {
			bytes = runLengthDecode(bytes, ceiling);
		} else {
			bytes = lzwDecode(bytes, earlyChange, ceiling);
		}
	}

	return decoded ? bytes.length : 0;
}
