import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {useTheme} from '../components/theme-context.js';
import {useTypedAhead} from '../components/note-editor.js';

/**
 * The one-row `/` box. It only types: ↑/↓, Enter and Esc reach the app's key table (ink-text-input
 * lets the arrows through and Enter only calls `onSubmit`, which is not used here).
 */
export function SearchBox(props: {readonly query: string; readonly onChange: (query: string) => void}) {
	const theme = useTheme();
	// A key typed before the last one is on screen would otherwise be lost ("exitplan" read as "eitplan").
	const change = useTypedAhead(props.query, props.onChange);
	return (
		<Box height={1} overflow="hidden">
			<Text {...theme.heading}>Search: </Text>
			<TextInput focus value={props.query} placeholder='words, "exact phrase", =word, !word' onChange={change}/>
		</Box>
	);
}
