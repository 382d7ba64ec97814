import {useEffect, useState} from 'react';
import type {LoadProgress} from '../../letter/index.js';
import {ThemeContext} from '../components/theme-context.js';
import {useTerminalSize} from '../components/use-terminal-size.js';
import type {Theme} from '../theme.js';
import {LoadingScreen} from './loading-screen.js';
import type {PickerEntry} from './picker-entry.js';
import {PickerScreen} from './picker-screen.js';
import type {PickerData, PickerLoad} from './picker-feed.js';
import type {PickerState} from './picker-state.js';

export type {PickerData} from './picker-feed.js';

/** The picker app: loads with a progress bar (unless `data` is given), then lists the letters. */
export type PickerAppProps = {
	/** Loads the folder, reporting progress and, now and then, the rows read so far; used when `data` is not given. */
	readonly load?: PickerLoad;
	/** Already loaded letters (when coming back from the reviewer). */
	readonly data?: PickerData;
	readonly initial: PickerState;
	readonly theme: Theme;
	readonly onOpen: (entry: PickerEntry, state: PickerState, data: PickerData) => void;
	readonly onQuit: (data: PickerData | undefined) => void;
};

/** Loading, then the picker: shown with the first rows read, and filled in as the rest are read. */
export function PickerApp({load, data: given, initial, theme, onOpen, onQuit}: PickerAppProps) {
	const [data, setData] = useState(given);
	const [progress, setProgress] = useState<LoadProgress>();
	const [sofar, setSofar] = useState<PickerData>();
	const {columns, rows} = useTerminalSize();
	useEffect(() => {
		if (given !== undefined || load === undefined) {
			return;
		}

		let live = true;
		void load((next, rows) => {
			if (live) {
				setProgress(next);
				if (rows !== undefined) {
					setSofar(rows);
				}
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

	// The rows read so far stand in for the folder until it is all read.
	const shown = data ?? sofar;
	return (
		<ThemeContext.Provider value={theme}>
			{shown === undefined
				? <LoadingScreen progress={progress} width={columns - 1}/>
				: (
					<PickerScreen
						entries={shown.entries}
						problems={shown.problems}
						{...(data === undefined && progress !== undefined ? {reading: progress} : {})}
						initial={initial}
						columns={columns}
						rows={rows}
						onOpen={(entry, state) => {
							onOpen(entry, state, shown);
						}}
						onQuit={() => {
							onQuit(data);
						}}
					/>
				)}
		</ThemeContext.Provider>
	);
}
