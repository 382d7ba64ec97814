// Word-wrapping of styled text into lines we count ourselves, so the screen never gets more rows than planned.
import {safeText} from '../text/safe-text.js';
import {textChunks, textWidth} from '../text/width.js';
import type {ThemeToken} from './theme.js';

/** A run of text painted with one token. */
export type Segment = {readonly text: string; readonly token: ThemeToken};

/** One terminal row: segments that together fit the width. */
export type Line = readonly Segment[];

export {textWidth} from '../text/width.js';

const graphemes = new Intl.Segmenter();

/** The grapheme clusters of `text`, in order, in time linear in its length. */
function * graphemesOf(text: string): Generator<string> {
	for (const chunk of textChunks(text)) {
		for (const {segment} of graphemes.segment(chunk)) {
			yield segment;
		}
	}
}

/** The longest start of `word` that fits `columns` (with `atLeastOne`, one character however wide), and the rest. */
function cutAt(word: string, columns: number, atLeastOne: boolean): [string, string, number] {
	let taken = 0;
	let end = 0;
	for (const {segment, index} of graphemes.segment(word)) {
		const width = textWidth(segment);
		if ((end > 0 || !atLeastOne) && taken + width > columns) {
			break;
		}

		taken += width;
		end = index + segment.length;
	}

	return [word.slice(0, end), word.slice(end), taken];
}

/** Segments made safe to print (escape and control sequences removed, tabs as spaces). */
export function safeSegments(segments: readonly Segment[]): Segment[] {
	return segments
		.map(segment => ({token: segment.token, text: safeText(segment.text).replaceAll('\t', ' ').replaceAll('\r', '')}))
		.filter(segment => segment.text !== '');
}

/**
 * Wraps styled text at word boundaries to `width` columns. Newlines in the text start a new line;
 * words longer than a line are cut. `indent` is put before every continuation line.
 */
export function wrapSegments(segments: readonly Segment[], width: number, indent = ''): Line[] {
	const usable = Math.max(1, width);
	const lines: Segment[][] = [];
	let line: Segment[] = [];
	let used = 0;
	// Columns taken before any text on the current line: 0, or the indent of a continuation line.
	let start = 0;
	// True on a line that continues a wrapped one: spaces there are dropped, at a paragraph start they are kept.
	let continuation = false;

	const push = (text: string, token: ThemeToken) => {
		const last = line.at(-1);
		if (last?.token === token) {
			line[line.length - 1] = {text: last.text + text, token};
		} else {
			line.push({text, token});
		}

		used += textWidth(text);
	};

	const breakLine = () => {
		lines.push(trimEnd(line));
		line = [];
		used = 0;
		if (indent !== '') {
			push(indent, 'plain');
		}

		start = used;
		continuation = true;
	};

	for (const segment of safeSegments(segments)) {
		for (const piece of segment.text.split(/(\n| +)/u)) {
			if (piece === '') {
				continue;
			}

			if (piece === '\n') {
				lines.push(trimEnd(line));
				line = [];
				used = 0;
				start = 0;
				continuation = false;
				continue;
			}

			if (piece.startsWith(' ')) {
				// Spaces never start a continuation line.
				if (used > start || !continuation) {
					if (used + piece.length <= usable) {
						push(piece, segment.token);
					} else {
						breakLine();
					}
				}

				continue;
			}

			const word = piece;
			const wordWidth = textWidth(word);
			if (used + wordWidth > usable && used > start) {
				breakLine();
			}

			if (used + wordWidth <= usable) {
				push(word, segment.token);
				continue;
			}

			// Longer than a line: cut in one pass over its characters (a 50,000-character token re-measured
			// for every line it fills was quadratic). A wide character that does not fit starts the next line.
			let head = '';
			let headWidth = 0;
			for (const character of graphemesOf(word)) {
				const width = textWidth(character);
				if (used + headWidth + width > usable && (headWidth > 0 || used > start)) {
					if (head !== '') {
						push(head, segment.token);
					}

					breakLine();
					head = '';
					headWidth = 0;
				}

				head += character;
				headWidth += width;
			}

			const word_ = head;
			if (word_ !== '') {
				push(word_, segment.token);
			}
		}
	}

	if (line.length > 0) {
		lines.push(trimEnd(line));
	}

	return lines;
}

function trimEnd(line: readonly Segment[]): Segment[] {
	const result = [...line];
	while (result.length > 0) {
		const last = result.at(-1)!;
		const trimmed = last.text.trimEnd();
		if (trimmed === last.text) {
			break;
		}

		result.pop();
		if (trimmed !== '') {
			result.push({text: trimmed, token: last.token});
			break;
		}
	}

	return result;
}
