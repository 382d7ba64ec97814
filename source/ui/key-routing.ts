// Keys to actions, applied to the latest state: the mode a key is read in is the one the keys before
// it left, not the one last drawn, so text typed right after `e` is note text and never a command. Pure.
import {actionFor, type CommandContext} from './command-actions.js';
import type {KeyEvent, SpecialKeyName} from './input/key-events.js';
import {fieldEditFor} from './input/text-field.js';
import {commandFor, type Binding, type PressedKey} from './keys.js';
import {reviewReducer, type ReviewAction, type ReviewState} from './state.js';

/** What routing needs from the screen as drawn: the clock, the scroll ranges and the offered keys. */
export type KeyRouting = CommandContext & {readonly table: readonly Binding[]};

/** The reviewer's actions and its keys as they arrive: `keys` is routed here, the rest go to reviewReducer. */
export type ReviewerAction = ReviewAction | {readonly type: 'keys'; readonly events: readonly KeyEvent[]; readonly routing: KeyRouting};

/** The reviewer's reducer with its keys: each key of a read is applied in order (see routeKeys). */
export function reviewerReducer(state: ReviewState, action: ReviewerAction): ReviewState {
	return action.type === 'keys' ? routeKeys(state, action.events, action.routing) : reviewReducer(state, action);
}

const pressed: Partial<Record<SpecialKeyName, PressedKey>> = {
	up: {upArrow: true},
	down: {downArrow: true},
	pageUp: {pageUp: true},
	pageDown: {pageDown: true},
	escape: {escape: true},
	return: {return: true},
};

/** The state after every key of `events`, in order. */
export function routeKeys(state: ReviewState, events: readonly KeyEvent[], routing: KeyRouting): ReviewState {
	let next = state;
	for (const event of events) {
		// After quit, back or Ctrl-C nothing more is read.
		if (next.effect?.kind === 'quit' || next.effect?.kind === 'back' || next.effect?.kind === 'interrupt' || next.effect?.kind === 'quit-anyway') {
			break;
		}

		// Ctrl-C leaves from any mode (the change on screen is saved first, a note being typed kept as a draft).
		if (event.kind === 'special' && event.name === 'interrupt') {
			next = {...next, effect: {kind: 'interrupt', serial: (next.effect?.serial ?? 0) + 1}};
			continue;
		}

		next = routeKey(next, event, routing);
	}

	return next;
}

function routeKey(state: ReviewState, event: KeyEvent, routing: KeyRouting): ReviewState {
	if (state.mode === 'note') {
		if (event.kind === 'special' && event.name === 'return') {
			return reviewReducer(state, {type: 'save-note', note: state.note?.value ?? '', now: routing.now});
		}

		if (event.kind === 'special' && event.name === 'escape') {
			return reviewReducer(state, {type: 'cancel-note'});
		}

		const edit = fieldEditFor(event);
		return edit === undefined ? state : reviewReducer(state, {type: 'note-edit', edit});
	}

	// Pasted text is text: in the search box it is typed, elsewhere it is no command.
	if (event.kind === 'char' && event.pasted && state.mode !== 'search') {
		return state;
	}

	const input = event.kind === 'char' ? event.char : '';
	const key = event.kind === 'special' ? pressed[event.name] ?? {} : {};
	const command = event.kind === 'special' && pressed[event.name] === undefined
		? undefined
		: commandFor(state.mode, input, key, {searchActive: state.search.active !== undefined, filterActive: state.filter !== undefined}, routing.table);
	if (command === undefined) {
		// In a `:` or `F` prompt every other key is typed into it.
		if (state.mode === 'prompt') {
			if (event.kind === 'special' && (event.name === 'backspace' || event.name === 'delete')) {
				return reviewReducer(state, {type: 'prompt-erase'});
			}

			return event.kind === 'char' ? reviewReducer(state, {type: 'prompt-type', text: event.char}) : state;
		}

		if (state.mode === 'search') {
			const edit = fieldEditFor(event);
			return edit === undefined ? state : reviewReducer(state, {type: 'search-edit', edit});
		}

		return state;
	}

	// Quitting and going back act on the screen as drawn: typed ahead after other keys ("1q"), they are dropped.
	if ((command === 'quit' || command === 'back') && !event.first) {
		return state;
	}

	// Quitting with a change not saved asks first: retry, write elsewhere, quit anyway or go back.
	if (command === 'quit' && state.saveError !== undefined) {
		return {...state, mode: 'unsaved'};
	}

	const action = actionFor(command, routing);
	if (action === undefined) {
		return state;
	}

	if (typeof action === 'string') {
		return {...state, effect: {kind: action, serial: (state.effect?.serial ?? 0) + 1}};
	}

	return reviewReducer(state, action);
}
