// The picker's state machine: the query, the selected row, and which rows show. Pure.
import type {KeyEvent} from '../input/key-events.js';
import {editField, fieldEditFor} from '../input/text-field.js';
import {filterEntries, type PickerEntry} from './picker-entry.js';

/** What the picker remembers between keys (and between visits to the reviewer). */
export type PickerState = {
	readonly query: string;
	/** Index into the filtered list. */
	readonly selected: number;
	/** Where the cursor stands in `query` (at its end when absent). */
	readonly caret?: number;
	/** Enter or Esc asked to open the selected letter or to quit; the screen carries it out. */
	readonly effect?: {readonly kind: 'open' | 'quit'; readonly serial: number};
};

/** Everything that changes the picker. */
export type PickerAction =
	| {readonly type: 'query'; readonly query: string}
	| {readonly type: 'move'; readonly by: number; readonly count: number}
	/** Keys as they came, each applied to the state the one before left; `count` gives the rows a query shows. */
	| {readonly type: 'keys'; readonly events: readonly KeyEvent[]; readonly count: (query: string) => number};

/** The picker before anything is typed. */
export const initialPickerState: PickerState = {query: '', selected: 0};

/** The next picker state. */
export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
	switch (action.type) {
		case 'query': {
			return {query: action.query, selected: 0};
		}

		case 'move': {
			return {...state, selected: Math.max(0, Math.min(action.count - 1, state.selected + action.by))};
		}

		case 'keys': {
			let next = state;
			for (const event of action.events) {
				if (next.effect !== undefined && next.effect.serial > (state.effect?.serial ?? 0)) {
					break; // Opening or quitting ends what this read can do.
				}

				next = pickerKey(next, event, action.count);
			}

			return next;
		}
	}
}

function pickerKey(state: PickerState, event: KeyEvent, count: (query: string) => number): PickerState {
	const serial = (state.effect?.serial ?? 0) + 1;
	if (event.kind === 'special') {
		switch (event.name) {
			case 'up':
			case 'down': {
				return pickerReducer(state, {type: 'move', by: event.name === 'up' ? -1 : 1, count: count(state.query)});
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

	const edit = fieldEditFor(event);
	if (edit === undefined) {
		return state;
	}

	const field = editField({value: state.query, cursor: state.caret ?? state.query.length}, edit);
	return field.value === state.query ? {...state, caret: field.cursor} : {...state, query: field.value, caret: field.cursor, selected: 0};
}

/** The rows shown for a state, and the selected one. */
export function visibleEntries(entries: readonly PickerEntry[], state: PickerState): {shown: PickerEntry[]; current: PickerEntry | undefined} {
	const shown = filterEntries(entries, state.query);
	return {shown, current: shown[Math.min(state.selected, shown.length - 1)]};
}
