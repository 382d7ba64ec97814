// Turning match ranges into marked text for the command line; the reviewer paints the same ranges itself.
import {safeText} from '../text/safe-text.js';
import type {MatchRange} from './index.js';

/** What goes around a matched part. */
export type Marks = {
	readonly open: string;
	readonly close: string;
};

/** Guillemets: visible without colour, and rare in Dutch letters (which quote with „…” and ‘…’). */
export const plainMarks: Marks = {open: '«', close: '»'};

/** Guillemets in bold, for a terminal that shows colour. */
export const boldMarks: Marks = {open: '\u001B[1m«', close: '»\u001B[22m'};

/**
 * The text with every range wrapped in marks, made safe to print and folded onto one line.
 * Each piece is cleaned on its own, so the marks survive and the ranges still line up.
 */
export function markRanges(text: string, ranges: readonly MatchRange[], marks: Marks = plainMarks): string {
	let marked = '';
	let position = 0;
	for (const [start, end] of ranges) {
		if (start < position || end <= start || end > text.length) {
			continue;
		}

		marked += oneLine(text.slice(position, start)) + marks.open + oneLine(text.slice(start, end)) + marks.close;
		position = end;
	}

	return (marked + oneLine(text.slice(position))).trim();
}

/**
 * A window of about `width` characters around the first range, with the ranges inside it marked,
 * and "…" where text was left out: for showing where a long answer matched.
 */
export function markedSnippet(text: string, ranges: readonly MatchRange[], width = 160, marks: Marks = plainMarks): string {
	const first = ranges[0];
	if (first === undefined || text.length <= width) {
		return markRanges(text, ranges, marks);
	}

	const from = Math.max(0, Math.min(first[0] - Math.floor(width / 3), text.length - width));
	const to = Math.min(text.length, from + width);
	const inside = ranges
		.filter(([start, end]) => start >= from && end <= to)
		.map(([start, end]): MatchRange => [start - from, end - from]);
	return `${from > 0 ? '…' : ''}${markRanges(text.slice(from, to), inside, marks)}${to < text.length ? '…' : ''}`;
}

function oneLine(text: string): string {
	return safeText(text).replaceAll(/\s+/gu, ' ');
}
