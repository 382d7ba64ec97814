// The reviewer's search: the `/` box, its ranked results, and the search that > and < step through after Enter.
// Pure; `reviewReducer` hands every search action to `searchReducer`.
import type {AnswerScore} from '../../scoring/model.js';
import {buildSearchIndex, searchIndex, type SearchHit, type SearchIndex} from '../../search/index.js';
import {safeText} from '../../text/safe-text.js';
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

/** A search confirmed with Enter: > and < step through its hits (answer indexes, best first), wrapping. */
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
	return `search “${active.query}”: ${hits} · > / < next/previous hit · Esc ends the search`;
}

/** What a search action needs of the reviewer: the answers, the selection and which answers the list shows. */
export type SearchContext = {
	readonly answers: readonly AnswerScore[];
	/** The answers the list shows (a filter is on): hits outside it are left out. Absent: all. */
	readonly visible?: ReadonlySet<number>;
};

/** What a search action does to the reviewer: its search state, and maybe a mode, an answer to select, a message. */
export type SearchOutcome = {
	readonly search: SearchState;
	readonly mode?: 'browse' | 'search';
	/** The answer to select. */
	readonly select?: number;
	readonly message?: string;
};

/** The outcome of a search action, or undefined when it changes nothing. Pure; kept apart from the reviewer's reducer so neither imports the other. */
export function searchReducer(search: SearchState, action: SearchAction, context: SearchContext): SearchOutcome | undefined {
	switch (action.type) {
		case 'search-open': {
			if (context.answers.length === 0) {
				return undefined;
			}

			const index = search.index ?? answersIndex(context.answers);
			return {mode: 'search', search: {...search, index, box: {query: '', caret: 0, hits: [], notes: [], cursor: 0}}};
		}

		case 'search-input':
		case 'search-edit': {
			const {box} = search;
			if (box === undefined || search.index === undefined) {
				return undefined;
			}

			const typed = action.type === 'search-edit'
				? editField({value: box.query, cursor: box.caret}, action.edit)
				: {value: action.query, cursor: action.query.length};
			// Pasted text may carry escapes or line breaks; the box is one row of plain text.
			const query = safeText(typed.value).replaceAll(/[\n\t]/gu, ' ');
			const caret = Math.min(typed.cursor, query.length);
			if (query === box.query) {
				return {search: {...search, box: {...box, caret}}};
			}

			const result = searchIndex(search.index, query, {limit: context.answers.length});
			const {visible} = context;
			const hits = visible === undefined ? result.hits : result.hits.filter(hit => visible.has(hit.entry));
			return {search: {...search, box: {query, caret, hits, notes: result.notes, cursor: 0}}};
		}

		case 'search-cursor': {
			const {box} = search;
			if (box === undefined || box.hits.length === 0) {
				return undefined;
			}

			const cursor = Math.min(Math.max(box.cursor + action.by, 0), box.hits.length - 1);
			return {search: {...search, box: {...box, cursor}}};
		}

		case 'search-jump': {
			const {box} = search;
			const hit = box?.hits[box.cursor];
			if (box === undefined || hit === undefined) {
				// Nothing to jump to: the box stays open, saying so.
				return undefined;
			}

			const active: ActiveSearch = {query: box.query.trim(), answers: box.hits.map(each => each.entry), position: box.cursor};
			return {mode: 'browse', search: {index: search.index, active}, select: hit.entry, message: hitMessage(active)};
		}

		case 'search-close': {
			// Back to where the box was opened: the selection never moved while it was open.
			const {box: _box, ...kept} = search;
			return {mode: 'browse', search: kept};
		}

		case 'search-step': {
			const {active} = search;
			if (active === undefined || active.answers.length === 0) {
				return undefined;
			}

			const count = active.answers.length;
			const moved = {...active, position: (active.position + action.by + count) % count};
			return {search: {...search, active: moved}, select: moved.answers[moved.position]!, message: hitMessage(moved)};
		}

		case 'search-clear': {
			if (search.active === undefined) {
				return undefined;
			}

			const {active: _active, ...kept} = search;
			return {search: kept, message: 'search ended'};
		}
	}
}

function hitMessage(active: ActiveSearch): string {
	return `hit ${active.position + 1}/${active.answers.length} for “${active.query}”`;
}
