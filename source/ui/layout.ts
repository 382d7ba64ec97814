// Where every row of the screen goes, from the terminal size. Pure, so the row count is testable.
import type {FooterItem} from './keys.js';
import {textWidth} from './wrap.js';

/** Below this the reviewer shows one "terminal too small" line instead of a broken screen. */
export const minimumSize = {columns: 60, rows: 15} as const;

/** Rows given to each part of the screen; they add up to at most `rows - 1`. */
export type ScreenLayout = {
	readonly tooSmall: boolean;
	readonly width: number;
	readonly header: number;
	readonly list: number;
	/** The rule between list and detail, naming the selected question. */
	readonly rule: number;
	readonly detail: number;
	readonly status: number;
	readonly footer: number;
};

/** Rows per part for a terminal. One row is always left free: Ink clears the whole screen when output fills it. */
export function screenLayout(columns: number, rows: number, answers: number, footerLines: number, statusLines = 1): ScreenLayout {
	const tooSmall = columns < minimumSize.columns || rows < minimumSize.rows;
	const usable = rows - 1;
	const header = 2;
	// The status row, or the note editor, which grows to a few rows with a long note.
	const status = Math.max(1, statusLines);
	const rule = 1;
	const footer = Math.min(footerLines, 2);
	const panes = Math.max(0, usable - header - status - rule - footer);
	// The list gets about a third of the room, at least three rows, never more rows than answers.
	const list = Math.min(Math.max(answers, 1), Math.max(3, Math.floor(panes * 0.3)));
	return {tooSmall, width: columns, header, list, rule, detail: Math.max(0, panes - list), status, footer};
}

/** The first visible list row that keeps `selected` in view, roughly centred. */
export function listWindow(selected: number, total: number, height: number): number {
	if (total <= height) {
		return 0;
	}

	return Math.min(Math.max(0, selected - Math.floor(height / 2)), total - height);
}

// The keys a footer never drops for lack of room: how to get help and how to leave.
const essential = new Set(['help', 'quit']);

/**
 * Footer items packed into lines of `width` columns, separated by two spaces; at most `maxLines`.
 * When they do not all fit, items before the help and quit keys give way, from the last one back.
 */
export function packFooter(items: readonly FooterItem[], width: number, maxLines = 2): FooterItem[][] {
	let kept = [...items];
	for (;;) {
		const lines = packLines(kept, width);
		const drop = kept.findLastIndex(item => !essential.has(item.label));
		if (lines.length <= maxLines || drop < 0) {
			return lines.slice(0, maxLines);
		}

		kept = kept.filter((_, index) => index !== drop);
	}
}

function packLines(items: readonly FooterItem[], width: number): FooterItem[][] {
	const lines: FooterItem[][] = [];
	let current: FooterItem[] = [];
	let used = 0;
	for (const item of items) {
		const text = `${item.keys} ${item.label}`;
		const needed = textWidth(text) + (current.length > 0 ? 2 : 0);
		if (current.length > 0 && used + needed > width) {
			lines.push(current);
			current = [];
			used = 0;
		}

		current.push(item);
		used += textWidth(text) + (current.length > 1 ? 2 : 0);
	}

	if (current.length > 0) {
		lines.push(current);
	}

	return lines;
}
