import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import {useEffect, useRef} from 'react';
import {useTheme} from './theme-context.js';

/** How many characters `a` and `b` share at their start. */
function commonPrefix(a: string, b: string): number {
	let length = 0;
	while (length < a.length && length < b.length && a[length] === b[length]) {
		length++;
	}

	return length;
}

/** The text an edit put in: what `after` has between the start and the end it shares with `before`. */
export function insertedText(before: string, after: string): string {
	const start = commonPrefix(before, after);

	let end = 0;
	while (end < before.length - start && end < after.length - start && before.at(-1 - end) === after.at(-1 - end)) {
		end++;
	}

	return after.slice(start, after.length - end);
}

/**
 * An edit that ink-text-input computed from `base`, the value its key handler last saw, applied to
 * `latest`, the value with every edit so far. Ink hands a key to the handler subscribed at the last
 * commit; keys that arrive before the next one (typed ahead, or text and Enter in one burst) are
 * computed from a value a few keys old, and taken as they come they would drop the keys between.
 * An edit at the end of the text (typing, backspace: nearly all of them) is applied at the end of
 * `latest`; an edit elsewhere on a stale value cannot be placed and is taken as computed.
 */
export function reapplyEdit(base: string, next: string, latest: string): string {
	if (base === latest) {
		return next;
	}

	const prefix = commonPrefix(base, next);
	// Text left unchanged after the edit: the edit was not at the end.
	const kept = base.length > prefix && next.length > prefix && base.at(-1) === next.at(-1);
	const removed = base.length - prefix;
	return kept || latest.length < removed ? next : `${latest.slice(0, latest.length - removed)}${next.slice(prefix)}`;
}

/**
 * A change handler for an ink-text-input showing `value` that keeps keys typed ahead of the screen:
 * each edit is re-applied to the value with every edit so far (see reapplyEdit), then handed on.
 */
export function useTypedAhead(value: string, onChange: (next: string) => void): (next: string) => void {
	const latest = useRef(value);
	// The value ink-text-input's key handler sees: the one of the last commit, as its effects subscribe it.
	const base = useRef(value);
	// Values handed on that the screen has not caught up with; a value not among them was set from outside
	// (the filter cleared), and typing goes on from it.
	const pending = useRef<string[]>([]);
	useEffect(() => {
		base.current = value;
		if (value === latest.current || !pending.current.includes(value)) {
			latest.current = value;
			pending.current = [];
		}
	});
	return next => {
		latest.current = reapplyEdit(base.current, next, latest.current);
		pending.current.push(latest.current);
		onChange(latest.current);
	};
}

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
 * The note editor, `height` rows (a long note wraps): Enter saves, Esc cancels. Only this component hears keys while it is open.
 * The text lives with the caller (`value`, `onChange`), so a note being typed survives the editor
 * being unmounted, as when the terminal is made too small for a moment.
 */
export function NoteEditor(props: {readonly height: number; readonly value: string; readonly onChange: (note: string) => void; readonly onSave: (note: string) => void; readonly onCancel: () => void}) {
	const theme = useTheme();
	const latest = useRef(props.value);
	// The value ink-text-input's key handler sees: the one of the last commit, as its effects subscribe it.
	const base = useRef(props.value);
	useEffect(() => {
		base.current = props.value;
	});
	useInput((_input, key) => {
		if (key.escape) {
			props.onCancel();
		}
	});
	const change = (next: string) => {
		const before = latest.current;
		latest.current = reapplyEdit(base.current, next, before);
		// ink-text-input takes an Enter that comes in one chunk with text for text. At the end of the
		// chunk ("hallo⏎", typed ahead) it ends the note, as an Enter of its own would; inside it (a
		// pasted paragraph) it is a space, and the note stays open.
		if (/[\r\n]/u.test(latest.current)) {
			const submit = /[\r\n]$/u.test(insertedText(before, latest.current));
			latest.current = submit ? latest.current.replaceAll(/\r\n?|\n/gu, '') : latest.current.replaceAll(/\r\n?|\n/gu, ' ');
			if (submit) {
				props.onSave(latest.current);
				return;
			}
		}

		props.onChange(latest.current);
	};

	return (
		<Box height={props.height} overflow="hidden">
			{/* Ink drops a trailing space inside a Text: the gap after the label is a margin. */}
			<Box marginRight={1} flexShrink={0}>
				<Text {...theme.heading}>{noteLabel.trimEnd()}</Text>
			</Box>
			<TextInput
				focus
				value={props.value}
				onChange={change}
				onSubmit={() => {
					props.onSave(latest.current);
				}}
			/>
		</Box>
	);
}
