// Writes files that inflate far beyond their size (a Word zip bomb, PDF bombs), for the reader tests
// and the bench. The zip's checksum is left at 0: the file is refused before anything unpacks it.
import {brotliCompressSync, constants, deflateRawSync, deflateSync} from 'node:zlib';

/** The text a bomb's page shows, before the spaces it inflates to. */
export const bombPageText = 'BT /F1 10 Tf 56 780 Td (Vraag 1 Klopt het?) Tj 0 -13 Td (Antwoord 1 Ja.) Tj ET\n';

const block = Buffer.alloc(1024 * 1024, 0x20);

/**
 * `head` and then `padding` spaces, deflated (bare, or zlib-wrapped with its checksum) without
 * holding them: one megabyte of spaces is deflated once and its flushed blocks repeated, so a bomb
 * of hundreds of MB takes a few hundred kB and milliseconds to write.
 */
export function deflatedPadding(head: string, padding: number, wrapping: 'raw' | 'zlib'): Buffer {
	const flushed = (data: Buffer) => deflateRawSync(data, {finishFlush: constants.Z_SYNC_FLUSH, level: 9});
	const pieces = [Buffer.from(head)];
	const whole = flushed(block);
	const parts = [flushed(pieces[0]!)];
	for (let left = padding; left > 0; left -= block.length) {
		const piece = left >= block.length ? block : block.subarray(0, left);
		pieces.push(piece);
		parts.push(piece === block ? whole : flushed(piece));
	}

	parts.push(Buffer.from([0x03, 0x00])); // An empty final block.
	if (wrapping === 'raw') {
		return Buffer.concat(parts);
	}

	const wholeSum = adler32(block);
	const checksum = pieces.reduce((sum, piece) => adler32Combine(sum, piece === block ? wholeSum : adler32(piece), piece.length), 1);
	const trailer = Buffer.alloc(4);
	trailer.writeUInt32BE(checksum);
	return Buffer.concat([Buffer.from([0x78, 0xDA]), ...parts, trailer]);
}

/** Adler-32 of `data`, as zlib computes it (the last four bytes of a zlib stream). */
function adler32(data: Buffer): number {
	const zlib = deflateSync(data, {level: 0});
	return zlib.readUInt32BE(zlib.length - 4);
}

/** Adler-32 of two pieces joined, from each piece's (zlib's adler32_combine). */
function adler32Combine(first: number, second: number, secondLength: number): number {
	const base = 65_521;
	const rest = secondLength % base;
	let sum1 = first & 0xFF_FF;
	let sum2 = (rest * sum1) % base;
	sum1 += (second & 0xFF_FF) + base - 1;
	sum2 += (first >>> 16) + (second >>> 16) + base - rest;
	sum1 %= base;
	sum2 %= base;
	return ((sum2 << 16) | sum1) >>> 0;
}

/**
 * A .docx whose word/document.xml is `size` bytes of XML that deflate to almost nothing; `lying`
 * declares 10 bytes for it in the zip's directories, so that only inflating it tells.
 */
export function writeInflatingDocx(size: number, {lying = false} = {}): Buffer {
	const name = Buffer.from('word/document.xml');
	const head = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
	const data = deflatedPadding(head, size - head.length, 'raw');
	const declared = lying ? 10 : size;
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04_03_4B_50, 0);
	local.writeUInt16LE(20, 4); // Version needed: 2.0.
	local.writeUInt16LE(8, 8); // Deflate.
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(declared, 22);
	local.writeUInt16LE(name.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02_01_4B_50, 0);
	central.writeUInt16LE(20, 4);
	central.writeUInt16LE(20, 6);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(declared, 24);
	central.writeUInt16LE(name.length, 28);
	const directoryStart = local.length + name.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06_05_4B_50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + name.length, 12);
	end.writeUInt32LE(directoryStart, 16);
	return Buffer.concat([local, name, data, central, name, end]);
}

/** How a hand-written PDF is made (see writeInflatingPdf). */
export type InflatingPdfOptions = {
	/**
	 * The content stream's /Filter: `/FlateDecode` (default), or a chain such as
	 * `[/ASCIIHexDecode /FlateDecode]` whose last filter is Flate, LZW, RunLength or Brotli (they hold the
	 * padding) and whose others are Flate, ASCIIHex or ASCII85, encoded in turn (abbreviations too).
	 */
	readonly filter?: string;
	/** More entries for the content stream's dictionary, e.g. ` /Subtype /Image`. */
	readonly extra?: string;
	/** How many times the page tree lists the one page. */
	readonly pages?: number;
};

/**
 * A PDF written by hand whose one page shows a question and its answer, then `padding` spaces,
 * encoded as `filter` says.
 */
