// The reviewer's one reducer: every transition of the screen's state, pure and testable without a terminal.
import type {AnswerScore, Clarity, YesNo} from '../scoring/model.js';
import {maxNoteLength, type Annotations, type Change, type ToggleFlag} from '../store/model.js';
import {answerKeys, applyChange, firstUnreviewed, isReviewed, popUndo, pushUndo, type UndoStack} from '../store/apply.js';
import type {DraftChange} from '../store/attach.js';
import {mergeAnswer, toolJudgement} from '../store/merge.js';
import {safeText} from '../text/safe-text.js';
import {crossReference} from './cross-reference.js';
import {matchingFilters, visibleIndexes, type FilterName} from './filter.js';
import type {Mode} from './keys.js';
import {editField, textField, type FieldEdit, type TextField} from './input/text-field.js';
import {searchReducer, type SearchAction, type SearchState} from './search/search-state.js';

/** What undo restores: the annotations and which answer was selected when the change was made. */
export type UndoEntry = {readonly annotations: Annotations; readonly selected: number};

/** A one-line prompt below the answer: `:` a question number, `F` a filter. */
export type Prompt = {readonly kind: 'goto' | 'filter'; readonly text: string};

/** What the app does for a key, outside the reducer: quit, go back to the picker, write the scorecard. */
export type AppEffect = 'quit' | 'export-scorecard' | 'back' | 'retry-save' | 'save-elsewhere' | 'quit-anyway';

/** An effect the app carries out after the keys that asked for it (Ctrl-C: interrupt); `serial` tells two asks apart. */
export type PendingEffect = {readonly kind: AppEffect | 'interrupt'; readonly serial: number};

/** The reviewer's state. */
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
	/** The `/` box, its index, and the search > and < step through (see search/search-state.ts). */
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
	/** The list shows only what this filter keeps (`F`); moving, verdicts and search stay inside it. */
	readonly filter?: FilterName;
	/** The open `:` or `F` prompt (mode 'prompt'). */
	readonly prompt?: Prompt;
	/** Where `o` and `:` jumped from, newest last; `b` goes back. */
	readonly history: readonly number[];
	/** A yes/no pressed once on a question the tool reads as open: the same key again records it. Cleared by any other key. */
	readonly confirm?: {readonly selected: number; readonly direct: YesNo};
	/**
	 * Note drafts left in the review file by an earlier session (texts by answer key), until resumed
	 * and saved, or discarded; offered back one by one in mode 'draft'. A draft for a question the
	 * letter no longer has is kept as it is, never offered.
	 */
	readonly drafts: Readonly<Record<string, string>>;
	/** Of those drafts, the ones typed when their question's answer (or the question) read differently. */
	readonly draftChanges: Readonly<Record<string, DraftChange>>;
};

/** Everything that can happen to the screen. `now` is an ISO timestamp, passed in to keep the reducer pure. */
export type ReviewAction =
	| {readonly type: 'move'; readonly to: 'next' | 'previous' | 'first' | 'last'}
	| {readonly type: 'todo'; readonly by: 1 | -1}
	| {readonly type: 'scroll'; readonly by: number; readonly max: number}
	| {readonly type: 'verdict'; readonly verdict: Clarity; readonly now: string}
	| {readonly type: 'accept'; readonly now: string}
	| {readonly type: 'skip'; readonly now: string}
	| {readonly type: 'toggle'; readonly flag: ToggleFlag; readonly now: string}
	| {readonly type: 'direct'; readonly direct: YesNo; readonly now: string}
	| {readonly type: 'open-note'}
	| {readonly type: 'resume-draft'}
	| {readonly type: 'discard-draft'}
	| {readonly type: 'confirm'; readonly now: string}
	| {readonly type: 'note-edit'; readonly edit: FieldEdit}
	| {readonly type: 'save-note'; readonly note: string; readonly now: string}
	| {readonly type: 'cancel-note'}
	| {readonly type: 'undo'}
	| {readonly type: 'help'; readonly open: boolean}
	| {readonly type: 'help-scroll'; readonly by: number; readonly max: number}
	| {readonly type: 'prompt-open'; readonly kind: Prompt['kind']}
	| {readonly type: 'prompt-type'; readonly text: string}
	| {readonly type: 'prompt-erase'}
	| {readonly type: 'prompt-submit'}
	| {readonly type: 'prompt-cancel'}
	| {readonly type: 'filter-clear'}
	| {readonly type: 'follow'}
	| {readonly type: 'go-back'}
	| SearchAction
	| {readonly type: 'saved'; readonly annotations: Annotations}
	| {readonly type: 'save-failed'; readonly error: string}
	| {readonly type: 'exported'; readonly path: string}
	| {readonly type: 'export-failed'; readonly error: string}
	| {readonly type: 'close-unsaved'}
	| {readonly type: 'say'; readonly message: string};

