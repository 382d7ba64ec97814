import {useEffect, useState} from 'react';
import type {LoadProblem, LoadProgress} from '../../letter/index.js';
import {ThemeContext} from '../components/theme-context.js';
import {useTerminalSize} from '../components/use-terminal-size.js';
import type {Theme} from '../theme.js';
import {LoadingScreen} from './loading-screen.js';
import type {PickerEntry} from './picker-entry.js';
import {PickerScreen} from './picker-screen.js';
import type {PickerState} from './picker-state.js';

/** The loaded folder: a row per letter, and what could not be loaded. */
export type PickerData = {
	readonly entries: readonly PickerEntry[];
	readonly problems: readonly LoadProblem[];
};

/** The picker app: loads with a progress bar (unless `data` is given), then lists the letters. */
export type PickerAppProps = {
	/** Loads the folder, reporting progress; used when `data` is not given. */
	readonly load?: (onProgress: (progress: LoadProgress) => void) => Promise<PickerData>;
	/** Already loaded letters (when coming back from the reviewer). */
	readonly data?: PickerData;
	readonly initial: PickerState;
	readonly theme: Theme;
	readonly onOpen: (entry: PickerEntry, state: PickerState, data: PickerData) => void;
	readonly onQuit: (data: PickerData | undefined) => void;
};

/** Loading, then the picker. */
export function PickerApp({load, data: given, initial, theme, onOpen, onQuit}: PickerAppProps) {
	const [data, setData] = useState(given);
	const [progress, setProgress] = useState<LoadProgress>();
	const {columns, rows} = useTerminalSize();
	useEffect(() => {
		if (given !== undefined || load === undefined) {
			return;
		}

		let live = true;
		void load(next => {
			if (live) {
				setProgress(next);
			}
		}).then(loaded => {
			if (!live) {
				return;
			}

			// Nothing to pick: leave at once (the caller says why) instead of showing an empty list.
			if (loaded.entries.length === 0) {
				onQuit(loaded);
			} else {
				setData(loaded);
			}
		});
		return () => {
			live = false;
		};
	}, []);

	return (
		<ThemeContext.Provider value={theme}>
			{data === undefined
				? <LoadingScreen progress={progress} width={columns - 1}/>
				: (
					<PickerScreen
						entries={data.entries}
						problems={data.problems}
						initial={initial}
						columns={columns}
						rows={rows}
						onOpen={(entry, state) => {
							onOpen(entry, state, data);
						}}
						onQuit={() => {
							onQuit(data);
						}}
					/>
				)}
		</ThemeContext.Provider>
	);
}
