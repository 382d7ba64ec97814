// Decoders for the PDF filters that may come before or after FlateDecode in a stream's chain, so
// that what the chain finally gives can be counted. Each stops just past `cap` output bytes: their
// output is at most a letter's budget, whatever the input.

/** Grows a byte buffer up to a little past `cap`. */
class Output {
	bytes: Uint8Array;
	length = 0;
	private readonly cap: number;

	constructor(cap: number, expected: number) {
		this.cap = cap;
		this.bytes = new Uint8Array(Math.max(1024, Math.min(cap + 1, expected)));
	}

	/** Whether more output than `cap` has been written. */
	get full(): boolean {
		return this.length > this.cap;
	}

	room(more: number): Uint8Array {
		if (this.length + more > this.bytes.length) {
			const grown = new Uint8Array(Math.max(this.length + more, this.bytes.length * 2));
			grown.set(this.bytes.subarray(0, this.length));
			this.bytes = grown;
		}

		return this.bytes;
	}

	result(): Uint8Array {
		return this.bytes.subarray(0, this.length);
	}
}

/** ASCIIHexDecode as pdf.js reads it: hex digits in pairs, anything else skipped, `>` ends it. */
export function asciiHexDecode(data: Uint8Array): Uint8Array {
	const output = new Uint8Array((data.length + 1) >> 1);
	let length = 0;
	let first = -1;
	for (const byte of data) {
		let digit;
		if (byte >= 0x30 && byte <= 0x39) {
			digit = byte & 0x0F;
		} else if ((byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)) {
			digit = (byte & 0x0F) + 9;
		} else if (byte === 0x3E /* > */) {
			break;
		} else {
			continue;
		}

		if (first < 0) {
			first = digit;
		} else {
			output[length++] = (first << 4) | digit;
			first = -1;
		}
	}

	if (first >= 0) {
		output[length++] = first << 4;
	}

	return output.subarray(0, length);
}

/** Whether a byte is white space as PDF has it (space, LF, CR, tab, form feed, NUL). */
export function isPdfWhitespace(byte: number | undefined): boolean {
	return byte === 0x20 || byte === 0x0A || byte === 0x0D || byte === 0x09 || byte === 0x0C || byte === 0x00;
}

/** ASCII85Decode as pdf.js reads it; `z` gives four zero bytes, so it may grow fourfold. */
export function ascii85Decode(data: Uint8Array, cap: number): Uint8Array {
	const output = new Output(cap, data.length);
	const group = new Uint8Array(5);
	let at = 0;
	const next = () => {
		while (isPdfWhitespace(data[at])) {
			at++;
		}

		return at < data.length ? data[at++]! : -1;
	};

	while (!output.full) {
		let byte = next();
		if (byte === -1 || byte === 0x7E /* ~ */) {
			break;
		}

		if (byte === 0x7A /* z */) {
			output.room(4).fill(0, output.length, output.length + 4);
			output.length += 4;
			continue;
		}

		let count = 1;
		group[0] = byte;
		for (; count < 5; count++) {
			byte = next();
			if (byte === -1 || byte === 0x7E) {
				break;
			}

			group[count] = byte;
		}

		group.fill(0x75 /* u */, count);
		let value = 0;
		for (const digit of group) {
			value = (value * 85) + (digit - 33);
		}

		const bytes = output.room(4);
		for (let index = 3; index >= 0; index--) {
			bytes[output.length + index] = value & 0xFF;
			value >>= 8;
		}

		output.length += count - 1;
		if (count < 5) {
			break;
		}
	}

	return output.result();
}

/** RunLengthDecode: a length byte, then that many plus one bytes or one byte repeated; 128 ends it. */
export function runLengthDecode(data: Uint8Array, cap: number): Uint8Array {
	const output = new Output(cap, data.length * 2);
	for (let at = 0; at + 1 < data.length && !output.full;) {
		const length = data[at]!;
		if (length === 128) {
			break;
		}

		if (length < 128) {
			const run = data.subarray(at + 1, at + 2 + length);
			output.room(run.length).set(run, output.length);
			output.length += run.length;
			at += 2 + length;
		} else {
			output.room(257 - length).fill(data[at + 1]!, output.length, output.length + 257 - length);
			output.length += 257 - length;
			at += 2;
		}
	}

	return output.result();
}

/** LZWDecode as pdf.js reads it (its EarlyChange is 1 unless the dictionary says 0). */
export function lzwDecode(data: Uint8Array, earlyChange: number, cap: number): Uint8Array {
	const output = new Output(cap, data.length * 4);
	const values = new Uint8Array(4096);
	const lengths = new Uint16Array(4096);
	const previous = new Uint16Array(4096);
	for (let code = 0; code < 256; code++) {
		values[code] = code;
		lengths[code] = 1;
	}

	const sequence = new Uint8Array(4096);
	let sequenceLength = 0;
	let codeLength = 9;
	let nextCode = 258;
	let previousCode = 0;
	let cached = 0;
	let bitsCached = 0;
	let at = 0;
	while (!output.full) {
		while (bitsCached < codeLength && at < data.length) {
			cached = ((cached << 8) | data[at++]!) & 0xFF_FF_FF;
			bitsCached += 8;
		}

		if (bitsCached < codeLength) {
			break;
		}

		bitsCached -= codeLength;
		const code = (cached >>> bitsCached) & ((1 << codeLength) - 1);
		const hadSequence = sequenceLength > 0;
		if (code < 256) {
			sequence[0] = code;
			sequenceLength = 1;
		} else if (code >= 258) {
			if (code < nextCode) {
				sequenceLength = lengths[code]!;
				for (let index = sequenceLength - 1, walk = code; index >= 0; index--) {
					sequence[index] = values[walk]!;
					walk = previous[walk]!;
				}
			} else {
				sequence[sequenceLength++] = sequence[0]!;
			}
		} else if (code === 256) {
			codeLength = 9;
			nextCode = 258;
			sequenceLength = 0;
			continue;
		} else {
			break; // 257: the end of the data.
		}

		if (hadSequence) {
			previous[nextCode] = previousCode;
			lengths[nextCode] = lengths[previousCode]! + 1;
			values[nextCode] = sequence[0]!;
			nextCode++;
			const size = nextCode + earlyChange;
			codeLength = (size & (size - 1)) === 0 ? Math.min(Math.trunc(Math.log2(size) + 1), 12) : codeLength;
		}

		previousCode = code;
		output.room(sequenceLength).set(sequence.subarray(0, sequenceLength), output.length);
		output.length += sequenceLength;
	}

	return output.result();
}
