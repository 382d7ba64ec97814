import {sniffBinary} from './decode.js';

/** The file formats a letter can be read from, told apart by their bytes. */
export type LetterFormat = 'docx' | 'pdf' | 'text';

/** What the bytes are: a format we read, or a one-line reason naming what they are instead. */
export type SniffedFormat = {readonly format: LetterFormat} | {readonly problem: string};

const expected = 'expected a Word .docx, a PDF with a text layer, or a text file';
const wordBody = new TextEncoder().encode('word/document.xml');

/** Tells the format from the content (never the extension): zip with word/document.xml is Word, %PDF is PDF. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
	const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
	if (starts(0x25, 0x50, 0x44, 0x46)) {
		return {format: 'pdf'};
	}

	if (starts(0x50, 0x4B, 0x03, 0x04)) {
		return contains(bytes, wordBody) ? {format: 'docx'} : {problem: `this is a zip archive without word/document.xml, not a Word letter; ${expected}`};
	}

	const binary = sniffBinary(bytes);
	if (binary === undefined) {
		return {format: 'text'};
	}

	const hint = binary === 'an old Word (.doc) file' ? '; save it as .docx in Word first' : '';
	return {problem: `this is ${binary}, not a letter${hint}; ${expected}`};
}

/** True when `needle` occurs in `haystack` (zip entry names are stored uncompressed). */
function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
	const first = needle[0]!;
	for (let index = haystack.indexOf(first); index !== -1 && index <= haystack.length - needle.length; index = haystack.indexOf(first, index + 1)) {
		if (needle.every((byte, offset) => haystack[index + offset] === byte)) {
			return true;
		}
	}

	return false;
}
