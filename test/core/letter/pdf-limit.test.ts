import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {deflateSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {pdfInflatedSize} from '../../../source/letter/pdf-streams.js';
import {LetterReadError, readLetterFile} from '../../../source/letter/read-file.js';
import {maxInflatedBytes, maxPages, pdfToText} from '../../../source/letter/read-pdf.js';
import {aanhangselPdf} from './pdf-fixture.js';

const megabyte = 1024 * 1024;
const text = 'BT /F1 10 Tf 56 780 Td (Vraag 1 Klopt het?) Tj 0 -13 Td (Antwoord 1 Ja.) Tj ET\n';

/**
 * A PDF whose page content is `content`, deflated (`filter` says how often), written by hand; `pages`
 * lists that one page so many times.
 */
function pdfWith(content: Buffer, {filter = '/FlateDecode', extra = '', pages = 1} = {}): Buffer {
	const layers = filter.match(/FlateDecode/gu)?.length ?? 0;
	let data = content;
	for (let layer = 0; layer < layers; layer++) {
		data = deflateSync(data);
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

/** Page content that shows a question and an answer, then `padding` spaces (what a bomb inflates to). */
const paddedContent = (padding: number) => Buffer.concat([Buffer.from(text), Buffer.alloc(padding, 0x20)]);

describe('a PDF that inflates beyond what a letter needs', () => {
	it('is read as before when its streams are small', async () => {
		await expect(pdfToText(pdfWith(paddedContent(1000)), megabyte)).resolves.toBe('Vraag 1 Klopt het?\nAntwoord 1 Ja.');
	});

	it('is refused in one line when a page inflates beyond the limit', async () => {
		const bytes = pdfWith(paddedContent(3 * megabyte));
		expect(bytes.length).toBeLessThan(10_000);
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/^the PDF would inflate to more than 1 MB, too much for a letter$/u);
		const counted = await pdfInflatedSize(bytes, megabyte);
		expect(counted).toBeGreaterThan(megabyte);
		expect(counted).toBeLessThan(2 * megabyte); // Counting stops past the limit.
	});

	it('counts a stream deflated twice by what the second inflate gives', async () => {
		const bytes = pdfWith(paddedContent(3 * megabyte), {filter: '[/FlateDecode /FlateDecode]'});
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(text.length + (3 * megabyte));
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	it('counts a stream whose /Length is an indirect reference up to its endstream', async () => {
		const bytes = Buffer.from(pdfWith(paddedContent(3 * megabyte)).toString('latin1').replace(/\/Length \d+/u, '/Length 9 0 R'), 'latin1');
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(text.length + (3 * megabyte));
	});

	it('does not count pictures, which pdf.js never inflates to read text', async () => {
		const bytes = pdfWith(paddedContent(3 * megabyte), {extra: ' /Type /XObject /Subtype /Image /Width 1024 /Height 3072 /BitsPerComponent 8 /ColorSpace /DeviceGray'});
		expect(await pdfInflatedSize(bytes, megabyte)).toBe(0);
	});

	it('is refused by readLetterFile in one line naming the file, at the default limit of 32 MB', async () => {
		expect(maxInflatedBytes).toBe(32 * megabyte);
		const folder = mkdtempSync(path.join(tmpdir(), 'answer-review-pdf-limit-'));
		const file = path.join(folder, 'bom.pdf');
		writeFileSync(file, pdfWith(paddedContent(40 * megabyte)));
		const error = await readLetterFile(file).then(() => undefined, (error_: unknown) => error_);
		expect(error).toBeInstanceOf(LetterReadError);
		expect((error as LetterReadError).message).toBe(`${file}: the PDF would inflate to more than 32 MB, too much for a letter`);
	});

	it(`is refused in one line when it has more than ${maxPages} pages`, async () => {
		await expect(pdfToText(pdfWith(paddedContent(0), {pages: maxPages + 1}))).rejects.toThrow(`the PDF has ${maxPages + 1} pages; a letter has at most ${maxPages}`);
	});

	it('lets a real letter through: an Aanhangsel letter\'s PDF inflates to under 1 MB', async () => {
		const bytes = await aanhangselPdf('ah-tk-20242025-595.txt');
		const counted = await pdfInflatedSize(bytes, maxInflatedBytes);
		expect(counted).toBeGreaterThan(10_000);
		expect(counted).toBeLessThan(megabyte);
	});
});
