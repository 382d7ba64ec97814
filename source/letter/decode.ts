const utf8 = new TextDecoder('utf-8', {fatal: true});
const lossyUtf8 = new TextDecoder('utf-8');
// Node's TextDecoder('windows-1252') decodes as ISO-8859-1, leaving 0x80–0x9F as C1 controls,
// so the 27 characters Windows-1252 puts there (€, ‚, „, …, curly quotes, dashes) are mapped here.
const windows1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
	let text = '';
	for (const byte of bytes) {
		text += byte >= 0x80 && byte <= 0x9F ? windows1252High[byte - 0x80]! : String.fromCharCode(byte);
	}

	return text;
}

/** A letter's text, and how many invalid UTF-8 sequences were removed to read it. */
export type DecodedText = {readonly text: string; readonly replaced: number};

/**
 * Decodes a letter's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252 when
 * the bytes are not valid UTF-8 (old Word exports). UTF-8 with a few stray bytes (more valid
 * non-ASCII characters than invalid sequences) stays UTF-8, the stray bytes removed and counted: read
 * as Windows-1252, every "ë" and "«" of it would turn into "Ã«" and "Â«"; and a stray byte left as
 * U+FFFD before "Vraag 2" would hide the question.
 */
export function decodeLetterText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xFF && bytes[1] === 0xFE) {
		return {text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), replaced: 0};
	}

	if (bytes[0] === 0xFE && bytes[1] === 0xFF) {
		return {text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), replaced: 0};
	}

	const unmarked = utf16WithoutBom(bytes);
	if (unmarked !== undefined) {
		return {text: new TextDecoder(unmarked).decode(bytes), replaced: 0};
	}

	const body = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? bytes.subarray(3) : bytes;
	try {
		return {text: utf8.decode(body), replaced: 0};
	} catch {
		const text = lossyUtf8.decode(body);
		let replaced = 0;
		let valid = 0;
		for (const character of text) {
			if (character === '\uFFFD') {
				replaced++;
			} else if (character.codePointAt(0)! > 0x7F) {
				valid++;
			}
		}

		return valid > replaced ? {text: text.replaceAll('\uFFFD', ''), replaced} : {text: decodeWindows1252(body), replaced: 0};
	}
}

/** The text of a letter's bytes (see decodeLetterText). */
export function decodeLetterBytes(bytes: Uint8Array): string {
	return decodeLetterText(bytes).text;
}

/**
 * The byte order of UTF-16 text without a BOM, or undefined. Latin text in UTF-16 has a NUL as every
 * other byte: in the odd positions for little-endian, the even ones for big-endian. Taken as UTF-16 when
 * most of the first 4 KB's pairs have that shape and the other byte of each is mostly printable.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
	const pairs = Math.min(2048, Math.floor(bytes.length / 2));
	if (pairs < 4) {
		return undefined;
	}

	let little = 0;
	let big = 0;
	for (let index = 0; index < pairs; index++) {
		const even = bytes[index * 2]!;
		const odd = bytes[index * 2 + 1]!;
		little += odd === 0 && even !== 0 && (even >= 0x20 || even === 0x0A || even === 0x0D || even === 0x09) ? 1 : 0;
		big += even === 0 && odd !== 0 && (odd >= 0x20 || odd === 0x0A || odd === 0x0D || odd === 0x09) ? 1 : 0;
	}

	// Dutch text is nearly all Latin: at least 90% of its UTF-16 units have a NUL byte.
	if (little >= pairs * 0.9) {
		return 'utf-16le';
	}

	return big >= pairs * 0.9 ? 'utf-16be' : undefined;
}

/** What kind of binary file the bytes are, if they are one; undefined for text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
	const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
	if (starts(0x25, 0x50, 0x44, 0x46)) {
		return 'a PDF file';
	}

	if (starts(0x50, 0x4B, 0x03, 0x04)) {
		return 'a zip archive (a .docx is one)';
	}

	if (starts(0x89, 0x50, 0x4E, 0x47) || starts(0xFF, 0xD8, 0xFF) || starts(0x47, 0x49, 0x46, 0x38)) {
		return 'an image';
	}

	if (starts(0xD0, 0xCF, 0x11, 0xE0)) {
		return 'an old Word (.doc) file';
	}

	if (bytes[0] === 0xFF && bytes[1] === 0xFE || bytes[0] === 0xFE && bytes[1] === 0xFF || utf16WithoutBom(bytes) !== undefined) {
		return undefined; // UTF-16 text has NUL bytes by design.
	}

	// Binary data is full of control bytes (about one in ten of random bytes); a text may hold a stray
	// one (a NUL, removed while reading) and escape sequences (ESC, removed too).
	const sampled = Math.min(bytes.length, 8192);
	let controls = 0;
	// An indexed loop: five times as fast as for…of over a Uint8Array, and this runs on every letter.
	for (let index = 0; index < sampled; index++) {
		const byte = bytes[index]!;
		if (byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte !== 0x1B)) {
			controls++;
		}
	}

	return controls > 2 && controls * 100 > sampled ? 'binary data' : undefined;
}
