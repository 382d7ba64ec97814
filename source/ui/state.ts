// The reviewer's one reducer: every transition of the screen's state, pure and testable without a terminal.
import type {AnswerScore, Clarity, YesNo} from '../scoring/model.js';
import type {Annotations, Change, ToggleFlag} from '../store/model.js';
import {answerKeys, applyChange, firstUnreviewed, popUndo, pushUndo, type UndoStack} from '../store/apply.js';
import {mergeAnswer} from '../store/merge.js';
import {safeText} from '../text/safe-text.js';
import type {Mode} from './keys.js';
import type {KeyEvent} from './input/key-events.js';
import {editField, textField, type FieldEdit, type TextField} from './input/text-field.js';
import {routeKeys, type KeyRouting, type PendingEffect} from './key-routing.js';
import {searchReducer, type SearchAction, type SearchState} from './search/search-state.js';

/** What undo restores: the annotations and which answer was selected when the change was made. */
export type UndoEntry = {readonly annotations: Annotations; readonly selected: number};

/** The whole state of the reviewer screen. */
export type ReviewState = {
	readonly answers: readonly AnswerScore[];
	/** Answer keys, parallel to `answers`. */
	readonly keys: readonly string[];
	readonly annotations: Annotations;
	/** Index into `answers`. */
	readonly selected: number;
	/** First visible line of the detail pane. */
	readonly scroll: number;
	readonly mode: Mode;
	readonly undo: UndoStack<UndoEntry>;
	/** A one-line message for the status line, cleared by the next key. */
	readonly message?: string;
	/** The last save failed: shown until a save succeeds. */
	readonly saveError?: string;
	/** The `/` box, its index, and the search n/N step through (see search/search-state.ts). */
	readonly search: SearchState;
	/** First visible line of the help screen. */
	readonly helpScroll: number;
	/** The annotations last known to be on disk: the ones loaded, then each one a write has finished with. */
	readonly written: Annotations;
	/** True once a write of this session has finished. */
	readonly wroteAny: boolean;
	/** The note being typed, while the mode is 'note'. */
	readonly note?: TextField;
	/** The last quit, back or export asked for by a key; the app carries it out (see key-routing.ts). */
	readonly effect?: PendingEffect;
};

/** Everything that can happen to the screen. `now` is an ISO timestamp, passed in to keep the reducer pure. */
export type ReviewAction =
	| {readonly type: 'move'; readonly to: 'next' | 'previous' | 'first' | 'last'}
	| {readonly type: 'scroll'; readonly by: number; readonly max: number}
	| {readonly type: 'verdict'; readonly verdict: Clarity; readonly now: string}
	| {readonly type: 'accept'; readonly now: string}
	| {readonly type: 'toggle'; readonly flag: ToggleFlag; readonly now: string}
	| {readonly type: 'direct'; readonly direct: YesNo; readonly now: string}
	| {readonly type: 'open-note'}
	| {readonly type: 'confirm'; readonly now: string}
	| {readonly type: 'note-edit'; readonly edit: FieldEdit}
	| {readonly type: 'keys'; readonly events: readonly KeyEvent[]; readonly routing: KeyRouting}
	| {readonly type: 'save-note'; readonly note: string; readonly now: string}
	| {readonly type: 'cancel-note'}
	| {readonly type: 'undo'}
	| {readonly type: 'help'; readonly open: boolean}
	| {readonly type: 'help-scroll'; readonly by: number; readonly max: number}
	| SearchAction
	| {readonly type: 'saved'; readonly annotations: Annotations}
	| {readonly type: 'save-failed'; readonly error: string}
	| {readonly type: 'exported'; readonly path: string}
	| {readonly type: 'export-failed'; readonly error: string}
	| {readonly type: 'close-unsaved'}
	| {readonly type: 'say'; readonly message: string};

/** The first state: resumes at the first answer without a verdict. */
export function initialReviewState(answers: readonly AnswerScore[], annotations: Annotations): ReviewState {
	const keys = answerKeys(answers.map(answer => answer.number));
	return {answers, keys, annotations, selected: firstUnreviewed(keys, annotations), scroll: 0, mode: 'browse', undo: [], search: {}, helpScroll: 0, written: annotations, wroteAny: false};
}

/** Where the review stands on disk: nothing changed yet, a change not yet written, or every change on screen written. */
export type SaveStatus = 'unchanged' | 'saving' | 'saved';

/**
 * The save status, derived from what has been written: the screen says "saved" only when the
 * annotations it shows are the ones a finished write put on disk, never for a change still on its way.
 */
export function saveStatus(state: Pick<ReviewState, 'annotations' | 'written' | 'wroteAny'>): SaveStatus {
	if (state.annotations !== state.written) {
		return 'saving';
	}

	return state.wroteAny ? 'saved' : 'unchanged';
}

/** The selected answer merged with its annotation, or undefined for a letter without questions. */
export function selectedAnswer(state: ReviewState) {
	const answer = state.answers[state.selected];
	const key = state.keys[state.selected];
	return answer === undefined || key === undefined ? undefined : mergeAnswer(key, answer, state.annotations[key]);
}

