// The reviewer's search: the `/` box, its ranked results, and the search that n/N step through after Enter.
// Pure; `reviewReducer` hands every search action to `searchReducer`.
import type {AnswerScore} from '../../scoring/model.js';
import {buildSearchIndex, searchIndex, type SearchHit, type SearchIndex} from '../../search/index.js';
import {safeText} from '../../text/safe-text.js';
import type {ReviewState} from '../state.js';
import {editField, type FieldEdit} from '../input/text-field.js';

/** The `/` box while it is open: what was typed, what it found, and which result is picked. */
export type SearchBox = {
	readonly query: string;
	/** Where the cursor stands in `query`. */
	readonly caret: number;
	/** Every matching question of the letter, best first. */
	readonly hits: readonly SearchHit[];
	/** Adjustments to the query the user should know about (from the search core). */
	readonly notes: readonly string[];
	/** Index into `hits` of the result Enter jumps to. */
	readonly cursor: number;
};

/** A search confirmed with Enter: n/N step through its hits (answer indexes, best first), wrapping. */
export type ActiveSearch = {
	readonly query: string;
	readonly answers: readonly number[];
	/** Index into `answers` of the hit shown last. */
	readonly position: number;
};

/** Everything search keeps in the reviewer's state. */
export type SearchState = {
	/** Built on the first `/` and kept for the letter: each keystroke then only queries it. */
	readonly index?: SearchIndex;
	readonly box?: SearchBox;
	readonly active?: ActiveSearch;
};

/** The search actions. */
export type SearchAction =
	| {readonly type: 'search-open'}
	| {readonly type: 'search-input'; readonly query: string}
	| {readonly type: 'search-edit'; readonly edit: FieldEdit}
	| {readonly type: 'search-cursor'; readonly by: number}
	| {readonly type: 'search-jump'}
	| {readonly type: 'search-close'}
	| {readonly type: 'search-step'; readonly by: 1 | -1}
	| {readonly type: 'search-clear'};

/** The index of a letter's answers: entry `i` is answer `i`, so a hit's `entry` is the answer to select. */
export function answersIndex(answers: readonly AnswerScore[]): SearchIndex {
	return buildSearchIndex(answers.map(answer => ({source: '', number: answer.number, question: answer.question, answer: answer.answer})));
}

/** What the status row says while a search is active and nothing else is to be said. */
export function searchStatus(active: ActiveSearch): string {
	const hits = `${active.answers.length} hit${active.answers.length === 1 ? '' : 's'}`;
	return `search “${active.query}”: ${hits} · n/N next/previous hit · Esc ends the search`;
}

/** The next state for a search action; `quiet` is `state` without its message, `select` moves to an answer. */
export function searchReducer(
	state: ReviewState,
	quiet: ReviewState,
	action: SearchAction,
	select: (state: ReviewState, index: number) => ReviewState,
): ReviewState {
	const {search} = state;
	switch (action.type) {
		case 'search-open': {
			if (state.answers.length === 0) {
				return quiet;
			}

			const index = search.index ?? answersIndex(state.answers);
			return {...quiet, mode: 'search', search: {...search, index, box: {query: '', caret: 0, hits: [], notes: [], cursor: 0}}};
		}

		case 'search-input':
		case 'search-edit': {
			const {box} = search;
			if (box === undefined || search.index === undefined) {
				return quiet;
			}

			const typed = action.type === 'search-edit'
				? editField({value: box.query, cursor: box.caret}, action.edit)
				: {value: action.query, cursor: action.query.length};
			// Pasted text may carry escapes or line breaks; the box is one row of plain text.
			const query = safeText(typed.value).replaceAll(/[\n\t]/gu, ' ');
			const caret = Math.min(typed.cursor, query.length);
			if (query === box.query) {
				return {...quiet, search: {...search, box: {...box, caret}}};
			}

			const result = searchIndex(search.index, query, {limit: state.answers.length});
			return {...quiet, search: {...search, box: {query, caret, hits: result.hits, notes: result.notes, cursor: 0}}};
		}

		case 'search-cursor': {
			const {box} = search;
			if (box === undefined || box.hits.length === 0) {
				return quiet;
			}

			const cursor = Math.min(Math.max(box.cursor + action.by, 0), box.hits.length - 1);
			return {...quiet, search: {...search, box: {...box, cursor}}};
		}

		case 'search-jump': {
			const {box} = search;
			const hit = box?.hits[box.cursor];
			if (box === undefined || hit === undefined) {
				// Nothing to jump to: the box stays open, saying so.
				return quiet;
			}

			const active: ActiveSearch = {query: box.query.trim(), answers: box.hits.map(each => each.entry), position: box.cursor};
			const closed = {...quiet, mode: 'browse' as const, search: {index: search.index, active}};
			return {...select(closed, hit.entry), message: hitMessage(active)};
		}

		case 'search-close': {
			// Back to where the box was opened: the selection never moved while it was open.
			const {box: _box, ...kept} = search;
			return {...quiet, mode: 'browse', search: kept};
		}

		case 'search-step': {
			const {active} = search;
			if (active === undefined || active.answers.length === 0) {
				return quiet;
			}

			const count = active.answers.length;
			const moved = {...active, position: (active.position + action.by + count) % count};
			const next = select({...quiet, search: {...search, active: moved}}, moved.answers[moved.position]!);
			return {...next, message: hitMessage(moved)};
		}

		case 'search-clear': {
			if (search.active === undefined) {
				return quiet;
			}

			const {active: _active, ...kept} = search;
			return {...quiet, search: kept, message: 'search ended; n sets yes/no: no again'};
		}
	}
}

function hitMessage(active: ActiveSearch): string {
	return `hit ${active.position + 1}/${active.answers.length} for “${active.query}”`;
}
