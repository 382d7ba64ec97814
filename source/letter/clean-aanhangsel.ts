import type {Footnote} from './model.js';

// Running footers and headers of the published Aanhangsel PDF, as they come out of text extraction.
const pageFooters = [
	/^ah-tk-\d{8}-\d+\s*$/u,
	/^kv-tk-\S+\s*$/u,
	/^ISSN\b/u,
	/^Tweede Kamer, vergaderjaar \d{4}[–-]\d{4},? Aanhangsel(?: \d+)?\s*$/u,
	/^\d+[A-Z]? ISSN/u,
];
// A page number or footnote markers on a line of their own ("1", "2 3").
const loneNumbers = /^\s*\d{1,3}(?:\s+\d{1,3})*\s*$/u;
const isPageFooter = (line: string) => pageFooters.some(pattern => pattern.test(line.trim()));
const isFurniture = (line: string) => isPageFooter(line) || loneNumbers.test(line);
// How many lines one footnote may run on for, and how many notes one page may lose in extraction.
const footnoteLines = 4;
const lostNotes = 3;

/** The text without page furniture, and the footnotes that were at the foot of its pages. */
export type CleanText = {
	readonly text: string;
	readonly footnotes: readonly Footnote[];
};

/**
 * Removes running footers, page numbers and footnotes from Aanhangsel text extracted from PDF, and
 * collects the footnotes. Footnotes stand just above a page footer, numbered in sequence through
 * the letter ("1NOS, 22 oktober 2024, …"): walking back from each footer, lines that begin with
 * the number just below the last one found (counting down to the next expected note) start a
 * footnote, and up to a few lines after each continue it; everything else is body text.
 */
export function cleanAanhangsel(text: string): CleanText {
	const lines = text.split('\n');
	const drop = new Set<number>();
	const footnotes: Footnote[] = [];
	let nextFootnote = 1;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		if (line.trim() === '' || !isFurniture(line)) {
			continue;
		}

		drop.add(index);
		if (!isPageFooter(line)) {
			continue;
		}

		let cursor = index - 1;
		while (cursor >= 0 && (lines[cursor]!.trim() === '' || isFurniture(lines[cursor]!))) {
			drop.add(cursor);
			cursor--;
		}

		const found = footnotesAbove(lines, cursor, nextFootnote);
		if (found.length === 0) {
			continue;
		}

		for (let line = found[0]!.line; line <= cursor; line++) {
			drop.add(line);
		}

		for (const [position, note] of found.entries()) {
			const end = found[position + 1]?.line ?? cursor + 1;
			const body = lines.slice(note.line, end).map(part => part.trim());
			body[0] = body[0]!.slice(String(note.id).length).trim();
			footnotes.push({id: String(note.id), text: body.reduce((joined, part) => joined === '' ? part : joined.endsWith('/') || joined.endsWith('-') ? joined + part : `${joined} ${part}`, '')});
		}

		nextFootnote = found.at(-1)!.id + 1;
	}

	const kept = lines.filter((_, index) => !drop.has(index));
	return {text: kept.join('\n'), footnotes};
}

/** The footnotes whose lines end at `last`, top to bottom, numbered consecutively from `next` or a little above. */
function footnotesAbove(lines: readonly string[], last: number, next: number): Array<{line: number; id: number}> {
	const found: Array<{line: number; id: number}> = [];
	let sinceStart = 0;
	for (let back = last; back >= 0 && sinceStart < footnoteLines; back--) {
		const line = lines[back]!;
		if (/^(?:Vraag|Antwoord)\b/u.test(line)) {
			break;
		}

		const below = found[0]?.id;
		const wanted = below === undefined ? range(next, next + lostNotes) : below - 1 >= next ? [below - 1] : [];
		const id = wanted.find(number => startsNote(line, number, number === next));
		if (id !== undefined) {
			found.unshift({line: back, id});
			sinceStart = 0;
			if (id === next) {
				break;
			}
		} else {
			sinceStart++;
		}
	}

	return found;
}

function range(from: number, to: number): number[] {
	return Array.from({length: to - from + 1}, (_, index) => from + index);
}

/** True when the line starts footnote `id`: its number glued to the text ("2Kamerstuk", "22023 Annual report" for note 2). */
function startsNote(line: string, id: number, expected: boolean): boolean {
	const label = String(id);
	if (!line.startsWith(label)) {
		return false;
	}

	const after = line.slice(label.length);
	if (/^\s*$/u.test(after) || /^\s/u.test(after)) {
		return false; // "2 Artikelen 74 en" is a marker in the body, not a note.
	}

	// A digit straight after the number can only be the note's own text when the number is the one expected.
	return /^\d/u.test(after) ? expected : !/^[-–.,:/)]/u.test(after);
}