/** The next state. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
	const {message: _message, ...quiet} = state;
	switch (action.type) {
		case 'move': {
			return select(quiet, target(state, action.to));
		}

		case 'scroll': {
			// The pane may have grown since the last scroll (a resize), so start from the visible position.
			const max = Math.max(0, action.max);
			return {...quiet, scroll: clamp(Math.min(state.scroll, max) + action.by, 0, max)};
		}

		case 'verdict': {
			return advance(change(quiet, {type: 'set-verdict', verdict: action.verdict}, action.now));
		}

		case 'accept': {
			const current = selectedAnswer(state);
			if (current === undefined) {
				return quiet;
			}

			const {tool} = current;
			const values = {
				verdict: tool.clarity,
				direct: tool.flags.direct.value,
				deflects: tool.flags.deflects.value,
				confidential: tool.flags.confidential.value,
				future: tool.flags.future.value,
			};
			return advance(change(quiet, {type: 'accept', tool: values}, action.now));
		}

		case 'toggle': {
			const current = selectedAnswer(state);
			return current === undefined ? quiet : change(quiet, {type: 'toggle-flag', flag: action.flag, current: current.final[action.flag]}, action.now);
		}

		case 'direct': {
			return change(quiet, {type: 'set-direct', direct: action.direct}, action.now);
		}

		case 'confirm': {
			return state.annotations[state.keys[state.selected] ?? '']?.answerChanged === true ? change(quiet, {type: 'confirm'}, action.now) : quiet;
		}

		case 'open-note': {
			return state.answers.length === 0 ? quiet : {...quiet, mode: 'note', note: textField(state.annotations[state.keys[state.selected] ?? '']?.note ?? '')};
		}

		case 'note-edit': {
			return state.note === undefined ? quiet : {...quiet, note: editField(state.note, action.edit)};
		}

		case 'keys': {
			return routeKeys(state, action.events, action.routing, reviewReducer);
		}

		case 'save-note': {
			const before = state.annotations[state.keys[state.selected] ?? '']?.note ?? '';
			const note = safeText(action.note).replaceAll(/\s+/gu, ' ').trim();
			const {note: _typed, ...rest} = quiet;
			const back = {...rest, mode: 'browse' as const};
			return note === before ? back : change(back, {type: 'set-note', note}, action.now);
		}

		case 'cancel-note': {
			const {note: _typed, ...rest} = quiet;
			return {...rest, mode: 'browse'};
		}

		case 'undo': {
			const popped = popUndo(state.undo);
			if (popped === undefined) {
				return {...quiet, message: 'nothing to undo'};
			}

			return {...quiet, annotations: popped.entry.annotations, selected: popped.entry.selected, scroll: 0, undo: popped.rest, message: 'undone'};
		}

		case 'help': {
			return {...quiet, mode: action.open ? 'help' : 'browse', helpScroll: 0};
		}

		case 'help-scroll': {
			return {...quiet, helpScroll: clamp(state.helpScroll + action.by, 0, Math.max(0, action.max))};
		}

		case 'search-open':
		case 'search-input':
		case 'search-edit':
		case 'search-cursor':
		case 'search-jump':
		case 'search-close':
		case 'search-step':
		case 'search-clear': {
			return searchReducer(state, quiet, action, select);
		}

		case 'saved': {
			const {saveError: _error, ...saved} = state;
			const back = state.mode === 'unsaved' ? {mode: 'browse' as const, message: 'saved; q quits'} : {};
			return {...saved, ...back, written: action.annotations, wroteAny: true};
		}

		case 'close-unsaved': {
			return {...quiet, mode: 'browse'};
		}

		case 'say': {
			return {...state, message: action.message};
		}

		case 'save-failed': {
			return {...state, saveError: action.error};
		}

		// The write finishes after its key; the message shows until the next key, like any other.
		case 'exported': {
			return {...state, message: `scorecard written to ${action.path}`};
		}

		case 'export-failed': {
			return {...state, message: `scorecard not written: ${action.error}`};
		}
	}
}

function change(state: ReviewState, what: Change, now: string): ReviewState {
	const key = state.keys[state.selected];
	if (key === undefined) {
		return state;
	}

	const annotations = applyChange(state.annotations, key, what, now);
	return {...state, annotations, undo: pushUndo(state.undo, {annotations: state.annotations, selected: state.selected})};
}

function advance(state: ReviewState): ReviewState {
	return select(state, target(state, 'next'));
}

function target(state: ReviewState, to: 'next' | 'previous' | 'first' | 'last'): number {
	const last = Math.max(0, state.answers.length - 1);
	switch (to) {
		case 'next': {
			return Math.min(state.selected + 1, last);
		}

		case 'previous': {
			return Math.max(state.selected - 1, 0);
		}

		case 'first': {
			return 0;
		}

		case 'last': {
			return last;
		}
	}
}

function select(state: ReviewState, index: number): ReviewState {
	return index === state.selected ? state : {...state, selected: index, scroll: 0};
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}
