const esc = 0x1B;
const bel = 0x07;
const csi8 = 0x9B;
const osc8 = 0x9D;
const st8 = 0x9C;
// An OSC payload (a title, a clipboard write, a link target) is short; past this many characters an
// unterminated OSC is taken to end at the line break, so a stray ESC ] cannot swallow a letter.
const longestOsc = 4096;

// C0/C1 control characters except newline and tab, soft hyphens, zero-width characters and bidi
// marks, embeddings, overrides and isolates, which could hide or reorder what a reviewer sees.
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;

/** Text that is safe to print to a terminal: no escape sequences, control or bidi characters. */
export function safeText(text: string): string {
	return stripEscapes(text).replace(controls, '');
}

/** Removes CSI, OSC and other ESC sequences (7-bit and 8-bit forms) in one pass over the text. */
export function stripEscapes(text: string): string {
	if (!/[\u001B\u009B\u009D]/u.test(text)) {
		return text;
	}

	const parts: string[] = [];
	let kept = 0;
	let index = 0;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		if (code !== esc && code !== csi8 && code !== osc8) {
			index++;
			continue;
		}

		parts.push(text.slice(kept, index));
		index = sequenceEnd(text, index);
		kept = index;
	}

	parts.push(text.slice(kept));
	return parts.join('');
}

/** The index just past the escape sequence that starts at `start`. */
function sequenceEnd(text: string, start: number): number {
	const code = text.charCodeAt(start);
	const next = text.charCodeAt(start + 1);
	if (code === csi8 || (code === esc && next === 0x5B)) {
		return csiEnd(text, code === csi8 ? start + 1 : start + 2);
	}

	if (code === osc8 || (code === esc && next === 0x5D)) {
		return oscEnd(text, code === osc8 ? start + 1 : start + 2);
	}

	if (code === esc && (next === 0x50 || next === 0x58 || next === 0x5E || next === 0x5F)) {
		return oscEnd(text, start + 2); // DCS, SOS, PM and APC strings end like OSC.
	}

	if (code === esc && next >= 0x20 && next <= 0x2F) {
		// ESC, intermediate bytes, then one final byte (e.g. ESC ( B).
		let index = start + 1;
		while (index < text.length && text.charCodeAt(index) >= 0x20 && text.charCodeAt(index) <= 0x2F) {
			index++;
		}

		return index < text.length && text.charCodeAt(index) >= 0x30 && text.charCodeAt(index) <= 0x7E ? index + 1 : index;
	}

	if (code === esc && next >= 0x30 && next <= 0x7E) {
		return start + 2; // Two-character sequences such as ESC c or ESC 7.
	}

	return start + 1; // A lone ESC.
}

function csiEnd(text: string, from: number): number {
	let index = from;
	// Parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
	while (index < text.length && text.charCodeAt(index) >= 0x30 && text.charCodeAt(index) <= 0x3F) {
		index++;
	}

	while (index < text.length && text.charCodeAt(index) >= 0x20 && text.charCodeAt(index) <= 0x2F) {
		index++;
	}

	return index < text.length && text.charCodeAt(index) >= 0x40 && text.charCodeAt(index) <= 0x7E ? index + 1 : index;
}

function oscEnd(text: string, from: number): number {
	const limit = Math.min(text.length, from + longestOsc);
	for (let index = from; index < limit; index++) {
		const code = text.charCodeAt(index);
		if (code === bel || code === st8) {
			return index + 1;
		}

		if (code === esc) {
			return text.charCodeAt(index + 1) === 0x5C ? index + 2 : index;
		}

		if (code === 0x0A) {
			// Payloads never span lines in practice; stop here so the next line survives.
			return index;
		}
	}

	return limit;
}