/** How many jumps `b` can go back. */
const historyLimit = 100;

/**
 * The first state: resumes at the first answer without a verdict, or, when the review file holds a
 * note draft, at its question, offering it back (mode 'draft').
 */
export function initialReviewState(answers: readonly AnswerScore[], annotations: Annotations, drafts: Readonly<Record<string, string>> = {}, draftChanges: Readonly<Record<string, DraftChange>> = {}): ReviewState {
	const keys = answerKeys(answers.map(answer => answer.number));
	// A draft of only whitespace holds nothing to resume: it is dropped, never offered.
	const kept = Object.fromEntries(Object.entries(drafts).filter(([, text]) => text.trim() !== ''));
	return offerDraft({answers, keys, annotations, selected: firstUnreviewed(keys, annotations), scroll: 0, mode: 'browse', undo: [], search: {}, helpScroll: 0, written: annotations, wroteAny: false, history: [], drafts: kept, draftChanges});
}

/** A note draft offered back: which answer it is on, its text, and what read differently when it was typed. */
export type DraftOffer = {readonly index: number; readonly key: string; readonly text: string; readonly changed?: DraftChange};

/** The note draft to offer next: the first, in letter order, on a question the letter has. */
export function draftOffer(state: Pick<ReviewState, 'keys' | 'drafts' | 'draftChanges'>): DraftOffer | undefined {
	const index = state.keys.findIndex(key => state.drafts[key] !== undefined);
	const key = state.keys[index];
	if (key === undefined) {
		return undefined;
	}

	const changed = state.draftChanges[key];
	return {index, key, text: state.drafts[key]!, ...(changed === undefined ? {} : {changed})};
}

/**
 * The note drafts the review file should hold now (texts by answer key): those not yet resumed or
 * discarded, and the note being typed wherever it differs from the saved note. A draft never takes
 * the place of a note: only Enter in the editor saves one.
 */
export function draftsToKeep(state: Pick<ReviewState, 'mode' | 'note' | 'keys' | 'selected' | 'annotations' | 'drafts'>): Readonly<Record<string, string>> {
	const key = state.keys[state.selected];
	if (state.mode !== 'note' || state.note === undefined || key === undefined) {
		return state.drafts;
	}

	const {[key]: _old, ...others} = state.drafts;
	return noteText(state.note.value) === (state.annotations[key]?.note ?? '') ? others : {...others, [key]: state.note.value};
}

/** The note as it is saved from what was typed: sanitised, whitespace runs as one space, trimmed. */
function noteText(typed: string): string {
	return safeText(typed).replaceAll(/\s+/gu, ' ').trim();
}

/** The state offering the next note draft, at its question, when one is left; else as it was. */
function offerDraft(state: ReviewState): ReviewState {
	const offer = draftOffer(state);
	return offer === undefined ? state : {...select(state, offer.index), mode: 'draft'};
}

