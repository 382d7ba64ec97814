// The query language: words (fuzzy, all required, any order), "exact phrases", =exact words, !excluded.
import {foldText, wordsOf} from './fold.js';
import {maxTermLength} from './options.js';

/** One part of a query, folded like the index (lowercase, no accents). */
export type QueryTerm = {
	/** `fuzzy`: a word that may have typos; `exact`: a phrase or `=word` found literally. */
	readonly kind: 'fuzzy' | 'exact';
	/** The folded text to look for. */
	readonly text: string;
	/** True for `!word` / `!"phrase"`: questions containing it are left out. */
	readonly exclude: boolean;
};

/** A parsed query and what was changed to make it searchable. */
export type ParsedQuery = {
	readonly terms: readonly QueryTerm[];
	/** One line per adjustment (query cut, word shortened, words dropped), for the user to read. */
	readonly notes: readonly string[];
};

/** Longer queries are cut: nobody types more, and each word costs a pass over the candidates. */
export const maxQueryLength = 200;

/** At most this many words are looked for; a pasted paragraph would otherwise scan for ever. */
export const maxTerms = 8;

// Shortest fuzzy word worth looking for: one letter matches nearly every question.
const minWordLength = 2;
// `!` and `=` prefixes, then a quoted phrase (closing quote optional) or a bare token.
const tokenPattern = /(!?)(=?)(?:"([^"]*)"?|(\S+))/gu;

/** Parses what the user typed. Never throws: anything unusable becomes a note and is left out. */
export function parseQuery(raw: string): ParsedQuery {
	const notes: string[] = [];
	let input = raw;
	if (input.length > maxQueryLength) {
		// Drop a word the cut went through: "…encryptie" would otherwise search for half a word.
		input = /\s/u.test(input[maxQueryLength] ?? ' ') ? input.slice(0, maxQueryLength) : input.slice(0, maxQueryLength).replace(/\S+$/u, '');
		notes.push(`query cut to its first ${maxQueryLength} characters`);
	}

	// Typographic quotes count as quotes; `|` is fuse's OR operator, so it is never passed through.
	input = input.replaceAll(/[“”„‟«»]/gu, '"').replaceAll('|', ' ');
	const terms: QueryTerm[] = [];
	let shortened = false;
	for (const match of input.matchAll(tokenPattern)) {
		const exclude = match[1] === '!';
		const equals = match[2] === '=';
		const phrase = match[3];
		const bare = match[4] ?? '';
		if (phrase !== undefined || equals || exclude) {
			const text = trimPunctuation(foldText(phrase ?? bare).replaceAll('"', '').trim());
			if (hasWord(text)) {
				terms.push({kind: 'exact', text, exclude});
			}

			continue;
		}

		for (const word of wordsOf(foldText(bare))) {
			if (word.length < minWordLength) {
				continue;
			}

			shortened ||= word.length > maxTermLength;
			terms.push({kind: 'fuzzy', text: word.slice(0, maxTermLength), exclude: false});
		}
	}

	if (shortened) {
		notes.push(`words longer than ${maxTermLength} letters are searched by their first ${maxTermLength}`);
	}

	const unique = dedupe(terms);
	const included = unique.filter(term => !term.exclude);
	if (included.length > maxTerms) {
		notes.push(`only the first ${maxTerms} words are searched for`);
		const kept = new Set(included.slice(0, maxTerms));
		return {terms: unique.filter(term => term.exclude || kept.has(term)), notes};
	}

	return {terms: unique, notes};
}

function hasWord(text: string): boolean {
	return wordsOf(text).length > 0;
}

// `=nr.` or `!DigiD,` should not require the stray punctuation around the word.
function trimPunctuation(text: string): string {
	const words = wordsOf(text);
	if (words.length === 0) {
		return '';
	}

	return text.slice(text.indexOf(words[0]!), text.lastIndexOf(words.at(-1)!) + words.at(-1)!.length);
}

function dedupe(terms: readonly QueryTerm[]): QueryTerm[] {
	const seen = new Set<string>();
	return terms.filter(term => {
		const key = `${term.kind}${term.exclude ? '!' : ''}:${term.text}`;
		if (seen.has(key)) {
			return false;
		}

		seen.add(key);
		return true;
	});
}
