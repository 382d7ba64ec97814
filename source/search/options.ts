// The one fuse.js configuration: the command line and the reviewer both search through it.
import type {IFuseOptions} from 'fuse.js';

/** What one question looks like to fuse: folded question and answer texts (see fold.ts). */
export type FuseDocument = {
	readonly question: string;
	readonly answer: string;
};

/**
 * Fraction of a word's letters that may be wrong (fuse scores a match as errors ÷ word length).
 * 0.25 lets a 4–7 letter word have one typo ("koekoek" → "Koekkoek") and an 8–11 letter word two,
 * while three-letter words must match exactly. At 0.34 "koekoek" also found "koken" and "toekomst".
 */
export const fuzzyThreshold = 0.2;

/** Fuse's Bitap matcher handles at most 32 characters per pattern; longer words are cut to this. */
export const maxTermLength = 32;

/** How fuse matches a single word: shared by the vocabulary prefilter and the final ranking. */
export const matchOptions = {
	isCaseSensitive: false,
	// The texts are folded already; fuse folding them again is a no-op that keeps a query
	// typed with accents safe even if a caller skips our folding.
	ignoreDiacritics: true,
	// Without it only the first ~60 characters of a field can match (STACK.md).
	ignoreLocation: true,
	threshold: fuzzyThreshold,
	// Single stray letters of a fuzzy match are not worth highlighting, nor a match on their own.
	minMatchCharLength: 2,
	includeScore: true,
} as const satisfies IFuseOptions<unknown>;

/** The question weighs twice the answer: a reviewer remembers what was asked. */
export const fieldWeights = {question: 2, answer: 1} as const;

/** The full configuration: fields, weights, extended search (for exact phrases) and match indices. */
export const fuseOptions = {
	...matchOptions,
	keys: [
		{name: 'question', weight: fieldWeights.question},
		{name: 'answer', weight: fieldWeights.answer},
	],
	includeMatches: true,
	useExtendedSearch: true,
	shouldSort: true,
} as const satisfies IFuseOptions<FuseDocument>;
