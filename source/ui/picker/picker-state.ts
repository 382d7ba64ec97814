// The picker's state machine: the query, the selected row, and which rows show. Pure.
import type {KeyEvent} from '../input/key-events.js';
import {editField, fieldEditFor} from '../input/text-field.js';
import {filterEntries, pickerSorts, sortEntries, type PickerEntry, type PickerSort} from './picker-entry.js';

/** What the picker remembers between keys (and between visits to the reviewer). */
export type PickerState = {
	readonly query: string;
	/** Index into the filtered list. */
	readonly selected: number;
	/** Where the cursor stands in `query` (at its end when absent). */
	readonly caret?: number;
	/** Enter, Esc or q asked to open the selected letter or to quit; the screen carries it out. */
	readonly effect?: {readonly kind: 'open' | 'quit'; readonly serial: number};
	readonly sort: PickerSort;
	/** The help row (?) is open. */
	readonly help: boolean;
	/** The letter to keep the cursor on (the one last opened), whatever the order. */
	readonly focus?: string;
};

/** The rows a state shows and where its cursor stands in them, as the screen reads them (see visibleEntries). */
export type PickerRows = (state: PickerState) => {readonly count: number; readonly selected: number};

/** Everything that changes the picker. */
export type PickerAction =
	| {readonly type: 'query'; readonly query: string}
	| {readonly type: 'move'; readonly by: number; readonly count: number; readonly from?: number}
	| {readonly type: 'sort'}
	| {readonly type: 'help'}
	/** Keys as they came, each applied to the state the one before left; `rows` tells what a state shows. */
	| {readonly type: 'keys'; readonly events: readonly KeyEvent[]; readonly rows: PickerRows};

/** The picker before anything is typed. */
export const initialPickerState: PickerState = {query: '', selected: 0, sort: 'folder', help: false};

/** The next picker state. */
export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
	const {focus: _focus, ...moved} = state;
	switch (action.type) {
		case 'query': {
			return {...moved, query: action.query, caret: action.query.length, selected: 0};
		}

		case 'move': {
			return {...moved, selected: Math.max(0, Math.min(action.count - 1, (action.from ?? state.selected) + action.by))};
		}

		case 'sort': {
			return {...moved, sort: pickerSorts[(pickerSorts.indexOf(state.sort) + 1) % pickerSorts.length]!, selected: 0};
		}

		case 'help': {
			return {...state, help: !state.help};
		}

		case 'keys': {
			let next = state;
			for (const event of action.events) {
				if (next.effect !== undefined && next.effect.serial > (state.effect?.serial ?? 0)) {
					break; // Opening or quitting ends what this read can do.
				}

				next = pickerKey(next, event, action.rows);
			}

			return next;
		}
	}
}

function pickerKey(state: PickerState, event: KeyEvent, rows: PickerRows): PickerState {
	const serial = (state.effect?.serial ?? 0) + 1;
	if (event.kind === 'special') {
		switch (event.name) {
			case 'up':
			case 'down': {
				const {count, selected} = rows(state);
				return pickerReducer(state, {type: 'move', by: event.name === 'up' ? -1 : 1, count, from: Math.max(0, selected)});
			}

			case 'tab': {
				return pickerReducer(state, {type: 'sort'});
			}

			case 'return': {
				return {...state, effect: {kind: 'open', serial}};
			}

			case 'escape': {
				return state.query === '' ? {...state, effect: {kind: 'quit', serial}} : {...state, query: '', caret: 0, selected: 0};
			}

			default: {
				break;
			}
		}
	}

	// With the filter empty, ? and q are keys, not the start of a filter.
	if (event.kind === 'char' && !event.pasted && state.query === '') {
		if (event.char === '?') {
			return pickerReducer(state, {type: 'help'});
		}

		if (event.char === 'q') {
			return {...state, effect: {kind: 'quit', serial}};
		}
	}

	const edit = fieldEditFor(event);
	if (edit === undefined) {
		return state;
	}

	const {focus: _focus, ...typed} = state;
	const field = editField({value: state.query, cursor: state.caret ?? state.query.length}, edit);
	return field.value === state.query ? {...state, caret: field.cursor} : {...typed, query: field.value, caret: field.cursor, selected: 0};
}

/** The state on coming back from a letter: the cursor stays on that letter. */
export function focusOn(state: PickerState, source: string): PickerState {
	return {...state, focus: source};
}

/** The rows shown for a state, in its order, and the selected one (the focused letter when it shows). */
export function visibleEntries(entries: readonly PickerEntry[], state: PickerState): {shown: PickerEntry[]; current: PickerEntry | undefined} {
	const shown = sortEntries(filterEntries(entries, state.query), state.sort);
	const focused = state.focus === undefined ? undefined : shown.find(entry => entry.source === state.focus);
	return {shown, current: focused ?? shown[Math.min(state.selected, shown.length - 1)]};
}
