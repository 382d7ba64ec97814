// Step one of a search: which documents can match, and fuse's score for each, estimated from the
// vocabulary. Fuse scores a document as the product over matched fields of score^(weight × norm);
// when a word matches inside one word of a field (nearly always), that score is the word's own
// fuse score, so the estimate is fuse's ranking without running Bitap over 40,000 long texts.
import {wordsOf} from './fold.js';
import type {QueryTerm} from './query.js';
import {matchWord, wordsContaining, type Vocabulary, type WordMatches} from './vocabulary.js';

/** What the candidate step needs from the index. */
export type CandidateSource = {
	/** How many documents there are. */
	readonly count: number;
	/** The folded texts of document `d`. */
	readonly document: (document: number) => {readonly question: string; readonly answer: string};
	readonly vocabulary: Vocabulary;
	/** `norms[f][d]`: fuse's length norm of field `f` of document `d` (1 when the field is empty). */
	readonly norms: readonly Float64Array[];
	/** Fuse's normalised weight of each field (question, answer). */
	readonly weights: readonly number[];
	/** The vocabulary words a fuzzy query word matches (memoised by the caller). */
	readonly matchWord: (term: string) => WordMatches;
};

/** A document that can match, and the logarithm of its estimated fuse score (lower is better). */
export type Candidate = {
	readonly document: number;
	readonly logEstimate: number;
};

// Fuse's smallest score for a non-identical match, and what it uses for a perfect one.
const minimumScore = 0.001;
const perfectScore = Number.EPSILON;
const noMatch = 2;

/** The documents matching every wanted term and no excluded one, best estimate first. */
export function findCandidates(source: CandidateSource, terms: readonly QueryTerm[]): Candidate[] {
	const {count} = source;
	const fields = source.vocabulary.postings;
	// `rounds[d]`: how many wanted words document d has passed; it stays a candidate only if it passes each.
	const rounds = new Uint16Array(count);
	const logScore = new Float64Array(count);
	const best = fields.map(() => new Float64Array(count));
	let round = 0;
	for (const term of terms) {
		if (term.exclude) {
			continue;
		}

		if (term.kind === 'exact') {
			// Each word of a phrase must occur inside some word; the phrase itself is checked below.
			for (const word of wordsOf(term.text)) {
				const words = wordsContaining(source.vocabulary, word);
				for (const postings of fields) {
					for (const id of words) {
						for (const document of postings[id]!) {
							if (rounds[document] === round) {
								rounds[document] = round + 1;
							}
						}
					}
				}

				round++;
			}

			continue;
		}

		for (const field of best) {
			field.fill(noMatch);
		}

		for (const [id, score] of source.matchWord(term.text)) {
			for (const [field, postings] of fields.entries()) {
				const fieldBest = best[field]!;
				for (const document of postings[id]!) {
					if (rounds[document] === round || rounds[document] === round + 1) {
						rounds[document] = round + 1;
						fieldBest[document] = Math.min(fieldBest[document]!, Math.max(minimumScore, score));
					}
				}
			}
		}

		round++;
		for (let document = 0; document < count; document++) {
			if (rounds[document] === round) {
				for (const [field, fieldBest] of best.entries()) {
					const score = fieldBest[document]!;
					if (score < noMatch) {
						logScore[document]! += source.weights[field]! * source.norms[field]![document]! * Math.log(score);
					}
				}
			}
		}
	}

	const exact = terms.filter(term => term.kind === 'exact' && !term.exclude).map(term => term.text);
	const excluded = terms.filter(term => term.exclude).map(term => term.text);
	const candidates: Candidate[] = [];
	for (let document = 0; document < count; document++) {
		if (rounds[document] !== round) {
			continue;
		}

		if (exact.length === 0 && excluded.length === 0) {
			// Nothing to check in the texts: they are not folded for this (see buildSearchIndex).
			candidates.push({document, logEstimate: logScore[document]!});
			continue;
		}

		const texts = source.document(document);
		const fieldTexts = [texts.question, texts.answer];
		if (excluded.some(text => fieldTexts.some(field => field.includes(text)))) {
			continue;
		}

		let score = logScore[document]!;
		let everyPhrase = true;
		for (const phrase of exact) {
			let found = false;
			for (const [field, text] of fieldTexts.entries()) {
				if (text.includes(phrase)) {
					found = true;
					score += source.weights[field]! * source.norms[field]![document]! * Math.log(perfectScore);
				}
			}

			everyPhrase &&= found;
		}

		if (everyPhrase) {
			candidates.push({document, logEstimate: score});
		}
	}

	return candidates.sort((a, b) => a.logEstimate - b.logEstimate || a.document - b.document);
}

/** The memoising word matcher an index keeps: recent query words, least recently used dropped first. */
export function createWordMatcher(vocabulary: Vocabulary, threshold: number, size = 256): (term: string) => WordMatches {
	const cache = new Map<string, WordMatches>();
	return term => {
		const cached = cache.get(term);
		if (cached !== undefined) {
			cache.delete(term);
			cache.set(term, cached);
			return cached;
		}

		const matches = matchWord(vocabulary, term, threshold);
		cache.set(term, matches);
		if (cache.size > size) {
			cache.delete(cache.keys().next().value!);
		}

		return matches;
	};
}
