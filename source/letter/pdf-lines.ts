// Rebuilds the lines of a PDF page from positioned text items, and rejoins what the layout split.

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

/** The text lines of one page, top to bottom, each line's items left to right. */
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

	return lines.map(line => joinItems(line.toSorted((a, b) => a.x - b.x)));
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
	const kept = lines.flatMap(page => page.filter(line => !running.has(maskNumbers(line))));
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
