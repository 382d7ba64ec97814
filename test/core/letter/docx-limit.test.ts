import JSZip from 'jszip';
import {describe, expect, it} from 'vitest';
import {checkInflatedSize, docxToText} from '../../../source/letter/read-docx.js';

/** A zip with one part of `size` bytes that compresses to almost nothing (what a zip bomb is). */
async function zipOf(size: number): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file('word/document.xml', 'a'.repeat(size));
	return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'});
}

describe('a .docx that inflates beyond what a letter needs', () => {
	const megabyte = 1024 * 1024;

	it('is refused in one line, by the size its directory declares', async () => {
		const bytes = await zipOf(3 * megabyte);
		expect(bytes.length).toBeLessThan(100_000);
		expect(() => {
			checkInflatedSize(bytes, megabyte);
		}).toThrow('it would inflate to more than 1 MB, too much for a letter');
		await expect(docxToText(bytes, megabyte)).rejects.toThrow(/more than 1 MB/u);
	});

	it('is refused when its directory lies about the size, by inflating no further than the limit', async () => {
		const bytes = Buffer.from(await zipOf(3 * megabyte));
		// Rewrite the declared size in the central directory (and the local header) to 10 bytes.
		const central = bytes.indexOf(Buffer.from([0x50, 0x4B, 0x01, 0x02]));
		bytes.writeUInt32LE(10, central + 24);
		bytes.writeUInt32LE(10, 22);
		expect(() => {
			checkInflatedSize(bytes, megabyte);
		}).toThrow(/more than 1 MB/u);
	});

	it('lets a zip within the limit through', async () => {
		expect(() => {
			checkInflatedSize(new Uint8Array(Buffer.from([0, 1, 2])), megabyte);
		}).not.toThrow();
		const bytes = await zipOf(100_000);
		expect(() => {
			checkInflatedSize(bytes, megabyte);
		}).not.toThrow();
	});
});
