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

	return vocabularyOf([...ids.keys()], lists);
}

/** A vocabulary built from texts as read, and how many words fuse counts in each field (for its length norm). */
export type RawVocabulary = {
	readonly vocabulary: Vocabulary;
	/** `tokens[f][d]`: the whitespace-separated tokens of field `f` of document `d` that fold to something. */
	readonly tokens: readonly Uint32Array[];
};

/**
 * The vocabulary of texts as read, exactly what buildVocabulary gives for their folded forms, built
 * without folding the whole corpus: folding works character by character (its only context, the
 * final sigma, folds to σ either way) and never makes or removes a space, so each distinct token
 * between whitespace is folded once and its words looked up once. A corpus of 46,000 questions has
 * some 40 million characters in 6 million tokens, but only about a hundred thousand distinct ones;
 * a token seen before is found in a table by its hash without making a string of it.
 */
export function buildVocabularyOfRaw(texts: ReadonlyArray<readonly string[]>, fold: (text: string) => string): RawVocabulary {
	const ids = new Map<string, number>();
	const fieldCount = Math.max(0, ...texts.map(fields => fields.length));
	const lists: number[][][] = Array.from({length: fieldCount}, () => []);
	const tokens = Array.from({length: fieldCount}, () => new Uint32Array(texts.length));
	const table = new TokenTable();
	// Per distinct token: its words are `tokenWords[wordsFrom[t] .. wordsFrom[t + 1])`; `folds[t]` is 0 for a token that folds to nothing (a lone apostrophe).
	const tokenWords: number[] = [];
	const wordsFrom: number[] = [0];
	const folds: number[] = [];
	for (let document = 0; document < texts.length; document++) {
		const fields = texts[document]!;
		for (let field = 0; field < fields.length; field++) {
			const text = fields[field]!;
			const fieldLists = lists[field]!;
			let count = 0;
			let at = 0;
			while (at < text.length) {
				while (at < text.length && isSpace(text.charCodeAt(at))) {
					at++;
				}

				if (at === text.length) {
					break;
				}

				const start = at;
				let hash = 0x81_1C_9D_C5;
				while (at < text.length) {
					const code = text.charCodeAt(at);
					if (isSpace(code)) {
						break;
					}

					hash = Math.imul(hash ^ code, 0x01_00_01_93);
					at++;
				}

				let token = table.find(text, start, at, hash);
				if (token === -1) {
					const folded = fold(text.slice(start, at));
					for (const word of folded.split(wordSeparators)) {
						if (word !== '') {
							let id = ids.get(word);
							if (id === undefined) {
								id = ids.size;
								ids.set(word, id);
								for (const otherLists of lists) {
									otherLists.push([]);
								}
							}

							tokenWords.push(id);
						}
					}

					wordsFrom.push(tokenWords.length);
					folds.push(folded === '' ? 0 : 1);
					token = table.add(text, start, at, hash);
				}

				count += folds[token]!;
				for (let index = wordsFrom[token]!; index < wordsFrom[token + 1]!; index++) {
					const list = fieldLists[tokenWords[index]!]!;
					if (list.length === 0 || list[list.length - 1] !== document) {
						list.push(document);
					}
				}
			}

			tokens[field]![document] = count;
		}
	}

	return {vocabulary: vocabularyOf([...ids.keys()], lists), tokens};
}

/** Whether a UTF-16 unit is whitespace as `\s` has it (what foldText turns into one space). */
function isSpace(code: number): boolean {
	if (code <= 0x20) {
		return code === 0x20 || (code >= 0x09 && code <= 0x0D);
	}

	return code === 0xA0 || code === 0x16_80 || (code >= 0x20_00 && code <= 0x20_0A) || code === 0x20_28 || code === 0x20_29
		|| code === 0x20_2F || code === 0x20_5F || code === 0x30_00 || code === 0xFE_FF;
}

/**
 * Distinct tokens, numbered in the order they were added, found by hash and compared in place: their
 * characters are kept in one flat array, which compares faster than strings sliced from the texts.
 */
class TokenTable {
	private readonly starts: number[] = [];
	private readonly lengths: number[] = [];
	private readonly hashes: number[] = [];
	private characters = new Uint16Array(1 << 16);
	private used = 0;
	private slots = new Int32Array(1 << 16).fill(-1);

	/** The number of the token `text.slice(start, end)` (whose hash is `hash`), or -1. */
	find(text: string, start: number, end: number, hash: number): number {
		const mask = this.slots.length - 1;
		const length = end - start;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const token = this.slots[slot]!;
			if (token === -1) {
				return -1;
			}

			if (this.hashes[token] === hash && this.lengths[token] === length && this.sameAt(this.starts[token]!, text, start, length)) {
				return token;
			}
		}
	}

	/** Adds the token `text.slice(start, end)`, not in the table; returns its number. */
	add(text: string, start: number, end: number, hash: number): number {
		const number = this.hashes.length;
		const length = end - start;
		if (this.used + length > this.characters.length) {
			const grown = new Uint16Array(Math.max(this.characters.length * 2, this.used + length));
			grown.set(this.characters);
			this.characters = grown;
		}

		for (let index = 0; index < length; index++) {
			this.characters[this.used + index] = text.charCodeAt(start + index);
		}

		this.starts.push(this.used);
		this.lengths.push(length);
		this.hashes.push(hash);
		this.used += length;
		if (this.hashes.length * 2 > this.slots.length) {
			this.slots = new Int32Array(this.slots.length * 2).fill(-1);
			for (const [index, known] of this.hashes.entries()) {
				this.place(known, index);
			}
		} else {
			this.place(hash, number);
		}

		return number;
	}

	private place(hash: number, token: number): void {
		const mask = this.slots.length - 1;
		let slot = hash & mask;
		while (this.slots[slot] !== -1) {
			slot = (slot + 1) & mask;
		}

		this.slots[slot] = token;
	}

	/** Whether the kept characters from `from` are `text`'s from `start`, for `length` characters. */
	private sameAt(from: number, text: string, start: number, length: number): boolean {
		for (let index = 0; index < length; index++) {
			if (this.characters[from + index] !== text.charCodeAt(start + index)) {
				return false;
			}
		}

		return true;
	}
}

function vocabularyOf(words: readonly string[], lists: ReadonlyArray<ReadonlyArray<readonly number[]>>): Vocabulary {
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