/** The state without the draft of answer `key`, offering the next one if any; else browsing. */
function dropDraft(state: ReviewState, key: string | undefined): ReviewState {
	const {[key ?? '']: _dropped, ...drafts} = state.drafts;
	return offerDraft({...state, mode: 'browse', drafts});
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

/** Indexes of the answers the list shows: those the filter keeps, or all. */
export function visibleAnswers(state: ReviewState): number[] {
	return visibleIndexes(state.answers, state.keys, state.annotations, state.filter);
}

/** The next state. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
	const {message: _message, confirm: _confirm, ...quiet} = state;
	switch (action.type) {
		case 'move': {
			return select(quiet, target(state, action.to));
		}

		case 'todo': {
			return nextTodo(quiet, action.by);
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

			const {clarity: verdict, ...flags} = toolJudgement(current.tool);
			return advance(change(quiet, {type: 'accept', tool: {verdict, ...flags}}, action.now));
		}

		case 'skip': {
			const current = selectedAnswer(state);
			if (current === undefined) {
				return quiet;
			}

			// An answer with a verdict stays decided: skipping it only moves on.
			const skipped = current.reviewed || current.reviewer?.skipped === true ? quiet : change(quiet, {type: 'skip'}, action.now);
			return {...advance(skipped), message: `question ${current.tool.number} skipped: looked at, undecided`};
		}

		case 'toggle': {
			const current = selectedAnswer(state);
			return current === undefined ? quiet : change(quiet, {type: 'toggle-flag', flag: action.flag, current: current.final[action.flag]}, action.now);
		}

		case 'direct': {
			const current = selectedAnswer(state);
			if (current === undefined) {
				return quiet;
			}

			// The reviewer may be correcting the tool's reading of the question, so the value is recorded, on a second press.
			const confirmed = state.confirm?.selected === state.selected && state.confirm.direct === action.direct;
			if (!current.tool.closed && action.direct !== null && !confirmed) {
				const key = action.direct === 'yes' ? 'y' : 'n';
				return {...quiet, confirm: {selected: state.selected, direct: action.direct}, message: `the tool reads this as an open question; ${key} again records ${action.direct}`};
			}

			return change(quiet, {type: 'set-direct', direct: action.direct}, action.now);
		}

		case 'confirm': {
			return state.annotations[state.keys[state.selected] ?? '']?.answerChanged === true ? change(quiet, {type: 'confirm'}, action.now) : quiet;
		}

		case 'open-note': {
			return state.answers.length === 0 ? quiet : {...quiet, mode: 'note', note: textField(state.annotations[state.keys[state.selected] ?? '']?.note ?? '')};
		}

		case 'resume-draft': {
			const offer = draftOffer(state);
			if (offer === undefined) {
				return {...quiet, mode: 'browse'};
			}

			// The draft stays in the file until the note is saved or the editor cancelled.
			return {...select(quiet, offer.index), mode: 'note', note: textField(safeText(offer.text))};
		}

		case 'discard-draft': {
			const offer = draftOffer(state);
			const next = dropDraft(quiet, offer?.key);
			return offer === undefined ? next : {...next, message: `note draft on question ${state.answers[offer.index]?.number ?? offer.key} discarded`};
		}

		case 'note-edit': {
			return state.note === undefined ? quiet : {...quiet, note: editField(state.note, action.edit)};
		}


		case 'save-note': {
			const key = state.keys[state.selected];
			const before = state.annotations[key ?? '']?.note ?? '';
			const typed = noteText(action.note);
			// A pasted book is cut, said so: the review file never holds more than it can show.
			const note = typed.slice(0, maxNoteLength);
			const {note: _typed, ...rest} = quiet;
			const back = {...rest, mode: 'browse' as const, ...(note.length < typed.length ? {message: `note cut to ${maxNoteLength.toLocaleString('en')} characters`} : {})};
			// The note saved, its draft (if it was resumed from one) is done with.
			return dropDraft(note === before ? back : change(back, {type: 'set-note', note}, action.now), key);
		}

		case 'cancel-note': {
			const {note: _typed, ...rest} = quiet;
			// Esc in the editor throws away what was typed, a resumed draft included.
			return dropDraft({...rest, mode: 'browse'}, state.keys[state.selected]);
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

		case 'prompt-open': {
			return state.answers.length === 0 ? quiet : {...quiet, mode: 'prompt', prompt: {kind: action.kind, text: ''}};
		}

		case 'prompt-type': {
			if (state.prompt === undefined) {
				return quiet;
			}

			// A number prompt takes digits only; the filter prompt letters and a dash.
			const allowed = state.prompt.kind === 'goto' ? /\d/gu : /[a-z-]/giu;
			const typed = (safeText(action.text).match(allowed) ?? []).join('').toLowerCase();
			return {...quiet, prompt: {...state.prompt, text: (state.prompt.text + typed).slice(0, 20)}};
		}

		case 'prompt-erase': {
			return state.prompt === undefined ? quiet : {...quiet, prompt: {...state.prompt, text: [...state.prompt.text].slice(0, -1).join('')}};
		}

		case 'prompt-cancel': {
			const {prompt: _prompt, ...closed} = quiet;
			return {...closed, mode: 'browse'};
		}

		case 'prompt-submit': {
			const {prompt: _prompt, ...closed} = quiet;
			const back = {...closed, mode: 'browse' as const};
			if (state.prompt?.kind === 'goto') {
				return goToNumber(back, Number(state.prompt.text), state.prompt.text);
			}

			return applyFilter(back, state.prompt?.text ?? '');
		}

		case 'filter-clear': {
			const {filter: _filter, ...unfiltered} = quiet;
			return state.filter === undefined ? quiet : {...unfiltered, message: 'filter cleared: every question shows'};
		}

		case 'follow': {
			const current = selectedAnswer(state);
			const number = current === undefined ? undefined : crossReference(current.tool.answer);
			if (current === undefined || number === undefined) {
				return {...quiet, message: 'this answer refers to no other question'};
			}

			return goToNumber(quiet, number, String(number));
		}

		case 'go-back': {
			const previous = state.history.at(-1);
			if (previous === undefined) {
				return {...quiet, message: 'nothing to go back to (b returns after o or :)'};
			}

			return reveal({...select(quiet, previous), history: state.history.slice(0, -1)}, previous);
		}

		case 'search-open':
		case 'search-input':
		case 'search-edit':
		case 'search-cursor':
		case 'search-jump':
		case 'search-close':
		case 'search-step':
		case 'search-clear': {
			const visible = state.filter === undefined ? undefined : new Set(visibleAnswers(state));
			const outcome = searchReducer(state.search, action, {answers: state.answers, ...(visible === undefined ? {} : {visible})});
			if (outcome === undefined) {
				return quiet;
			}

			const searched = {...quiet, search: outcome.search, ...(outcome.mode === undefined ? {} : {mode: outcome.mode})};
			const moved = outcome.select === undefined ? searched : select(searched, outcome.select);
			return outcome.message === undefined ? moved : {...moved, message: outcome.message};
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

/** The answer a move goes to, among those the list shows. */
function target(state: ReviewState, to: 'next' | 'previous' | 'first' | 'last'): number {
	const visible = visibleAnswers(state);
	if (visible.length === 0) {
		return state.selected;
	}

	switch (to) {
		case 'next': {
			return visible.find(index => index > state.selected) ?? (visible.includes(state.selected) ? state.selected : visible.at(-1)!);
		}

		case 'previous': {
			return visible.findLast(index => index < state.selected) ?? (visible.includes(state.selected) ? state.selected : visible[0]!);
		}

		case 'first': {
			return visible[0]!;
		}

		case 'last': {
			return visible.at(-1)!;
		}
	}
}

/** `]` / `[`: the next (previous) answer without a verdict in the list, wrapping; skipped answers come last. */
function nextTodo(state: ReviewState, by: 1 | -1): ReviewState {
	const visible = visibleAnswers(state);
	const open = (index: number) => !isReviewed(state.annotations[state.keys[index]!]);
	const fresh = (index: number) => open(index) && state.annotations[state.keys[index]!]?.skipped !== true;
	// Visible answers in the order the key walks them, starting after the selection and wrapping round to it.
	const after = by === 1 ? visible.filter(index => index > state.selected) : visible.filter(index => index < state.selected).reverse();
	const before = by === 1 ? visible.filter(index => index <= state.selected) : visible.filter(index => index >= state.selected).reverse();
	const order = [...after, ...before];
	const found = order.find(index => fresh(index) && index !== state.selected) ?? order.find(index => open(index) && index !== state.selected);
	if (found === undefined) {
		const total = visible.length;
		const done = open(state.selected) ? `every other answer${state.filter === undefined ? '' : ' shown'} has a verdict` : `all ${total} answers${state.filter === undefined ? '' : ' shown'} have a verdict`;
		return {...state, message: done};
	}

	const wrapped = by === 1 ? found < state.selected : found > state.selected;
	const moved = select(state, found);
	return wrapped ? {...moved, message: 'wrapped round to the first answer without a verdict'} : moved;
}

/** Jumps to the question printed as `number`, remembering where it came from; clears a filter that hides it. */
function goToNumber(state: ReviewState, number: number, typed: string): ReviewState {
	const index = state.answers.findIndex(answer => answer.number === number);
	if (typed === '' || index === -1) {
		return {...state, message: typed === '' ? 'no question number typed' : `this letter has no question ${typed}`};
	}

	if (index === state.selected) {
		return {...state, message: `already at question ${number}`};
	}

	const history = [...state.history, state.selected].slice(-historyLimit);
	return {...reveal(select(state, index), index), history};
}

/** The state with the filter cleared when it hides answer `index`, saying so. */
function reveal(state: ReviewState, index: number): ReviewState {
	if (state.filter === undefined || visibleAnswers(state).includes(index)) {
		return state;
	}

	const {filter, ...unfiltered} = state;
	return {...unfiltered, message: `filter “${filter}” cleared to show question ${state.answers[index]?.number ?? ''}`};
}

/** Applies the filter named (or begun) by `typed`; the selection moves into the filtered list. */
function applyFilter(state: ReviewState, typed: string): ReviewState {
	const matches = matchingFilters(typed);
	const option = matches[0];
	if (option === undefined || typed.trim() === '') {
		return {...state, message: typed.trim() === '' ? 'no filter typed' : `no filter “${typed}”`};
	}

	const filtered = {...state, filter: option.name};
	const visible = visibleAnswers(filtered);
	if (visible.length === 0) {
		return {...state, message: `no answer is ${option.name}; filter not applied`};
	}

	const inside = visible.includes(state.selected) ? state.selected : (visible.find(index => index > state.selected) ?? visible[0]!);
	return select(filtered, inside);
}

function select(state: ReviewState, index: number): ReviewState {
	return index === state.selected ? state : {...state, selected: index, scroll: 0};
}

function clamp(value: number, low: number, high: number): number {
	return Math.min(Math.max(value, low), high);
}
