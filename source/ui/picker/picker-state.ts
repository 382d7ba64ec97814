// The picker's state machine: the query, the selected row, and which rows show. Pure.
import {filterEntries, pickerSorts, sortEntries, type PickerEntry, type PickerSort} from './picker-entry.js';

/** What the picker remembers between keys (and between visits to the reviewer). */
export type PickerState = {
	readonly query: string;
	/** Index into the filtered list. */
	readonly selected: number;
	readonly sort: PickerSort;
	/** The help row (?) is open. */
	readonly help: boolean;
	/** The letter to keep the cursor on (the one last opened), whatever the order. */
	readonly focus?: string;
};

/** Everything that changes the picker. */
export type PickerAction =
	| {readonly type: 'query'; readonly query: string}
	| {readonly type: 'move'; readonly by: number; readonly count: number; readonly from?: number}
	| {readonly type: 'sort'}
	| {readonly type: 'help'};

/** The picker before anything is typed. */
export const initialPickerState: PickerState = {query: '', selected: 0, sort: 'folder', help: false};

/** The next picker state. */
export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
	const {focus: _focus, ...moved} = state;
	switch (action.type) {
		case 'query': {
			return {...moved, query: action.query, selected: 0};
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
	}
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
