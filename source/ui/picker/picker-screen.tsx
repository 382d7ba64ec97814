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
import type {PickerSort} from './picker-entry.js';
import {minimumSize} from '../layout.js';
import {cutToWidth, padToWidth} from '../../text/width.js';

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

const sortNames: Readonly<Record<PickerSort, string>> = {folder: 'folder', progress: 'progress (least reviewed first)', date: 'date (newest first)', score: 'score (lowest first)'};

const cell = (text: string, width: number) => padToWidth(cutToWidth(text, width), width);

/** The letter picker: type to filter, ↑/↓ to move, Enter to review, Esc to clear or quit. */
export function PickerScreen({entries, problems, reading, initial, columns, rows, onOpen, onQuit}: PickerScreenProps) {
	const theme = useTheme();
	const [state, dispatch] = useReducer(pickerReducer, initial);
	const {shown, current} = visibleEntries(entries, state);
	const selected = current === undefined ? -1 : shown.indexOf(current);

	// Every key goes through the reducer in order (typing, ↑/↓, Tab, ?, q, Enter, Esc), so none typed ahead is lost.
	useKeyEvents(events => {
		dispatch({type: 'keys', events, rows(at) {
			const visible = visibleEntries(entries, at);
			return {count: visible.shown.length, selected: visible.current === undefined ? -1 : visible.shown.indexOf(visible.current)};
		}});
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
	// The help rows (?) take rows from the list.
	const height = Math.max(1, rows - chrome - (state.help ? pickerKeys.length + 1 : 0));
	const top = Math.max(0, Math.min(selected - Math.floor(height / 2), shown.length - height));
	// pointer, date, done ("12/22"), judged deflecting or non-reply, clear share, and the gaps between.
	const fixed = 2 + 10 + 7 + 4 + 6 + 5 * 2;
	const subjectWidth = Math.max(10, Math.floor((width - fixed) * 0.75));
	const ministryWidth = Math.max(6, width - fixed - subjectWidth);
	// A pointer as well as the highlight, so the selection shows without colour too.
	const row = (pointer: string, subject: string, date: string, ministry: string, done: string, flagged: string, clear: string) =>
		`${pointer} ${cell(subject, subjectWidth)}  ${cell(date, 10)}  ${cell(ministry, ministryWidth)}  ${done.padStart(7)}  ${flagged.padStart(4)}  ${clear.padStart(6)}`;

	return (
		<Box flexDirection="column">
			<Text wrap="truncate" {...theme.title}>{entries.length} letter{entries.length === 1 ? '' : 's'}{shown.length === entries.length ? '' : `, ${shown.length} shown`}{state.sort === 'folder' ? '' : ` · sorted by ${sortNames[state.sort]}`}{reading === undefined ? '' : ` · reading ${reading.done}/${reading.total}…`}</Text>
			<Box>
				<Text {...theme.label}>filter: </Text>
				<TextFieldView field={{value: state.query, cursor: state.caret ?? state.query.length}} placeholder="type words from the subject, ministry, member or date"/>
			</Box>
			<Text wrap="truncate" {...theme.heading}>{row(' ', 'subject', 'date', 'answered by', 'done', 'D/NR', 'clear')}</Text>
			{shown.length === 0
				? <Text {...theme.muted}>no letter matches “{safeText(state.query)}”</Text>
				: shown.slice(top, top + height).map((entry, index) => (
					<Text key={entry.source} wrap="truncate" {...(top + index === selected ? theme.selected : theme.plain)}>
						{row(top + index === selected ? '›' : ' ', safeText(entry.subject), entry.date, safeText(entry.ministry), `${entry.reviewed}/${entry.questions}`, String(entry.flagged), `${Math.round(entry.clearShare * 100)}%`)}
					</Text>
				))}
			{problems.length > 0 && (
				<Text wrap="truncate" {...theme.warning}>
					{problems.length} not loaded: {safeText(problems[0]!.message)}{problems.length > 1 ? ` (+${problems.length - 1} more, listed on exit)` : ''}
				</Text>
			)}
			{state.help
				? pickerKeys.map(binding => (
					<Text key={`help-${binding.command}`} wrap="truncate">
						<Text {...theme.key}>{binding.shown.padEnd(7)}</Text>
						<Text>{binding.description}</Text>
					</Text>
				))
				: null}
			{state.help ? <Text wrap="truncate" {...theme.muted}>done: answers with your verdict · D/NR: those you judged deflecting or non-reply · clear: the tool's share of clear answers</Text> : null}
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
