// The picker's keys, in one table: the footer is drawn from it. Letters and digits type into the filter.

/** What a key does in the picker. */
export type PickerCommand = 'up' | 'down' | 'open' | 'clear-or-quit';

/** One picker binding: the key as shown, and what it does. */
export type PickerBinding = {readonly command: PickerCommand; readonly shown: string; readonly label: string};

/** Every picker key (typing filters; Ctrl+C quits). */
export const pickerKeys: readonly PickerBinding[] = [
	{command: 'up', shown: '↑/↓', label: 'move'},
	{command: 'open', shown: 'Enter', label: 'review'},
	{command: 'clear-or-quit', shown: 'Esc', label: 'clear filter / quit'},
];

/** The picker command for a key press (the subset of Ink's Key the picker reads), if any. */
export function pickerCommandFor(key: {readonly upArrow?: boolean; readonly downArrow?: boolean; readonly escape?: boolean}): PickerCommand | undefined {
	if (key.upArrow) {
		return 'up';
	}

	if (key.downArrow) {
		return 'down';
	}

	return key.escape ? 'clear-or-quit' : undefined;
}
