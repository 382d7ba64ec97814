// Where every row of the screen goes, from the terminal size. Pure, so the row count is testable.
import type {FooterItem} from './keys.js';
import {textWidth} from './wrap.js';

/** Below this the reviewer shows one "terminal too small" line instead of a broken screen. */
export const minimumSize = {columns: 60, rows: 15} as const;

/** Rows given to each part of the screen; they add up to at most `rows - 1`. */
export type ScreenLayout = {
	readonly tooSmall: boolean;
	readonly width: number;
	/** The letter's header: subject and progress, or progress alone on a short terminal. */
	readonly header: number;
	/** The row naming the list's columns (0 when the list is hidden). */
	readonly listHeader: number;
	readonly list: number;
	/** The rule between list and detail, naming the selected question. */
	readonly rule: number;
	readonly detail: number;
	readonly status: number;
	/** The footer: the marks legend (when the list shows) and the key lines. */
	readonly footer: number;
	/** Of the footer, the legend row explaining the list's marks (0 or 1). */
	readonly legend: number;
};

/** Answer lines the layout keeps visible below the question: 8 from 24 rows, 4 on the smallest terminal. */
export function answerLinesWanted(rows: number): number {
	return rows >= 24 ? 8 : 4;
}

/** What the layout needs to know of the selected answer and the footer. */
export type LayoutNeeds = {
	/** Key lines the footer wants (at most 2 are given). */
	readonly footerLines: number;
	/** Rows of the status line or the note editor. */
	readonly statusLines?: number;
	/** Detail lines before the answer text starts (question, asks, heading). */
	readonly detailChrome?: number;
};

/**
 * Rows per part for a terminal. One row is always left free: Ink clears the whole screen when output
 * fills it. The answer comes first: the list shrinks row by row down to one, then the footer keeps one
 * key line, then the header only its progress, and last the list goes, until `answerLinesWanted` lines
 * of the answer show below its question.
 */
export function screenLayout(columns: number, rows: number, answers: number, footerOrNeeds: number | LayoutNeeds, statusLines = 1): ScreenLayout {
	const needs: LayoutNeeds = typeof footerOrNeeds === 'number' ? {footerLines: footerOrNeeds, statusLines} : footerOrNeeds;
	const tooSmall = columns < minimumSize.columns || rows < minimumSize.rows;
	const usable = rows - 1;
	// The status row, or the note editor, which grows to a few rows with a long note.
	const status = Math.max(1, needs.statusLines ?? 1);
	const wanted = (needs.detailChrome ?? 0) + answerLinesWanted(rows);
	const keyLines = Math.min(Math.max(needs.footerLines, 1), 2);
	const build = (header: number, keys: number, showList: boolean, listRows?: number): ScreenLayout => {
		const legend = showList ? 1 : 0;
		const listHeader = showList ? 1 : 0;
		// Without a list there is nothing to rule off: the header names the question instead.
		const rule = showList ? 1 : 0;
		const footer = keys + legend;
		const panes = Math.max(0, usable - header - status - rule - footer - listHeader);
		// The list gets about a third of the room, at least three rows, never more rows than answers.
		const natural = showList ? Math.min(Math.max(answers, 1), Math.max(3, Math.floor(panes * 0.3))) : 0;
		const list = listRows === undefined ? natural : Math.min(natural, listRows);
		return {tooSmall, width: columns, header, listHeader, list, rule, detail: Math.max(0, panes - list), status, footer, legend};
	};

	const roomy = build(2, keyLines, true);
	if (roomy.detail >= wanted) {
		return roomy;
	}

	// The list gives way first, down to one row, then a key line, then the subject row, then the list.
	const steps: Array<[number, number]> = [[2, keyLines], [2, 1], [1, 1]];
	for (const [header, keys] of steps) {
		const full = build(header, keys, true);
		const fewer = build(header, keys, true, Math.max(1, full.list - (wanted - full.detail)));
		if (fewer.detail >= wanted) {
			return fewer;
		}
	}

	// Still short (a very long question on a small terminal): the list and its rule go; the header names the question.
	return build(1, 1, false);
}

/** The first visible list row that keeps `selected` in view, roughly centred. */
export function listWindow(selected: number, total: number, height: number): number {
	if (total <= height) {
		return 0;
	}

	return Math.min(Math.max(0, selected - Math.floor(height / 2)), total - height);
}

// The keys a footer never drops for lack of room: judging, how to get help and how to leave (back to the picker too).
const essential = new Set(['verdict', 'help', 'quit', 'back']);

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
