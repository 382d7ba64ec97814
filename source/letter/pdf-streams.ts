// Measures what a PDF's compressed streams inflate to, before pdf.js unpacks them (it inflates a
// stream whole, however far it goes).
import {inflatedSize} from './inflated-size.js';

const latin1 = new TextDecoder('latin1');
const streamKeyword = Buffer.from('stream');
const endStreamKeyword = Buffer.from('endstream');
const objKeyword = Buffer.from('obj');

// A stream's dictionary sits between its object's `N 0 obj` and `stream`; one farther back than this
// is no dictionary a writer makes, and the stream is left to pdf.js.
const longestDictionary = 64 * 1024;

/**
 * What the FlateDecode streams of a PDF inflate to together; counting stops just past `ceiling`.
 * Pictures (`/Subtype /Image`) are counted too: pdf.js decodes a page's content stream whatever its
 * dictionary calls it, and a letter's pictures are mostly JPEG (DCTDecode), which is not counted. A
 * stream whose dictionary or filters cannot be read this way (another filter first, an indirect
 * filter) is left to pdf.js, which names any problem.
 */
export async function pdfInflatedSize(bytes: Uint8Array, ceiling: number): Promise<number> {
	const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let total = 0;
	for (let at = data.indexOf(streamKeyword); at >= 0 && total <= ceiling; at = data.indexOf(streamKeyword, at + streamKeyword.length)) {
		const stream = streamAt(data, at);
		if (stream !== undefined) {
			at = stream.end;
			if (stream.flateLayers > 0) {
				total += await inflatedSize(data.subarray(stream.start, stream.end), 'zlib', ceiling - total, stream.flateLayers);
			}
		}
	}

	return total;
}

/** A stream's data (start, end) and how many FlateDecode filters come first in its chain. */
type Stream = {readonly start: number; readonly end: number; readonly flateLayers: number};

/** The stream whose `stream` keyword is at `at`, or undefined when that is no stream's keyword. */
function streamAt(data: Buffer, at: number): Stream | undefined {
	const before = data[at - 1];
	// `endstream`, or `stream` inside a name or string, is no stream's start.
	if (before === undefined || !(isWhitespace(before) || before === 0x3E /* > */)) {
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

	const objectStart = data.lastIndexOf(objKeyword, at);
	if (objectStart < 0 || at - objectStart > longestDictionary) {
		return undefined;
	}

	const dictionary = latin1.decode(data.subarray(objectStart + objKeyword.length, at));
	const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R\b)/u.exec(dictionary)?.[1];
	const byLength = length === undefined ? -1 : start + Number(length);
	const end = byLength >= start && byLength <= data.length ? byLength : data.indexOf(endStreamKeyword, start);
	if (end < 0) {
		return undefined;
	}

	return {start, end, flateLayers: leadingFlateFilters(dictionary)};
}

/** How many FlateDecode (`/Fl`) filters a stream dictionary's /Filter starts with. */
function leadingFlateFilters(dictionary: string): number {
	const filter = /\/Filter\s*(\[[^\]]*\]|\/[^\s/[\]<>()]+)/u.exec(dictionary)?.[1];
	if (filter === undefined) {
		return 0;
	}

	let layers = 0;
	for (const [, name] of filter.matchAll(/\/([^\s/[\]<>()]+)/gu)) {
		if (name !== 'FlateDecode' && name !== 'Fl') {
			break;
		}

		layers++;
	}

	return layers;
}

function isWhitespace(byte: number): boolean {
	return byte === 0x20 || byte === 0x0A || byte === 0x0D || byte === 0x09 || byte === 0x0C || byte === 0x00;
}
