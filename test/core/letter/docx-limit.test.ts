import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import {writeInflatingDocx} from '../../../source/bench/write-bombs.js';
import {checkInflatedSize, docxToText, maxInflatedBytes, zipInflatedSize} from '../../../source/letter/read-docx.js';
import {LetterReadError, readLetterFile} from '../../../source/letter/read-file.js';
import {fixturePath} from './fixtures.js';

const megabyte = 1024 * 1024;

/** A zip with one part of `size` bytes that compresses to almost nothing (what a zip bomb is). */
async function zipOf(size: number): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('word/document.xml', 'a'.repeat(size));
	return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'});
}

/** The zip with every part's declared size (central directory and local header) rewritten to 10 bytes. */
function lyingAboutSizes(zip: Uint8Array): Buffer {
	const bytes = Buffer.from(zip);
	for (let central = bytes.indexOf(Buffer.from([0x50, 0x4B, 0x01, 0x02])); central >= 0; central = bytes.indexOf(Buffer.from([0x50, 0x4B, 0x01, 0x02]), central + 4)) {
		bytes.writeUInt32LE(10, central + 24);
		bytes.writeUInt32LE(10, bytes.readUInt32LE(central + 42) + 22);
	}

	return bytes;
}

const realLetters = readdirSync(path.dirname(fixturePath('x'))).filter(name => name.endsWith('.docx'));

