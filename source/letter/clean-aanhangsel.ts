import type {Footnote} from './model.js';

// Running footers and headers of the published Aanhangsel PDF, as they come out of text extraction.
const footerLines = [
	/^ah-tk-\d{8}-\d+\s*$/u,
	/^kv-tk-\S+\s*$/u,
	/^ISSN\b/u,
	/^Tweede Kamer, vergaderjaar \d{4}[–-]\d{4},? Aanhangsel(?: \d+)?\s*$/u,
	/^\d+[A-Z]? ISSN/u,
	/^\s*\d{1,3}(?:\s+\d{1,3})*\s*$/u, // A page number or footnote markers on a line of their own.
];
const isFooter = (line: string) => footerLines.some(pattern => pattern.test(line.trim()));
// Footnote text at the foot of a page: its number glued to its text ("1NOS, 22 oktober 2024…").
const footnoteStart = /^(\d{1,2})(?=\S)(?![\d.,:/-]*\d{3})/u;
// How many lines one footnote may run on for.
const footnoteLines = 4;

/** The text without page furniture, and the footnotes that were at the foot of its pages. */
export type CleanText = {
	readonly text: string;
	readonly footnotes: readonly Footnote[];
};

/**
 * Removes running footers, page numbers and footnotes from Aanhangsel text extracted from PDF, and
 * collects the footnotes. Footnotes stand just above a page footer, numbered in sequence through
 * the letter: walking back from each footer, the lines that begin with the next expected numbers
 * (and the lines that continue them) are footnotes; everything else is body text.
 */
export function cleanAanhangsel(text: string): CleanText {
	const lines = text.split('\n');
	const drop = new Set<number>();
	const footnotes: Footnote[] = [];
	let nextFootnote = 1;
	for (let index = 0; index < lines.length; index++) {
		if (!isFooter(lines[index]!) || lines[index]!.trim() === '') {
			continue;
		}

		drop.add(index);
		// Find the footnote block above this footer: scan back over at most a few lines per note.
		let start = index;
		let cursor = index - 1;
		while (cursor >= 0 && (lines[cursor]!.trim() === '' || isFooter(lines[cursor]!))) {
			drop.add(cursor);
			cursor--;
		}

		const block: number[] = [];
		let sinceStart = 0;
		for (let back = cursor; back >= 0 && sinceStart < footnoteLines; back--) {
			const line = lines[back]!;
			if (/^(?:Vraag|Antwoord)\b/u.test(line)) {
				break;
			}

			block.unshift(back);
			sinceStart++;
			if (footnoteStart.test(line)) {
				start = back;
				sinceStart = 0;
			}
		}

		const noteLines = block.filter(line => line >= start && start < index);
		const notes = splitNotes(noteLines.map(line => lines[line]!), nextFootnote);
		if (notes.length > 0) {
			for (const line of noteLines) {
				drop.add(line);
			}

			footnotes.push(...notes);
			nextFootnote = Number(notes.at(-1)!.id) + 1;
		}
	}

	const kept = lines.filter((_, index) => !drop.has(index));
	return {text: kept.join('\n'), footnotes};
}

function splitNotes(lines: readonly string[], expected: number): Footnote[] {
	const notes: Array<{id: string; text: string}> = [];
	let next = expected;
	for (const line of lines) {
		const id = noteNumber(line, next);
		if (id !== undefined) {
			notes.push({id, text: line.slice(id.length).trim()});
			next = Number(id) + 1;
		} else if (notes.length > 0) {
			const last = notes.at(-1)!;
			last.text += (last.text.endsWith('/') || last.text.endsWith('-') ? '' : ' ') + line.trim();
		} else {
			return []; // The block does not start with a footnote: it is body text.
		}
	}

	return notes;
}

/** The footnote number a line starts with: the expected one ("22023 Annual report" is note 2), or one a little higher when the extraction lost a note. */
function noteNumber(line: string, next: number): string | undefined {
	if (!footnoteStart.test(line)) {
		return undefined;
	}

	for (const candidate of [next, next + 1, next + 2, next + 3]) {
		const id = String(candidate);
		if (line.startsWith(id) && (candidate === next || !/\d/u.test(line[id.length] ?? ''))) {
			return id;
		}
	}

	return undefined;
}

// Dutch writes a hyphen where two vowels meet across a compound ("zee-egel", "auto-ongeluk") and
// after some prefixes ("niet-Europese"); any other hyphen between lower-case letters in PDF text is
// a word split at a line break ("regelge-ving").
const vowels = 'aeiouyáéíóúäëïöüè';
const keptPrefixes = new Set(['niet', 'oud', 'ex', 'anti', 'non', 'pro', 'semi', 'vice', 'pseudo', 'co', 'post', 'pre', 'sub', 'super', 'extra', 'mede', 'half', 'oost', 'west', 'noord', 'zuid', 'midden']);

/** Rejoins words that PDF extraction left split by a hyphen, keeping the hyphens Dutch spelling needs. */
export function dehyphenate(text: string): string {
	return text
		.replaceAll(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
		.replaceAll(/(?<![\p{L}-])(\p{L}*\p{Ll})-(\p{Ll}+)/gu, (whole, left: string, right: string) => {
			const clash = vowels.includes(left.at(-1)!) && vowels.includes(right[0]!);
			if (clash || keptPrefixes.has(left.toLowerCase()) || left.length < 2) {
				return whole;
			}

			return left + right;
		});
}
