import {Box, Text} from 'ink';
import {useTheme} from '../components/theme-context.js';
import {TextFieldView} from '../input/text-field-view.js';
import type {TextField} from '../input/text-field.js';

/** The one-row `/` box. It only draws: its keys reach the search through the reviewer's reducer. */
export function SearchBox(props: {readonly field: TextField}) {
	const theme = useTheme();
	return (
		<Box height={1} overflow="hidden">
			<Text {...theme.heading}>Search: </Text>
			<TextFieldView field={props.field} placeholder='words, "exact phrase", =word, !word'/>
		</Box>
	);
}
