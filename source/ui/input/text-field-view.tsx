import {Text} from 'ink';
import {safeText} from '../../text/safe-text.js';
import type {TextField} from './text-field.js';

/**
 * A text field as drawn: its value with the cursor shown inverse (a space at the end), or the
 * placeholder, dimmed, while empty. Draws only; the keys reach the field through its screen's reducer.
 */
export function TextFieldView({field, placeholder = ''}: {readonly field: TextField; readonly placeholder?: string}) {
	if (field.value === '') {
		return (
			<Text>
				<Text inverse>{placeholder.slice(0, 1) || ' '}</Text>
				<Text dimColor>{placeholder.slice(1)}</Text>
			</Text>
		);
	}

	const cursor = Math.min(field.cursor, field.value.length);
	const at = [...field.value.slice(cursor)][0] ?? ' ';
	return (
		<Text>
			{safeText(field.value.slice(0, cursor))}
			<Text inverse>{safeText(at)}</Text>
			{safeText(field.value.slice(cursor + at.length))}
		</Text>
	);
}
