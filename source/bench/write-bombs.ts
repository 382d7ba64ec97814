// Writes files that inflate far beyond their size (a Word zip bomb, PDF bombs), for the reader tests
// and the bench. The zip's checksum is left at 0: the file is refused before anything unpacks it.
import {constants, deflateRawSync, deflateSync} from 'node:zlib';

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
	/** The content stream's /Filter: `/FlateDecode` (default) or `[/FlateDecode /FlateDecode]`, deflated that often. */
	readonly filter?: string;
	/** More entries for the content stream's dictionary, e.g. ` /Subtype /Image`. */
	readonly extra?: string;
	/** How many times the page tree lists the one page. */
	readonly pages?: number;
};

/**
 * A PDF written by hand whose one page shows a question and its answer, then `padding` spaces,
 * deflated as `filter` says.
 */
export function writeInflatingPdf(padding: number, {filter = '/FlateDecode', extra = '', pages = 1}: InflatingPdfOptions = {}): Buffer {
	let data = deflatedPadding(bombPageText, padding, 'zlib');
	for (let layer = filter.match(/FlateDecode/gu)?.length ?? 0; layer > 1; layer--) {
		data = deflateSync(data, {level: 9});
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