export function writeInflatingPdf(padding: number, {filter = '/FlateDecode', extra = '', pages = 1}: InflatingPdfOptions = {}): Buffer {
	const names = [...filter.matchAll(/\/(\w+)/gu)].map(([, name]) => name!);
	const last = names.at(-1);
	let data;
	if (last === 'LZWDecode' || last === 'LZW') {
		data = lzwPadding(bombPageText, padding);
	} else if (last === 'RunLengthDecode' || last === 'RL') {
		data = runLengthPadding(bombPageText, padding);
	} else if (last === 'BrotliDecode') {
		data = brotliCompressSync(Buffer.concat([Buffer.from(bombPageText), Buffer.alloc(padding, 0x20)])); // Held whole: for tests.
	} else {
		data = deflatedPadding(bombPageText, padding, 'zlib');
	}

	for (const name of names.slice(0, -1).reverse()) {
		if (name === 'ASCIIHexDecode' || name === 'AHx') {
			data = Buffer.from(`${data.toString('hex').replaceAll(/(.{64})/gu, '$1\n')}>`);
		} else if (name === 'ASCII85Decode' || name === 'A85') {
			data = Buffer.from(`${ascii85(data)}~>`);
		} else {
			data = deflateSync(data, {level: 9});
		}
	}

	const objects = [
		Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
		Buffer.from(`<< /Type /Pages /Kids [${Array.from({length: pages}, () => '3 0 R').join(' ')}] /Count ${pages} >>`),
		Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>'),
		Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
		Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter ${filter}${extra} >>\nstream\n`), data, Buffer.from('\nendstream')]),
	];
	const parts = [Buffer.from('%PDF-1.4\n')];
	const offsets: number[] = [];
	let length = parts[0]!.length;
	for (const [index, object] of objects.entries()) {
		offsets.push(length);
		const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), object, Buffer.from('\nendobj\n')]);
		parts.push(part);
		length += part.length;
	}

	const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map(offset => `${String(offset).padStart(10, '0')} 00000 n `)];
	parts.push(Buffer.from(`${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
	return Buffer.concat(parts);
}

/** ASCII85 of `data`, with `z` for four zero bytes, in lines of 64. */
function ascii85(data: Buffer): string {
	let text = '';
	for (let at = 0; at < data.length; at += 4) {
		const group = Buffer.alloc(4);
		data.copy(group, 0, at, at + 4);
		let value = group.readUInt32BE();
		const count = Math.min(4, data.length - at);
		if (value === 0 && count === 4) {
			text += 'z';
			continue;
		}

		const digits = [];
		for (let index = 0; index < 5; index++) {
			digits.unshift(String.fromCodePoint((value % 85) + 33));
			value = Math.floor(value / 85);
		}

		text += digits.slice(0, count + 1).join('');
	}

	return text.replaceAll(/(.{64})/gu, '$1\n');
}

/** `head` and then `padding` spaces, run-length encoded: 128 spaces in every two bytes. */
function runLengthPadding(head: string, padding: number): Buffer {
	const parts: number[] = [];
	for (let at = 0; at < head.length; at += 128) {
		const piece = Buffer.from(head.slice(at, at + 128));
		parts.push(piece.length - 1, ...piece);
	}

	for (let left = padding; left > 0; left -= 128) {
		parts.push(257 - Math.min(128, left), 0x20);
	}

	return Buffer.from([...parts, 128]);
}

/**
 * `head` and then `padding` spaces, LZW encoded as pdf.js reads it (EarlyChange 1): after the head's
 * bytes, each code adds one space to the run the one before gave, up to runs of 4,000 or so, which
 * then repeat: a megabyte takes a few hundred bytes.
 */
function lzwPadding(head: string, padding: number): Buffer {
	const codes: number[] = [256, ...Buffer.from(head)];
	const spaces = new Map<number, number>([[1, 0x20]]); // Run length to its code.
	let nextCode = 258 + head.length - 1; // Every code after the first adds one entry.
	let longest = 1;
	for (let left = padding; left > 0;) {
		if (codes.at(-1) !== undefined && longest < left && nextCode < 4096 - 1 && left >= longest + 1 && codes.length > 1 && spaces.get(longest) === codes.at(-1)) {
			// The code about to be added is the last run and a space: send it (pdf.js takes a code
			// equal to the next entry as the last run plus its first byte).
			codes.push(nextCode);
			spaces.set(longest + 1, nextCode);
			nextCode++;
			longest++;
			left -= longest;
			continue;
		}

		const run = Math.min(left, longest);
		codes.push(spaces.get(run)!);
		nextCode++;
		left -= run;
	}

	codes.push(257);
	// Pack the codes, their width growing as pdf.js's does with its dictionary.
	const bytes: number[] = [];
	let width = 9;
	let entries = 258;
	let bits = 0;
	let cached = 0;
	for (const [index, code] of codes.entries()) {
		cached = (cached * (2 ** width)) + code;
		bits += width;
		while (bits >= 8) {
			bits -= 8;
			bytes.push(Math.floor(cached / (2 ** bits)) & 0xFF);
			cached %= 2 ** bits;
		}

		if (code === 256) {
			width = 9;
			entries = 258;
		} else if (index > 1) {
			entries++;
			const size = entries + 1;
			width = (size & (size - 1)) === 0 ? Math.min(Math.trunc(Math.log2(size) + 1), 12) : width;
		}
	}

	if (bits > 0) {
		bytes.push((cached * (2 ** (8 - bits))) & 0xFF);
	}

	return Buffer.from(bytes);
}
