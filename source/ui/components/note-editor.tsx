import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import {useState} from 'react';
import {useTheme} from './theme-context.js';

/** The one-row note editor: Enter saves, Esc cancels. Only this component hears keys while it is open. */
export function NoteEditor(props: {readonly initial: string; readonly onSave: (note: string) => void; readonly onCancel: () => void}) {
	const theme = useTheme();
	const [value, setValue] = useState(props.initial);
	useInput((_input, key) => {
		if (key.escape) {
			props.onCancel();
		}
	});
	return (
		<Box height={1} overflow="hidden">
			<Text {...theme.heading}>Note: </Text>
			<TextInput focus value={value} onChange={setValue} onSubmit={props.onSave}/>
		</Box>
	);
}
