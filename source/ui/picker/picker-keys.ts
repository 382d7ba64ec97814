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
