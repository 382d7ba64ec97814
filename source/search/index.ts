// Search over the questions of one letter or a whole folder of letters. Pure: no disk, no ink.
import Fuse, {type Expression} from 'fuse.js';
import type {Letter} from '../letter/model.js';
import {foldText, foldWithOffsets, originalRange} from './fold.js';
import {createWordMatcher, findCandidates, type CandidateSource} from './candidates.js';
import {fieldWeights, fuseOptions, fuzzyThreshold, type FuseDocument} from './options.js';
import {parseQuery, type ParsedQuery, type QueryTerm} from './query.js';
import {buildVocabularyOfRaw} from './vocabulary.js';
import {trimRange} from '../text/trim-range.js';

export {parseQuery, maxQueryLength, maxTerms, type ParsedQuery, type QueryTerm} from './query.js';
export {foldText} from './fold.js';
export {fuseOptions, fuzzyThreshold, maxTermLength} from './options.js';

/** One searchable question: where it is, and its texts as read (NFC, `ĳ` already `ij`). */
export type SearchEntry = {
	/** The letter's path, as given by the user. */
	readonly source: string;
	/** The question number as printed. */
	readonly number: number;
	readonly question: string;
	readonly answer: string | null;
};

/** A range of a text, `[start, end)`: `text.slice(start, end)` is the highlighted part. */
export type MatchRange = readonly [start: number, end: number];

/** One question that matched, with what to highlight. */
export type SearchHit = {
	/** Position of the question in the entries the index was built from. */
	readonly entry: number;
	readonly source: string;
	readonly number: number;
	/** Fuse's score: 0 is a perfect match, larger is worse (below 1). Hits come best first. */
	readonly score: number;
	readonly question: string;
	readonly answer: string | null;
	/** Matched parts of `question`, ascending, not overlapping. */
	readonly questionMatches: readonly MatchRange[];
	/** Matched parts of `answer`, ascending, not overlapping. */
	readonly answerMatches: readonly MatchRange[];
};

/** The answer to one query. */
export type SearchResult = {
	/** The best hits, at most `limit`, best first. */
	readonly hits: readonly SearchHit[];
	/** How many questions matched in all (before `limit`). */
	readonly total: number;
	/** How many letters those questions come from. */
	readonly letters: number;
	/** The query as understood. */
	readonly query: ParsedQuery;
	/** Adjustments the user should know about (e.g. "query cut to its first 200 characters"). */
	readonly notes: readonly string[];
};

/** Options for one search. */
export type SearchOptions = {
	/** At most this many hits (default 20); `total` still counts them all. */
	readonly limit?: number;
};

/** A built index; opaque to callers, reusable for any number of queries. */
export type SearchIndex = {
	readonly entries: readonly SearchEntry[];
	/** Folded question and answer of entry `d`, what fuse searches: folded when first asked for, then kept. */
	readonly document: (document: number) => FuseDocument;
	/** Fuse's keys, as its index of the documents names them. */
	readonly fuseKeys: ReturnType<ReturnType<typeof Fuse.createIndex<FuseDocument>>['toJSON']>['keys'];
	/** The word prefilter and score estimate (see candidates.ts); its `norms` are fuse's field-length norms. */
	readonly candidates: CandidateSource;
};

/** Hits returned when no limit is given. */
export const defaultLimit = 20;

/**
 * Fuse re-scores the best estimated candidates, this many beyond `limit`, so that a hit whose
 * estimate was slightly off (a match across two words) can still move into the top.
 */
const rescoreMargin = 20;

/** The searchable entries of some letters, in letter order then question order. */
export function entriesFromLetters(letters: readonly Letter[]): SearchEntry[] {
	return letters.flatMap(letter => letter.questions.map(question => ({
		source: letter.source,
		number: question.number,
		question: question.text,
		answer: question.answer,
	})));
}

/**
 * Builds the word prefilter; do this once, then search on every keystroke. Only the distinct words
 * are folded here (see buildVocabularyOfRaw); a question's whole text is folded when a query first
 * needs it, so building over 46,000 questions does not fold 40 million characters.
 */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
	const {vocabulary, tokens} = buildVocabularyOfRaw(entries.map(entry => [entry.question, entry.answer ?? '']), foldText);
	const totalWeight = fieldWeights.question + fieldWeights.answer;
	const norms = tokens.map(counts => Float64Array.from(counts, count => fuseNorm(count)));
	const folded: Array<FuseDocument | undefined> = [];
	const document = (position: number): FuseDocument => {
		let known = folded[position];
		if (known === undefined) {
			const entry = entries[position]!;
			known = {question: foldText(entry.question), answer: foldText(entry.answer ?? '')};
			folded[position] = known;
		}

		return known;
	};

	return {
		entries,
		document,
		fuseKeys: Fuse.createIndex<FuseDocument>([...fuseOptions.keys], []).toJSON().keys,
		candidates: {
			count: entries.length,
			document,
			vocabulary,
			norms,
			weights: [fieldWeights.question / totalWeight, fieldWeights.answer / totalWeight],
			matchWord: createWordMatcher(vocabulary, fuzzyThreshold),
		},
	};
}

