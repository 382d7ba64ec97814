// One line of editable text as a reducer over key events: the note editor, the search box and the
// picker's filter all use it, so every key typed is applied, in order, however many arrive at once. Pure.
import type {KeyEvent} from './key-events.js';

/** The text and where the cursor stands in it (a UTF-16 offset, always at a code point boundary). */
export type TextField = {readonly value: string; readonly cursor: number};

/** A field holding `value` with the cursor at its end. */
export function textField(value = ''): TextField {
	return {value, cursor: value.length};
}

/** What a key does to a field. */
export type FieldEdit =
	| {readonly type: 'insert'; readonly text: string}
	| {readonly type: 'backspace' | 'delete' | 'left' | 'right' | 'home' | 'end' | 'delete-word' | 'delete-to-start'};

/** The edit a key means in a text field, or undefined for a key the field leaves alone (arrows up/down, Enter, Esc). */
export function fieldEditFor(event: KeyEvent): FieldEdit | undefined {
	if (event.kind === 'char') {
		return {type: 'insert', text: event.char};
	}

	switch (event.name) {
		case 'backspace':
		case 'delete':
		case 'left':
		case 'right':
		case 'home':
		case 'end': {
			return {type: event.name};
		}

		case 'deleteWord': {
			return {type: 'delete-word'};
		}

		case 'deleteToStart': {
			return {type: 'delete-to-start'};
		}

		default: {
			return undefined;
		}
	}
}

/** The field after one edit. */
export function editField(field: TextField, edit: FieldEdit): TextField {
	const {value} = field;
	const cursor = Math.min(Math.max(field.cursor, 0), value.length);
	switch (edit.type) {
		case 'insert': {
			return {value: value.slice(0, cursor) + edit.text + value.slice(cursor), cursor: cursor + edit.text.length};
		}

		case 'backspace': {
			const start = previousBoundary(value, cursor);
			return {value: value.slice(0, start) + value.slice(cursor), cursor: start};
		}

		case 'delete': {
			return {value: value.slice(0, cursor) + value.slice(nextBoundary(value, cursor)), cursor};
		}

		case 'left': {
			return {value, cursor: previousBoundary(value, cursor)};
		}

		case 'right': {
			return {value, cursor: nextBoundary(value, cursor)};
		}

		case 'home': {
			return {value, cursor: 0};
		}

		case 'end': {
			return {value, cursor: value.length};
		}

		case 'delete-word': {
			// As in a shell: the spaces before the cursor, then the word before them.
			const before = value.slice(0, cursor);
			const start = before.replace(/\S*\s*$/u, '').length;
			return {value: value.slice(0, start) + value.slice(cursor), cursor: start};
		}

		case 'delete-to-start': {
			return {value: value.slice(cursor), cursor: 0};
		}
	}
}

/** The field after every key of `events` it takes, in order; keys it leaves alone are skipped. */
export function typeInto(field: TextField, events: readonly KeyEvent[]): TextField {
	let next = field;
	for (const event of events) {
		const edit = fieldEditFor(event);
		if (edit !== undefined) {
			next = editField(next, edit);
		}
	}

	return next;
}

function isLowSurrogate(value: string, index: number): boolean {
	const code = value.charCodeAt(index);
	return code >= 0xDC_00 && code <= 0xDF_FF;
}

function previousBoundary(value: string, cursor: number): number {
	if (cursor <= 0) {
		return 0;
	}

	return cursor >= 2 && isLowSurrogate(value, cursor - 1) ? cursor - 2 : cursor - 1;
}

function nextBoundary(value: string, cursor: number): number {
	if (cursor >= value.length) {
		return value.length;
	}

	return isLowSurrogate(value, cursor + 1) ? cursor + 2 : cursor + 1;
}
