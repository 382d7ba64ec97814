// The picker's state machine: the query, the selected row, and which rows show. Pure.
import {filterEntries, type PickerEntry} from './picker-entry.js';

/** What the picker remembers between keys (and between visits to the reviewer). */
export type PickerState = {
	readonly query: string;
	/** Index into the filtered list. */
	readonly selected: number;
};

/** Everything that changes the picker. */
export type PickerAction =
	| {readonly type: 'query'; readonly query: string}
	| {readonly type: 'move'; readonly by: number; readonly count: number};

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
	}
}

/** The rows shown for a state, and the selected one. */
export function visibleEntries(entries: readonly PickerEntry[], state: PickerState): {shown: PickerEntry[]; current: PickerEntry | undefined} {
	const shown = filterEntries(entries, state.query);
	return {shown, current: shown[Math.min(state.selected, shown.length - 1)]};
}
