// Folding: the one place that decides which characters count as "the same" when searching.
// Text is folded once when the index is built, so fuse.js searches strings whose indices we can
// map back to the original (NFC) text exactly — fuse's own `ignoreDiacritics` indices refer to
// its stripped copy, which need not line up with the text (STACK.md).

/**
 * What separates words in folded text: ASCII other than letters and digits, Latin-1 and general
 * punctuation, symbols. A plain (non-Unicode-property) class, because splitting 40 MB with
 * `\p{L}` takes five times as long; letters of every script are above U+00C0 and so stay words.
 */
export const wordSeparators = /[^a-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF\uF900-\uFDFF\uFE70-\uFEFE]+/;

/** The words of a folded text, in order (duplicates kept). */
export function wordsOf(folded: string): string[] {
	return folded.split(wordSeparators).filter(word => word !== '');
}

/** A folded text and, for each of its UTF-16 units, where it came from in the original. */
export type FoldedText = {
	/** Lowercase, without diacritics, `ĳ` → `ij`, apostrophes dropped, whitespace runs as one space. */
	readonly text: string;
	/** `starts[i]`: offset in the original of the character that folded unit `i` came from. */
	readonly starts: Uint32Array;
	/** `ends[i]`: end offset (exclusive) in the original of that character (or whitespace run). */
	readonly ends: Uint32Array;
};

// Letters that do not decompose under NFD but that a Dutch reader types without their stroke.
// The same list fuse.js folds, plus the Dutch ĳ ligature, which neither NFD nor fuse folds.
const specialFolds: Readonly<Record<string, string>> = {
	'ł': 'l',
	'đ': 'd',
	'ø': 'o',
	'ħ': 'h',
	'ŧ': 't',
	'ı': 'i',
	'ß': 'ss',
	'ĳ': 'ij',
	'æ': 'ae',
	'œ': 'oe',
	'ς': 'σ',
};
const specialCharacters = new RegExp(`[${Object.keys(specialFolds).join('')}]`, 'gu');

// Dropped so that "risicos" finds "risico's" and "DigiDs" finds "DigiD’s".
const apostrophes = new Set(['\'', '’', '‘', 'ʼ', '`', '´']);
const apostropheCharacters = /['’‘ʼ`´]/gu;
const whitespace = /\s/u;
const whitespaceRuns = /\s+/gu;
const marks = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** How one character (code point) is searched for: lowercase, no diacritics, ligatures spelled out. */
export function foldCharacter(character: string): string {
	const cached = foldCache.get(character);
	if (cached !== undefined) {
		return cached;
	}

	let folded = '';
	for (const part of character.toLowerCase().normalize('NFD').replace(marks, '')) {
		folded += specialFolds[part] ?? part;
	}

	// Lowercasing can create characters that fold further (İ → i̇); one more pass settles them.
	if (folded !== character) {
		let again = '';
		for (const part of folded.normalize('NFD').replace(marks, '')) {
			again += specialFolds[part] ?? part;
		}

		folded = again;
	}

	foldCache.set(character, folded);
	return folded;
}

/** The folded form of a text, without the offset map: what the index stores and queries are folded to. */
export function foldText(text: string): string {
	// Whole-string operations are much faster than the per-character loop below and give the same
	// result (a property test holds them together); `ς` is in `specialFolds` because whole-string
	// lowercasing turns a final Σ into ς where the per-character fold gives σ.
	return text
		.replaceAll(whitespaceRuns, ' ')
		.replaceAll(apostropheCharacters, '')
		.toLowerCase()
		.normalize('NFD')
		.replaceAll(marks, '')
		.replaceAll(specialCharacters, character => specialFolds[character] ?? character);
}

/** Folds a text and records, for every folded unit, the original range it stands for. */
export function foldWithOffsets(text: string): FoldedText {
	const starts: number[] = [];
	const ends: number[] = [];
	let folded = '';
	let offset = 0;
	for (const character of text) {
		const start = offset;
		offset += character.length;
		if (whitespace.test(character)) {
			if (folded.endsWith(' ') && ends.length > 0 && ends.at(-1) === start) {
				ends[ends.length - 1] = offset;
			} else {
				folded += ' ';
				starts.push(start);
				ends.push(offset);
			}

			continue;
		}

		if (apostrophes.has(character)) {
			continue;
		}

		for (const unit of foldCharacter(character).split('')) {
			folded += unit;
			starts.push(start);
			ends.push(offset);
		}
	}

	return {text: folded, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends)};
}

/** Maps an inclusive range of folded units back to an end-exclusive range in the original text. */
export function originalRange(folded: FoldedText, start: number, endInclusive: number): readonly [number, number] | undefined {
	const from = folded.starts[start];
	const to = folded.ends[Math.min(endInclusive, folded.ends.length - 1)];
	return from === undefined || to === undefined || to <= from ? undefined : [from, to];
}
