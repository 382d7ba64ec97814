import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {inflateSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {pdfInflatedSize} from '../../../source/letter/pdf-streams.js';
import {LetterReadError, readLetterFile} from '../../../source/letter/read-file.js';
import {maxInflatedBytes, maxPages, pdfToText} from '../../../source/letter/read-pdf.js';
import {bombPageText, deflatedPadding, writeInflatingPdf} from '../../../source/bench/write-bombs.js';
import {writeScannedPdf} from '../../../source/bench/write-letter-pdf.js';
import {aanhangselPdf} from './pdf-fixture.js';

const megabyte = 1024 * 1024;

describe('a PDF that inflates beyond what a letter needs', () => {
	it('is written as valid zlib data, checksum and all (the bomb writer the bench uses too)', () => {
		for (const padding of [0, 1000, (3 * megabyte) + 17]) {
			expect(inflateSync(deflatedPadding('kop', padding, 'zlib')).equals(Buffer.concat([Buffer.from('kop'), Buffer.alloc(padding, 0x20)]))).toBe(true);
		}
	});

	it('is read as before when its streams are small', async () => {
		await expect(pdfToText(writeInflatingPdf(1000), megabyte)).resolves.toBe('Vraag 1 Klopt het?\nAntwoord 1 Ja.');
	});

	it('is refused in one line when a page inflates beyond the limit', async () => {
		const bytes = writeInflatingPdf(3 * megabyte);
		expect(bytes.length).toBeLessThan(10_000);
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/^the PDF would inflate to more than 1 MB, too much for a letter$/u);
		const counted = await pdfInflatedSize(bytes, megabyte);
		expect(counted).toBeGreaterThan(megabyte);
		expect(counted).toBeLessThan(2 * megabyte); // Counting stops past the limit.
	});

	it('counts a stream deflated twice by what the second inflate gives', async () => {
		const bytes = writeInflatingPdf(3 * megabyte, {filter: '[/FlateDecode /FlateDecode]'});
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(bombPageText.length + (3 * megabyte));
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	// pdf.js decodes ASCIIHex and ASCII85 (with `z`, fourfold), LZW and RunLength before or after
	// Flate: each chain is followed, and what it finally gives is counted.
	it.each([
		'[/ASCIIHexDecode /FlateDecode]',
		'[/AHx /Fl]',
		'[/ASCII85Decode /FlateDecode]',
		'[/A85 /Fl]',
		'[/AHx /A85 /Fl /Fl]',
		'/LZWDecode',
		'[/AHx /LZW]',
		'/RunLengthDecode',
		'[/A85 /Fl /RL]',
		'/BrotliDecode',
	])('counts a stream filtered %s by what the chain gives', async filter => {
		await expect(pdfToText(writeInflatingPdf(1000, {filter}), megabyte)).resolves.toBe('Vraag 1 Klopt het?\nAntwoord 1 Ja.');
		const bytes = writeInflatingPdf(3 * megabyte, {filter});
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(bombPageText.length + (3 * megabyte));
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/^the PDF would inflate to more than 1 MB, too much for a letter$/u);
	});

	it('counts LZW that runs far past its budget only just past it', async () => {
		const bytes = writeInflatingPdf(400 * megabyte, {filter: '/LZWDecode'});
		expect(bytes.length).toBeLessThan(200_000);
		const counted = await pdfInflatedSize(bytes, megabyte);
		expect(counted).toBeGreaterThan(megabyte);
		expect(counted).toBeLessThan(2 * megabyte);
	});

	// Dictionaries that pdf.js reads otherwise than a first match of a pattern would.
	it.each([
		['a name spelt with #xx', '/Filter /FlateDecode', '/Filter /Fl#61teDecode'],
		['a second /Filter, which pdf.js takes', '/Filter /FlateDecode', '/Filter /DCTDecode /Filter /FlateDecode'],
		['a /Length in a string before the real one', '/Length ', '/Note (/Length 1) /Length '],
		['`obj` in a string after the /Filter', '/Filter /FlateDecode', '/Filter /FlateDecode /Note (an obj)'],
	])('counts a stream whose dictionary has %s', async (_, from, to) => {
		const edit = (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(from, to), 'latin1');
		await expect(pdfToText(edit(writeInflatingPdf(1000)), megabyte)).resolves.toBe('Vraag 1 Klopt het?\nAntwoord 1 Ja.');
		const bytes = edit(writeInflatingPdf(3 * megabyte));
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(bombPageText.length + (3 * megabyte));
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	it('counts a stream whose /Length is an indirect reference up to its endstream', async () => {
		const bytes = Buffer.from(writeInflatingPdf(3 * megabyte).toString('latin1').replace(/\/Length \d+/u, '/Length 9 0 R'), 'latin1');
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(bombPageText.length + (3 * megabyte));
	});

	it('counts a stream labelled a picture: pdf.js decodes a page\'s contents whatever their label', async () => {
		const bytes = writeInflatingPdf(3 * megabyte, {extra: ' /Type /XObject /Subtype /Image /Width 1024 /Height 3072 /BitsPerComponent 8 /ColorSpace /DeviceGray'});
		expect(await pdfInflatedSize(bytes, 100 * megabyte)).toBe(bombPageText.length + (3 * megabyte));
		await expect(pdfToText(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	it('lets a scan through to be named one: its picture, deflated, is counted and small', async () => {
		const bytes = await writeScannedPdf();
		expect(await pdfInflatedSize(bytes, maxInflatedBytes)).toBeLessThan(1000);
		await expect(pdfToText(bytes)).rejects.toThrow(/no text layer/u);
	});

	it('is refused by readLetterFile in one line naming the file, at the default limit of 32 MB', async () => {
		expect(maxInflatedBytes).toBe(32 * megabyte);
		const folder = mkdtempSync(path.join(tmpdir(), 'answer-review-pdf-limit-'));
		const file = path.join(folder, 'bom.pdf');
		writeFileSync(file, writeInflatingPdf(40 * megabyte));
		const error = await readLetterFile(file).then(() => undefined, (error_: unknown) => error_);
		expect(error).toBeInstanceOf(LetterReadError);
		expect((error as LetterReadError).message).toBe(`${file}: the PDF would inflate to more than 32 MB, too much for a letter`);
	});

	it(`is refused in one line when it has more than ${maxPages} pages`, async () => {
		await expect(pdfToText(writeInflatingPdf(0, {pages: maxPages + 1}))).rejects.toThrow(`the PDF has ${maxPages + 1} pages; a letter has at most ${maxPages}`);
	});

	it('lets a real letter through: an Aanhangsel letter\'s PDF inflates to under 1 MB', async () => {
		const bytes = await aanhangselPdf('ah-tk-20242025-595.txt');
		const counted = await pdfInflatedSize(bytes, maxInflatedBytes);
		expect(counted).toBeGreaterThan(10_000);
		expect(counted).toBeLessThan(megabyte);
	});
});
