import {Box, Text} from 'ink';
import {TextFieldView} from '../input/text-field-view.js';
import type {TextField} from '../input/text-field.js';
import {useTheme} from './theme-context.js';

/** What stands before the note being typed. */
export const noteLabel = 'Note: ';

/**
 * The most rows the editor takes on a terminal of `rows`: all the detail pane can give while the
 * header, the rule, the footer, three list rows and two detail rows stay (4 at 15 rows, 13 at 24).
 * A note longer still shows its start; the whole note is kept.
 */
export function maxNoteRows(rows: number): number {
	return Math.max(1, rows - 11);
}

/**
 * The note editor, `height` rows (a long note wraps). It only draws: the note being typed lives in the
 * reviewer's state, and its keys (Enter saves, Esc cancels, the rest edit) reach it through the
 * reviewer's reducer, so a note survives the editor being unmounted (a terminal made too small).
 */
export function NoteEditor(props: {readonly height: number; readonly field: TextField}) {
	const theme = useTheme();
	return (
		<Box height={props.height} overflow="hidden">
			{/* Ink drops a trailing space inside a Text: the gap after the label is a margin. */}
			<Box marginRight={1} flexShrink={0}>
				<Text {...theme.heading}>{noteLabel.trimEnd()}</Text>
			</Box>
			<TextFieldView field={props.field}/>
		</Box>
	);
}
