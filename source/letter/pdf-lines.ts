// Rebuilds the lines of a PDF page from positioned text items, and rejoins what the layout split.
import {letterheadLabel} from './shapes.js';

/** One piece of text where the PDF put it (PDF space: y grows upwards). */
export type PositionedText = {
	readonly str: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly fontSize: number;
};

// Items on one line differ in y by rounding only; a fraction of the font size separates two lines.
const sameLine = 0.4;
// A gap wider than this share of the font size between two items on a line is a space.
const spaceGap = 0.15;
// Lines that repeat on this many pages at the top or bottom are running headers or footers.
const runningPages = 2;
const edgeLines = 2;
// Published Aanhangsel footers are kept: the Aanhangsel reader uses them to find the footnotes above them.
const keptFurniture = /Aanhangsel|^ah-tk-|^kv-tk-|ISSN/u;

// A gap this many font sizes wide inside a line parts two columns.
const columnGap = 1.5;
// The government letter template prints a column beside the text ("Onze referentie", "Pagina 2 van 9").
const letterheadColumn = new RegExp(String.raw`^(?:${letterheadLabel}|Pagina \d+ van \d+)\b`, 'u');
// The column starts in the page's top lines; further down, such a label heads a table column.
const columnTopLines = 3;
// How far from that column's left edge a piece may start and still belong to it, in points.
const columnSlack = 3;
// How far right of the text's margin the column starts at least, in points (a third of an A4 page).
const columnIndent = 200;

/**
 * The text lines of one page, top to bottom, each line's items left to right. The letterhead column
 * of the government template, which shares baselines with the text beside it, is set apart and comes
 * first, top to bottom: "… beoogd te Onze referentie verminderen?" is read as two lines.
 */
export function pageLines(items: readonly PositionedText[]): string[] {
	const sorted = items.filter(item => item.str.trim() !== '').toSorted((a, b) => b.y - a.y || a.x - b.x);
	const lines: PositionedText[][] = [];
	for (const item of sorted) {
		const line = lines.at(-1);
		if (line !== undefined && Math.abs(line[0]!.y - item.y) <= sameLine * Math.max(item.fontSize, 1)) {
			line.push(item);
		} else {
			lines.push([item]);
		}
	}

	const segmented = lines.map(line => segments(line.toSorted((a, b) => a.x - b.x)));
	// The column's left edge: where a piece far right of the text's margin (after a wide gap, or alone
	// on its line) reads as a letterhead label.
	const margin = Math.min(...segmented.map(line => line[0]![0]!.x));
	const column = segmented.slice(0, columnTopLines).flat().find(segment => segment[0]!.x - margin > columnIndent && letterheadColumn.test(joinItems(segment)))?.[0]!.x;
	if (column === undefined) {
		return segmented.map(line => joinItems(line.flat()));
	}

	const side: string[] = [];
	const body: string[] = [];
	for (const line of segmented) {
		const beside = line.filter(segment => Math.abs(segment[0]!.x - column) <= columnSlack);
		side.push(...beside.map(segment => joinItems(segment)));
		const rest = line.filter(segment => !beside.includes(segment)).flat();
		if (rest.length > 0) {
			body.push(joinItems(rest));
		}
	}

	return [...side, ...body];
}

/** A line's items in runs parted by gaps wider than `columnGap` font sizes. */
function segments(items: readonly PositionedText[]): PositionedText[][] {
	const runs: PositionedText[][] = [];
	let end: number | undefined;
	for (const item of items) {
		if (end === undefined || item.x - end > columnGap * Math.max(item.fontSize, 1)) {
			runs.push([item]);
		} else {
			runs.at(-1)!.push(item);
		}

		end = item.x + item.width;
	}

	return runs;
}

function joinItems(items: readonly PositionedText[]): string {
	let text = '';
	let end: number | undefined;
	for (const item of items) {
		const gap = end === undefined ? 0 : item.x - end;
		const needsSpace = end !== undefined && gap > spaceGap * item.fontSize && !text.endsWith(' ') && !item.str.startsWith(' ');
		text += (needsSpace ? ' ' : '') + item.str;
		end = item.x + item.width;
	}

	return text.replaceAll(/\s+/gu, ' ').trim();
}

/** Lines printed at the same place at the top or bottom of most pages, numbers masked: running headers and footers. */
export function runningLines(pages: readonly (readonly string[])[]): Set<string> {
	const counts = new Map<string, number>();
	for (const lines of pages) {
		const edges = new Set([
			...lines.slice(0, edgeLines).map((line, index) => `top${index}:${maskNumbers(line)}`),
			...lines.slice(-edgeLines).map((line, index, bottom) => `bottom${bottom.length - index}:${maskNumbers(line)}`),
		]);
		for (const key of edges) {
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}

	const needed = Math.max(runningPages, Math.ceil(pages.length * 0.6));
	return new Set([...counts]
		.filter(([, count]) => count >= needed)
		.map(([key]) => key.slice(key.indexOf(':') + 1))
		.filter(line => !keptFurniture.test(line) && !questionOrAnswer.test(line)));
}

// A question or answer heading is never furniture, however often a page starts with one.
const questionOrAnswer = /^(?:Vra(?:ag|gen)|Antwoord)\b/u;

const maskNumbers = (line: string) => line.replaceAll(/\d+/gu, '#');

/**
 * The letter text of a PDF's pages: lines rebuilt from positions, running headers and footers
 * (other than the Aanhangsel's own) removed, and words hyphenated at a line end rejoined.
 */
export function pdfPagesToText(pages: readonly (readonly PositionedText[])[]): string {
	const lines = pages.map(items => pageLines(items));
	const running = pages.length > 1 ? runningLines(lines) : new Set<string>();
	// The first page's letterhead column stays: the letter's date and reference are read from it.
	const letterhead = (lines[0] ?? []).slice(0, edgeLines + 1).some(line => letterheadColumn.test(line));
	const kept = lines.flatMap((page, index) => page.filter((line, row) => !running.has(maskNumbers(line)) || (index === 0 && row < edgeLines && letterhead)));
	return rejoinHyphenated(kept.join('\n'));
}

// Dutch keeps the hyphen where two vowels meet ("zee-egel") and after some prefixes ("niet-Europese").
const vowels = 'aeiouyáéíóúäëïöü';
const keptPrefixes = new Set(['niet', 'oud', 'ex', 'anti', 'non', 'pro', 'semi', 'vice', 'co', 'mede', 'half']);

/** Rejoins "regelge-\nving" to "regelgeving", keeping hyphens that Dutch spelling needs; never joins onto page furniture. */
export function rejoinHyphenated(text: string): string {
	const lines = text.split('\n');
	for (let index = 0; index < lines.length - 1; index++) {
		const broken = /(\p{L}+)-$/u.exec(lines[index]!);
		const next = lines[index + 1]!;
		const tail = /^(\p{Ll}\p{L}*)[,.;:!?)]*(?:\s+|$)/u.exec(next);
		if (broken === null || tail === null || keptFurniture.test(next)) {
			continue;
		}

		const left = broken[1]!;
		const keep = keptPrefixes.has(left.toLowerCase()) || (vowels.includes(left.at(-1)!) && vowels.includes(next[0]!));
		lines[index] = `${lines[index]!.slice(0, keep ? undefined : -1)}${tail[0].trimEnd()}`;
		lines[index + 1] = next.slice(tail[0].length);
	}

	return lines.filter(line => line !== '').join('\n');
}
