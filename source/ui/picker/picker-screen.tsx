import {Box, Text} from 'ink';
import {useEffect, useReducer} from 'react';
import type {LoadProblem, LoadProgress} from '../../letter/index.js';
import {safeText} from '../../text/safe-text.js';
import {useTheme} from '../components/theme-context.js';
import {TextFieldView} from '../input/text-field-view.js';
import {useKeyEvents} from '../input/use-key-events.js';
import type {PickerEntry} from './picker-entry.js';
import {pickerKeys} from './picker-keys.js';
import {pickerReducer, visibleEntries, type PickerState} from './picker-state.js';
import {minimumSize} from '../layout.js';

/** What the picker lists and what it does when a letter is chosen. */
export type PickerScreenProps = {
	readonly entries: readonly PickerEntry[];
	/** Files that failed to read, and CSV rows skipped, each with its reason. */
	readonly problems: readonly LoadProblem[];
	/** While the folder is still being read: how far; the rows are those read so far. */
	readonly reading?: LoadProgress;
	readonly initial: PickerState;
	readonly columns: number;
	readonly rows: number;
	readonly onOpen: (entry: PickerEntry, state: PickerState) => void;
	readonly onQuit: () => void;
};

// Rows the picker needs besides the list: title, filter, header, problems line, footer.
const chrome = 6;

const cell = (text: string, width: number) => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text.padEnd(width));

/** The letter picker: type to filter, ↑/↓ to move, Enter to review, Esc to clear or quit. */
export function PickerScreen({entries, problems, reading, initial, columns, rows, onOpen, onQuit}: PickerScreenProps) {
	const theme = useTheme();
	const [state, dispatch] = useReducer(pickerReducer, initial);
	const {shown, current} = visibleEntries(entries, state);
	const selected = current === undefined ? -1 : shown.indexOf(current);

	// Every key goes through the reducer in order (typing, ↑/↓, Enter, Esc), so none typed ahead is lost.
	useKeyEvents(events => {
		dispatch({type: 'keys', events, count: query => visibleEntries(entries, {query, selected: 0}).shown.length});
	});
	// Enter and Esc act once the keys before them are applied: on the filter as typed.
	useEffect(() => {
		const {effect, ...kept} = state;
		if (effect?.kind === 'open' && current !== undefined) {
			onOpen(current, kept);
		} else if (effect?.kind === 'quit') {
			onQuit();
		}
	}, [state.effect?.serial]);

	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return <Text wrap="truncate" {...theme.warning}>terminal too small ({columns}×{rows}); need {minimumSize.columns}×{minimumSize.rows} · Esc quits</Text>;
	}

	const width = columns - 1;
	const height = Math.max(1, rows - chrome);
	const top = Math.max(0, Math.min(selected - Math.floor(height / 2), shown.length - height));
	const fixed = 2 + 10 + 4 + 6 + 4 * 2;
	const subjectWidth = Math.max(10, Math.floor((width - fixed) * 0.65));
	const ministryWidth = Math.max(6, width - fixed - subjectWidth);
	// A pointer as well as the highlight, so the selection shows without colour too.
	const row = (pointer: string, subject: string, date: string, ministry: string, questions: string, clear: string) =>
		`${pointer} ${cell(subject, subjectWidth)}  ${cell(date, 10)}  ${cell(ministry, ministryWidth)}  ${questions.padStart(4)}  ${clear.padStart(6)}`;

	return (
		<Box flexDirection="column">
			<Text wrap="truncate" {...theme.title}>{entries.length} letter{entries.length === 1 ? '' : 's'}{shown.length === entries.length ? '' : `, ${shown.length} shown`}{reading === undefined ? '' : ` · reading ${reading.done}/${reading.total}…`}</Text>
			<Box>
				<Text {...theme.label}>filter: </Text>
				<TextFieldView field={{value: state.query, cursor: state.caret ?? state.query.length}} placeholder="type words from the subject, ministry, member or date"/>
			</Box>
			<Text wrap="truncate" {...theme.heading}>{row(' ', 'subject', 'date', 'answered by', 'Q', 'clear')}</Text>
			{shown.length === 0
				? <Text {...theme.muted}>no letter matches “{safeText(state.query)}”</Text>
				: shown.slice(top, top + height).map((entry, index) => (
					<Text key={entry.source} wrap="truncate" {...(top + index === selected ? theme.selected : theme.plain)}>
						{row(top + index === selected ? '›' : ' ', safeText(entry.subject), entry.date, safeText(entry.ministry), String(entry.questions), `${Math.round(entry.clearShare * 100)}%`)}
					</Text>
				))}
			{problems.length > 0 && (
				<Text wrap="truncate" {...theme.warning}>
					{problems.length} not loaded: {safeText(problems[0]!.message)}{problems.length > 1 ? ` (+${problems.length - 1} more, listed on exit)` : ''}
				</Text>
			)}
			<Text wrap="truncate">
				{pickerKeys.map((binding, index) => (
					<Text key={binding.command}>
						{index > 0 ? '  ' : ''}
						<Text {...theme.key}>{binding.shown}</Text>
						<Text {...theme.muted}> {binding.label}</Text>
					</Text>
				))}
			</Text>
		</Box>
	);
}
