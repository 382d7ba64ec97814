// The picker's entry point: renders it on the terminal and resolves with what the user chose.
import process from 'node:process';
import {render} from 'ink';
import {withBracketedPaste} from '../input/bracketed-paste.js';
import {onAlternateScreen} from '../alternate-screen.js';
import {PickerApp, type PickerAppProps, type PickerData} from './picker-app.js';
import type {PickerEntry} from './picker-entry.js';
import type {PickerState} from './picker-state.js';

export {PickerApp, type PickerAppProps, type PickerData} from './picker-app.js';
export {focusOn, initialPickerState, type PickerState} from './picker-state.js';
export {pickerEntry, type PickerEntry} from './picker-entry.js';
export {startPickerFeed, type PickerFeed, type PickerLoad} from './picker-feed.js';

/** What the user did in the picker: chose a letter, or quit; with the loaded data to come back to. */
export type PickerOutcome =
	| {readonly kind: 'open'; readonly entry: PickerEntry; readonly state: PickerState; readonly data: PickerData}
	| {readonly kind: 'quit'; readonly data: PickerData | undefined};

/** Shows the picker until a letter is chosen or the user quits. */
export async function runPicker(props: Omit<PickerAppProps, 'onOpen' | 'onQuit'>): Promise<PickerOutcome> {
	// On the alternate screen, as the reviewer: quitting gives the terminal back as it was.
	return onAlternateScreen(process.stdout, async () => {
		let outcome: PickerOutcome = {kind: 'quit', data: props.data};
		const instance = render(
			<PickerApp
				{...props}
				onOpen={(entry, state, data) => {
					outcome = {kind: 'open', entry, state, data};
					instance.unmount();
				}}
				onQuit={data => {
					outcome = {kind: 'quit', data};
					instance.unmount();
				}}
			/>,
			{exitOnCtrlC: true},
		);
		await withBracketedPaste(process.stdout, async () => instance.waitUntilExit());
		return outcome;
	});
}