describe('a .docx that inflates beyond what a letter needs', () => {
	it('is refused in one line, by the size its directory declares', async () => {
		const bytes = await zipOf(3 * megabyte);
		expect(bytes.length).toBeLessThan(100_000);
		await expect(checkInflatedSize(bytes, megabyte)).rejects.toThrow('it would inflate to more than 1 MB, too much for a letter');
		await expect(docxToText(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	it('is refused when its directory lies about the size, by counting what it inflates to', async () => {
		const bytes = lyingAboutSizes(await zipOf(3 * megabyte));
		await expect(checkInflatedSize(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
		// Counting stops just past the limit instead of inflating the rest.
		const counted = await zipInflatedSize(bytes, megabyte);
		expect(counted).toBeGreaterThan(megabyte);
		expect(counted).toBeLessThan(2 * megabyte);
	});

	it('is counted to the byte when it lies, with a limit it stays under', async () => {
		const bytes = lyingAboutSizes(await zipOf(3 * megabyte));
		expect(await zipInflatedSize(bytes, 100 * megabyte)).toBe(3 * megabyte);
	});

	it('is refused when a broken part comes before the large one: the count goes on past it', async () => {
		const zip = new JSZip();
		zip.file('word/broken.xml', 'b'.repeat(10_000));
		zip.file('word/document.xml', 'a'.repeat(3 * megabyte));
		const bytes = lyingAboutSizes(await zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'}));
		// Garble the first part's deflate data (after its local header, name and extra field).
		const name = bytes.indexOf('word/broken.xml');
		const data = name + 'word/broken.xml'.length + bytes.readUInt16LE(name - 30 + 28);
		bytes.fill(0xFF, data, data + 8);
		expect(await zipInflatedSize(bytes, 100 * megabyte)).toBe(3 * megabyte);
		await expect(checkInflatedSize(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	// JSZip (mammoth's unzipper) reads each of these to the whole bomb; the count must see what it sees.
	it.each([
		['a ZIP64 end record', withZip64End],
		['bytes prepended to the zip', (zip: Buffer) => Buffer.concat([Buffer.from('PK\u0003\u0004 prepended bytes'), zip])],
		['an end record that counts no entries', (zip: Buffer) => withEntryCount(zip, 0)],
	])('is refused when its directory is found through %s', async (_label, reshape: (zip: Buffer) => Buffer) => {
		const bytes = reshape(writeInflatingDocx(3 * megabyte));
		const parts = Object.keys((await JSZip.loadAsync(bytes, {checkCRC32: false})).files);
		expect(parts).toEqual(['word/document.xml']);
		await expect(checkInflatedSize(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
		expect(await zipInflatedSize(bytes, 100 * megabyte)).toBe(3 * megabyte);
	});

	it('reads the sizes and offset of a ZIP64 entry from its extra field', async () => {
		const bytes = withZip64Entry(writeInflatingDocx(3 * megabyte, {lying: true}));
		expect(Object.keys((await JSZip.loadAsync(bytes, {checkCRC32: false})).files)).toEqual(['word/document.xml']);
		expect(await zipInflatedSize(bytes, 100 * megabyte)).toBe(3 * megabyte);
	});

	it('is refused by readLetterFile in one line naming the file, at the default limit of 32 MB', async () => {
		expect(maxInflatedBytes).toBe(32 * megabyte);
		const folder = mkdtempSync(path.join(tmpdir(), 'answer-review-docx-limit-'));
		const file = path.join(folder, 'bom.docx');
		writeFileSync(file, writeInflatingDocx(40 * megabyte, {lying: true}));
		const error = await readLetterFile(file).then(() => undefined, (error_: unknown) => error_);
		expect(error).toBeInstanceOf(LetterReadError);
		expect((error as LetterReadError).message).toBe(`${file}: the Word file cannot be read (it would inflate to more than 32 MB, too much for a letter)`);
	});

	it('lets a zip within the limit through', async () => {
		await expect(checkInflatedSize(new Uint8Array(Buffer.from([0, 1, 2])), megabyte)).resolves.toBeUndefined();
		await expect(checkInflatedSize(await zipOf(100_000), megabyte)).resolves.toBeUndefined();
	});

	it.each(realLetters)('lets the real letter %s through: its parts inflate to under 1 MB, counted to the byte', async name => {
		const bytes = readFileSync(fixturePath(name));
		const zip = await JSZip.loadAsync(bytes);
		const parts = await Promise.all(Object.values(zip.files).map(async entry => entry.async('uint8array')));
		const counted = await zipInflatedSize(bytes, maxInflatedBytes);
		expect(counted).toBe(parts.reduce((sum, part) => sum + part.length, 0));
		expect(counted).toBeLessThan(megabyte);
	});
});

/** The end record of a zip with one directory entry at `end`. */
function endRecord(zip: Buffer): number {
	return zip.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]));
}

/** The zip with its end record's entry counts set to `count`. */
function withEntryCount(zip: Buffer, count: number): Buffer {
	const bytes = Buffer.from(zip);
	bytes.writeUInt16LE(count, endRecord(bytes) + 8);
	bytes.writeUInt16LE(count, endRecord(bytes) + 10);
	return bytes;
}

/** The zip with a ZIP64 end record and locator, and the classic end record's fields all set to "see ZIP64". */
function withZip64End(zip: Buffer): Buffer {
	const end = endRecord(zip);
	const count = zip.readUInt16LE(end + 10);
	const record = Buffer.alloc(56);
	record.writeUInt32LE(0x06_06_4B_50, 0);
	record.writeBigUInt64LE(44n, 4);
	record.writeUInt16LE(45, 12);
	record.writeUInt16LE(45, 14);
	record.writeBigUInt64LE(BigInt(count), 24);
	record.writeBigUInt64LE(BigInt(count), 32);
	record.writeBigUInt64LE(BigInt(zip.readUInt32LE(end + 12)), 40);
	record.writeBigUInt64LE(BigInt(zip.readUInt32LE(end + 16)), 48);
	const locator = Buffer.alloc(20);
	locator.writeUInt32LE(0x07_06_4B_50, 0);
	locator.writeBigUInt64LE(BigInt(end), 8);
	locator.writeUInt32LE(1, 16);
	const classic = Buffer.alloc(22);
	classic.writeUInt32LE(0x06_05_4B_50, 0);
	classic.fill(0xFF, 8, 20);
	return Buffer.concat([zip.subarray(0, end), record, locator, classic]);
}

/** The zip (one entry) with its directory entry's sizes and local offset moved into a ZIP64 extra field, and true sizes there. */
function withZip64Entry(zip: Buffer): Buffer {
	const end = endRecord(zip);
	const central = zip.readUInt32LE(end + 16);
	const nameLength = zip.readUInt16LE(central + 28);
	const extra = Buffer.alloc(4 + 24);
	extra.writeUInt16LE(0x00_01, 0);
	extra.writeUInt16LE(24, 2);
	extra.writeBigUInt64LE(BigInt(3 * megabyte), 4);
	extra.writeBigUInt64LE(BigInt(zip.readUInt32LE(central + 20)), 12);
	extra.writeBigUInt64LE(BigInt(zip.readUInt32LE(central + 42)), 20);
	const header = Buffer.from(zip.subarray(central, central + 46 + nameLength));
	header.writeUInt32LE(0xFF_FF_FF_FF, 20);
	header.writeUInt32LE(0xFF_FF_FF_FF, 24);
	header.writeUInt32LE(0xFF_FF_FF_FF, 42);
	header.writeUInt16LE(extra.length, 30);
	const classic = Buffer.from(zip.subarray(end));
	classic.writeUInt32LE(header.length + extra.length, 12);
	return Buffer.concat([zip.subarray(0, central), header, extra, classic]);
}
