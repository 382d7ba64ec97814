// The prefilter that makes search fast: every distinct folded word of the corpus, with the questions
// it occurs in. A query word is first matched (by fuse, same options) against these words, a few
// thousand short strings, instead of against 40,000 long question and answer texts.
import Fuse from 'fuse.js';
import {wordSeparators} from './fold.js';
import {matchOptions} from './options.js';

/** Every distinct word of the corpus and, per field, the documents it occurs in. */
export type Vocabulary = {
	readonly words: readonly string[];
	/** All words, each preceded by a newline and the whole ended by one: searched with `indexOf`. */
	readonly joined: string;
	/** `offsets[w]`: where word `w` starts in `joined`. */
	readonly offsets: Uint32Array;
	/** `postings[f][w]`: ascending numbers of the documents whose field `f` contains word `w`. */
	readonly postings: ReadonlyArray<readonly Uint32Array[]>;
};

/** Word number → fuse score (0 perfect … threshold). */
export type WordMatches = ReadonlyMap<number, number>;

/** Builds the vocabulary of folded document texts (`texts[d]` lists the fields of document `d`). */
export function buildVocabulary(texts: ReadonlyArray<readonly string[]>): Vocabulary {
	const ids = new Map<string, number>();
	const fieldCount = Math.max(0, ...texts.map(fields => fields.length));
	const lists: number[][][] = Array.from({length: fieldCount}, () => []);
	for (const [document, fields] of texts.entries()) {
		for (const [field, text] of fields.entries()) {
			for (const word of text.split(wordSeparators)) {
				if (word === '') {
					continue;
				}

				let id = ids.get(word);
				if (id === undefined) {
					id = ids.size;
					ids.set(word, id);
					for (const fieldLists of lists) {
						fieldLists.push([]);
					}
				}

				const list = lists[field]![id]!;
				if (list.length === 0 || list[list.length - 1] !== document) {
					list.push(document);
				}
			}
		}
	}

	const words = [...ids.keys()];
	const offsets = new Uint32Array(words.length);
	let position = 0;
	for (const [index, word] of words.entries()) {
		offsets[index] = position;
		position += word.length + 1;
	}

	return {words, joined: `\n${words.join('\n')}\n`, offsets, postings: lists.map(fieldLists => fieldLists.map(list => Uint32Array.from(list)))};
}

/** The words that contain `part` literally. */
export function wordsContaining(vocabulary: Vocabulary, part: string, into = new Set<number>()): Set<number> {
	const {joined, offsets, words} = vocabulary;
	let from = 0;
	for (;;) {
		const found = joined.indexOf(part, from);
		if (found === -1) {
			return into;
		}

		const word = wordAt(offsets, found);
		into.add(word);
		// The rest of this word cannot add anything; `offsets` are shifted by the leading newline.
		from = offsets[word]! + 1 + words[word]!.length;
	}
}

/**
 * The words a query word matches as fuse would: the word itself or a near miss, inside a longer
 * (compound) word only from that word's start ("exitplan" in "exitplannen", "koekoek" in
 * "koekkoeks") or exactly ("plan" in "exitplan"): "ijssel" does not find "w«issel»t". A word with k
 * allowed typos, cut into k+1 pieces, keeps at least one piece intact, so only words containing a
 * piece are handed to fuse (a pigeonhole prefilter).
 */
export function matchWord(vocabulary: Vocabulary, term: string, threshold: number): WordMatches {
	const allowedErrors = Math.floor((threshold * term.length) + 1e-9);
	const candidates = new Set<number>();
	for (const piece of pieces(term, allowedErrors + 1)) {
		wordsContaining(vocabulary, piece, candidates);
	}

	const matches = new Map<number, number>();
	if (allowedErrors === 0) {
		for (const word of candidates) {
			matches.set(word, vocabulary.words[word] === term ? 0 : 0.001);
		}

		return matches;
	}

	const ids = [...candidates];
	const fuse = new Fuse(ids.map(id => vocabulary.words[id]!), matchOptions);
	for (const result of fuse.search(term)) {
		const word = vocabulary.words[ids[result.refIndex]!]!;
		if (word.includes(term) || startsWithNearly(word, term, allowedErrors)) {
			matches.set(ids[result.refIndex]!, result.score ?? 1);
		}
	}

	return matches;
}

/** True when some start of `word` is within `errors` edits (insert, delete, substitute) of `term`. */
export function startsWithNearly(word: string, term: string, errors: number): boolean {
	// Row of edit distances between the term's first i letters and each start of the word.
	let previous = Array.from({length: word.length + 1}, (_, j) => j);
	for (let i = 1; i <= term.length; i++) {
		const current = [i];
		for (let j = 1; j <= word.length; j++) {
			const cost = term[i - 1] === word[j - 1] ? 0 : 1;
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost));
		}

		previous = current;
	}

	return previous.some(distance => distance <= errors);
}

function pieces(term: string, count: number): string[] {
	const size = Math.max(1, Math.floor(term.length / count));
	const result: string[] = [];
	for (let index = 0; index < count; index++) {
		const start = index * size;
		result.push(index === count - 1 ? term.slice(start) : term.slice(start, start + size));
	}

	return result.filter(piece => piece.length > 0);
}

// Binary search: the word whose text contains `position` of `joined`.
function wordAt(offsets: Uint32Array, position: number): number {
	let low = 0;
	let high = offsets.length - 1;
	while (low < high) {
		const middle = (low + high + 1) >>> 1;
		if (offsets[middle]! + 1 <= position) {
			low = middle;
		} else {
			high = middle - 1;
		}
	}

	return low;
}
