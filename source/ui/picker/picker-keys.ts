// The picker's keys, in one table: the footer and its ? help are drawn from it. Letters and digits type into the filter.

/** What a key does in the picker. */
export type PickerCommand = 'up' | 'down' | 'open' | 'sort' | 'help' | 'clear-or-quit' | 'quit';

/** One picker binding: the key as shown, what it does in the footer, and in the help. */
export type PickerBinding = {readonly command: PickerCommand; readonly shown: string; readonly label: string; readonly description: string};

/** Every picker key (typing filters; Ctrl+C quits). `?` and `q` are keys only while the filter is empty; typed after a word they are text. */
export const pickerKeys: readonly PickerBinding[] = [
	{command: 'up', shown: '↑/↓', label: 'move', description: 'move through the letters'},
	{command: 'open', shown: 'Enter', label: 'review', description: 'review the letter'},
	{command: 'sort', shown: 'Tab', label: 'sort', description: 'sort: as found, least reviewed, newest, lowest score'},
	{command: 'clear-or-quit', shown: 'Esc', label: 'clear filter / quit', description: 'clear the filter; with none, quit'},
	{command: 'help', shown: '?', label: 'help', description: 'these keys (with the filter empty)'},
	{command: 'quit', shown: 'q', label: 'quit', description: 'quit (with the filter empty)'},
];
