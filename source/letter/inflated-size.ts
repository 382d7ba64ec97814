// Counts what deflated data inflates to without keeping it, so that the Word and PDF readers can
// refuse a file that would inflate beyond what a letter needs before mammoth or pdf.js unpack it.
import {brotliDecompressSync, constants, createBrotliDecompress, createInflate, createInflateRaw, inflateRawSync, inflateSync, type BrotliDecompress, type Inflate, type InflateRaw} from 'node:zlib';

/** How deflated data is wrapped: bare (a zip part) or with a zlib header (a PDF's FlateDecode); or Brotli data (a PDF 2.0 BrotliDecode). */
export type DeflateWrapping = 'raw' | 'zlib' | 'brotli';

// Output is counted in chunks of this size and dropped: memory stays at a few of them, however far
// the data inflates. Larger chunks mean fewer round trips to zlib's thread; 256 kB is past the knee.
const chunkSize = 256 * 1024;

// Most parts and streams inflate to less than this; they are inflated in one synchronous call, which
// costs a PDF of thousands of small streams milliseconds instead of a stream set-up each.
const smallOutput = 1024 * 1024;

/**
 * How many bytes `data` inflates to, counted and not kept; counting stops just past `ceiling`, so
 * the answer is at most `ceiling` plus one chunk. `layers` above 1 inflates the output again (a PDF
 * stream filtered `[/FlateDecode /FlateDecode]`) and counts the last layer. Data that is broken or
 * cut short counts as far as it inflates.
 */
export async function inflatedSize(data: Uint8Array, wrapping: DeflateWrapping, ceiling: number, layers = 1): Promise<number> {
	// Too large for one call, or broken: counted chunk by chunk.
	return inflateWithin(data, wrapping, Math.min(ceiling + 1, smallOutput), layers)?.length ?? streamedInflatedSize(data, wrapping, ceiling, layers);
}

/** `data` inflated (through `layers` layers) in one synchronous call each, when every layer inflates cleanly to at most `limit` bytes; else undefined. */
export function inflateWithin(data: Uint8Array, wrapping: DeflateWrapping, limit: number, layers = 1): Uint8Array | undefined {
	const options = {finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: limit};
	let output: Uint8Array = data;
	try {
		for (let layer = 0; layer < Math.max(1, layers); layer++) {
			output = wrapping === 'brotli'
				? brotliDecompressSync(output, {maxOutputLength: limit})
				: (wrapping === 'raw' && layer === 0 ? inflateRawSync(output, options) : inflateSync(output, options));
		}
	} catch {
		return undefined;
	}

	return output;
}

function streamedInflatedSize(data: Uint8Array, wrapping: DeflateWrapping, ceiling: number, layers: number): Promise<number> {
	const options = {chunkSize, finishFlush: constants.Z_SYNC_FLUSH};
	const stages: Array<Inflate | InflateRaw | BrotliDecompress> = Array.from({length: Math.max(1, layers)}, (_, layer) =>
		wrapping === 'brotli'
			? createBrotliDecompress({chunkSize, finishFlush: constants.BROTLI_OPERATION_FLUSH})
			: (wrapping === 'raw' && layer === 0 ? createInflateRaw(options) : createInflate(options)));
	return new Promise(resolve => {
		let size = 0;
		let done = false;
		const finish = () => {
			if (!done) {
				done = true;
				for (const stage of stages) {
					stage.destroy();
				}

				resolve(size);
			}
		};

		for (const [index, stage] of stages.entries()) {
			stage.on('error', finish);
			const next = stages[index + 1];
			if (next !== undefined) {
				stage.pipe(next);
			}
		}

		const last = stages.at(-1)!;
		last.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > ceiling) {
				finish();
			}
		});
		last.on('end', finish);
		stages[0]!.end(data);
	});
}
