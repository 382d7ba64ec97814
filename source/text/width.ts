// The one measure of terminal columns (string-width, as Ink measures), and cutting text to a width with it.
import stringWidth from 'string-width';
import {safeText} from './safe-text.js';

/** Terminal columns `text` takes: accents none of their own, CJK and emoji two (as Ink measures). */
export function textWidth(text: string): number {
	if (text.length <= chunkLength) {
		return stringWidth(text);
	}

	let width = 0;
	for (const chunk of textChunks(text)) {
		width += stringWidth(chunk);
	}

	return width;
}

// Node 20's Intl.Segmenter (which string-width uses too) takes time quadratic in the length of the
// text it is given: a 50,000-character token took seconds. Long text is therefore handled in chunks.
const chunkLength = 1024;

/** `text` in pieces of about 1,024 characters, never cut inside a character, before a combining mark or a joiner. */
export function * textChunks(text: string): Generator<string> {
	let start = 0;
	while (start < text.length) {
		let end = Math.min(text.length, start + chunkLength);
		while (end < text.length && /^[\p{M}\u200C\u200D\uFE00-\uFE0F\uDC00-\uDFFF]/u.test(text.slice(end, end + 1))) {
			end++;
		}

		yield text.slice(start, end);
		start = end;
	}
}

const graphemes = new Intl.Segmenter();

/** `text` padded with spaces to `width` columns (measured, not counted in UTF-16 units). */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}

/**
 * `text` on one line, cut to `width` terminal columns with an ellipsis. Cut between whole characters as
 * a reader sees them (a flag, an emoji with its skin tone, a letter with its accent).
 */
export function cutToWidth(text: string, width: number): string {
	if (textWidth(text) <= width) {
		return text;
	}

	let used = 0;
	let cut = '';
	for (const {segment} of graphemes.segment(text)) {
		const columns = stringWidth(segment);
		if (used + columns > width - 1) {
			break;
		}

		used += columns;
		cut += segment;
	}

	return `${cut.trimEnd()}…`;
}

/** The first words of a text on one line (made safe, runs of white space as one), cut to `width` columns. */
export function firstWords(text: string, width: number): string {
	return cutToWidth(safeText(text).replaceAll(/\s+/gu, ' ').trim(), width);
}