// Dutch writes a hyphen where two vowels meet across a compound ("auto-ongeluk", "scenario-analyse")
// and after some prefixes ("niet-Europese"); any other hyphen between lower-case letters in PDF or OCR
// text is a word split at a line break ("regelge-ving"). So is a split after a consonant and an i before
// a vowel that makes no one sound with it ("internati-onaal", "gespeci-aliseerd": the syllables of
// "-tie", "-cia"), and a split of a word the text also writes whole. A compound spelled with a hyphen
// more than once and never without ("aids-patiënten", "sero-positieven") is spelled so.
const vowels = 'aeiouyáéíóúäëïöüè';
const vowelPairs = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ii', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);
const syllableI = /[^aeiouy]i$/u;
const keptPrefixes = new Set(['niet', 'oud', 'ex', 'anti', 'non', 'pro', 'semi', 'vice', 'pseudo', 'co', 'post', 'pre', 'sub', 'super', 'extra', 'mede', 'half', 'oost', 'west', 'noord', 'zuid', 'midden']);
// A name's particle after a hyphen ("Beckers-de Bruijn", "Van Dijk-van der Veen") belongs to the name.
const nameParticles = new Set(['de', 'den', 'der', 'van', 'ter', 'ten', 'te', 'la', 'le', 'du']);
const hyphenated = /\p{L}+-\p{L}+/gu;

/** Rejoins words that PDF extraction left split by a hyphen, keeping the hyphens Dutch spelling needs. */
export function dehyphenate(text: string): string {
	const joined = text.replaceAll(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2');
	const wholeWords = new Set(joined.toLowerCase().match(/\p{L}+/gu));
	const spelledWithHyphen = hyphenatedCompounds(joined, wholeWords);

	// Walk from hyphen to hyphen instead of matching words everywhere: hyphens are rare, words are not.
	const parts: string[] = [];
	let kept = 0;
	for (let hyphen = joined.indexOf('-'); hyphen !== -1; hyphen = joined.indexOf('-', hyphen + 1)) {
		let start = hyphen;
		while (start > 0 && isLetter(joined[start - 1]!)) {
			start--;
		}

		let end = hyphen + 1;
		while (end < joined.length && isLetter(joined[end]!)) {
			end++;
		}

		const left = joined.slice(start, hyphen);
		const right = joined.slice(hyphen + 1, end);
		const word = `${left}-${right}`.toLowerCase();
		const writtenWhole = left.length >= 2 && right.length >= 2 && wholeWords.has(word.replace('-', ''));
		if (spelledWithHyphen.has(word) || !(shouldJoin(left, right, joined[start - 1]) || (writtenWhole && lowerPattern.test(right[0] ?? '')))) {
			continue;
		}

		parts.push(joined.slice(kept, hyphen));
		kept = hyphen + 1;
	}

	parts.push(joined.slice(kept));
	return parts.join('');
}

// The shortest parts of a compound told by its repeated hyphen: shorter tails are syllables ("Gerechts-hof").
const compoundLeft = 3;
const compoundRight = 5;

/** The hyphenated words (lower case) the text spells with a hyphen twice or more and never without. */
function hyphenatedCompounds(text: string, wholeWords: ReadonlySet<string>): Set<string> {
	const counts = new Map<string, number>();
	for (const [word] of text.matchAll(hyphenated)) {
		const [left, right] = word.split('-') as [string, string];
		if (left.length >= compoundLeft && right.length >= compoundRight) {
			counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
		}
	}

	return new Set([...counts].filter(([word, count]) => count > 1 && !wholeWords.has(word.replace('-', ''))).map(([word]) => word));
}

const letterPattern = /\p{L}/u;
const lowerPattern = /\p{Ll}/u;
const upperPattern = /\p{Lu}/u;
const isLetter = (char: string) => letterPattern.test(char);

function shouldJoin(left: string, right: string, before: string | undefined): boolean {
	// Both sides must be lower-case words ("EBI-gedetineerden" and "wet- en" stay), and the left word
	// must not continue an earlier hyphenated compound ("vier-ogen-principe").
	if (left.length < 2 || right.length === 0 || before === '-' || !lowerPattern.test(left.at(-1)!) || !lowerPattern.test(right[0]!)) {
		return false;
	}

	if (upperPattern.test(left[0]!) && nameParticles.has(right)) {
		return false;
	}

	// A vowel clash keeps its hyphen only between two words: a short tail ("individu-eel") is a syllable.
	const pair = left.at(-1)! + right[0]!;
	const clash = vowels.includes(pair[0]!) && vowels.includes(pair[1]!) && right.length >= 5 && (vowelPairs.has(pair) || !syllableI.test(left));
	return !clash && !keptPrefixes.has(left.toLowerCase());
}