// Fuse's field-length norm (its `norm` with the default field-norm weight of 1, three decimals) for a
// field of `tokens` words; fuse counts an empty field as one word.
const normDecimals = 1000;

/** Fuse's length norm of a field that has `tokens` whitespace-separated words. */
export function fuseNorm(tokens: number): number {
	return Math.round(normDecimals / Math.sqrt(Math.max(1, tokens))) / normDecimals;
}

/** Fuse's index record of a document at `position` of a pool: its non-empty fields with their norms. */
function fuseRecord(index: SearchIndex, document: number, position: number): {i: number; $: Record<number, {v: string; n: number}>} {
	const texts = index.document(document);
	const fields: Record<number, {v: string; n: number}> = {};
	for (const [field, text] of [texts.question, texts.answer].entries()) {
		// Fuse leaves a blank field out of its record.
		if (text.trim() !== '') {
			fields[field] = {v: text, n: index.candidates.norms[field]![document]!};
		}
	}

	return {i: position, $: fields};
}

/** Finds the questions matching `query` (a string in the query language, or parsed), best first. */
export function searchIndex(index: SearchIndex, query: string | ParsedQuery, options: SearchOptions = {}): SearchResult {
	const parsed = typeof query === 'string' ? parseQuery(query) : query;
	const limit = Math.max(0, Math.floor(options.limit ?? defaultLimit));
	const wanted = parsed.terms.filter(term => !term.exclude);
	const notes = [...parsed.notes];
	if (wanted.length === 0) {
		if (parsed.terms.length > 0) {
			notes.push('give at least one word to look for besides the excluded ones');
		}

		return {hits: [], total: 0, letters: 0, query: parsed, notes};
	}

	const candidates = findCandidates(index.candidates, parsed.terms);
	const pool = candidates.slice(0, limit + rescoreMargin).map(candidate => candidate.document);
	const lettersOf = (documents: Iterable<number>) => new Set([...documents].map(document => index.entries[document]!.source)).size;
	if (limit === 0 || pool.length === 0) {
		return {hits: [], total: candidates.length, letters: lettersOf(candidates.map(candidate => candidate.document)), query: parsed, notes};
	}

	const fuse = new Fuse(
		pool.map(document => index.document(document)),
		fuseOptions,
		Fuse.parseIndex<FuseDocument>({
			keys: index.fuseKeys,
			// Fuse's records carry their document's position: numbered for the pool.
			records: pool.map((document, position) => fuseRecord(index, document, position)),
		}),
	);
	const results = fuse.search(logicalQuery(wanted));
	const hits = results.slice(0, limit).map(result => toHit(index, pool[result.refIndex]!, result));
	// Candidates fuse turned down (a near miss the word estimate let through) are not counted.
	const matched = [...candidates.slice(pool.length).map(candidate => candidate.document), ...results.map(result => pool[result.refIndex]!)];
	return {hits, total: matched.length, letters: lettersOf(matched), query: parsed, notes};
}

// Every wanted word must match the question or the answer; each leaf is one fuse pattern.
function logicalQuery(terms: readonly QueryTerm[]): Expression {
	return {
		$and: terms.map(term => {
			const pattern = term.kind === 'exact' ? `'"${term.text}"` : term.text;
			const either: Expression[] = [{question: pattern}, {answer: pattern}];
			return {$or: either};
		}),
	};
}

type FuseMatch = {readonly key?: string; readonly indices: ReadonlyArray<readonly [number, number]>};

function toHit(index: SearchIndex, document: number, result: {readonly score?: number; readonly matches?: readonly FuseMatch[]}): SearchHit {
	const entry = index.entries[document]!;
	const ranges = (text: string, key: string): MatchRange[] => {
		const matches = (result.matches ?? []).filter(match => match.key === key);
		if (matches.length === 0) {
			return [];
		}

		const folded = foldWithOffsets(text);
		return bridgeTypos(text, matches.flatMap(match => match.indices.flatMap(([start, end]) => {
			const range = originalRange(folded, start, end);
			return range === undefined ? [] : [trimRange(text, range[0], range[1])];
		})));
	};

	return {
		entry: document,
		source: entry.source,
		number: entry.number,
		score: result.score ?? 1,
		question: entry.question,
		answer: entry.answer,
		questionMatches: ranges(entry.question, 'question'),
		answerMatches: entry.answer === null ? [] : ranges(entry.answer, 'answer'),
	};
}


// Fuse highlights only the letters of a fuzzy match that occur in the query, so "encriptie" marks
// "encr" and "ptie" of "encryptie"; a gap of one or two letters inside a word is the typo, so bridge it.
function bridgeTypos(text: string, ranges: readonly MatchRange[]): MatchRange[] {
	const bridged: Array<[number, number]> = [];
	for (const [start, end] of mergeRanges(ranges)) {
		const last = bridged.at(-1);
		if (last !== undefined && /^[\p{L}\p{N}]{1,2}$/u.test(text.slice(last[1], start))) {
			last[1] = end;
		} else {
			bridged.push([start, end]);
		}
	}

	return bridged;
}

function mergeRanges(ranges: readonly MatchRange[]): MatchRange[] {
	const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last !== undefined && start <= last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			merged.push([start, end]);
		}
	}

	return merged;
}
