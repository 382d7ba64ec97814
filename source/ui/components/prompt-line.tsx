import {Text} from 'ink';
import {matchingFilters} from '../filter.js';
import type {Prompt} from '../state.js';
import {cutToWidth} from '../../text/width.js';
import {useTheme} from './theme-context.js';

/** What the prompt row says: what is typed, and for the filter what Enter would apply and what else there is. */
export function promptText(prompt: Prompt): {readonly label: string; readonly typed: string; readonly hint: string} {
	if (prompt.kind === 'goto') {
		return {label: 'go to question: ', typed: prompt.text, hint: '  Enter go · Esc cancel'};
	}

	const matches = matchingFilters(prompt.text);
	const hint = matches.length === 0 ? '  no such filter' : `  Enter → ${matches[0]!.name}${matches.length > 1 ? ` · also ${matches.slice(1).map(option => option.name).join(' ')}` : ''}`;
	return {label: 'filter: ', typed: prompt.text, hint};
}

/** The one-row prompt of `:` and `F`, in place of the status row. */
export function PromptLine({prompt, width}: {readonly prompt: Prompt; readonly width: number}) {
	const theme = useTheme();
	const {label, typed, hint} = promptText(prompt);
	return (
		<Text wrap="truncate">
			<Text {...theme.label}>{label}</Text>
			<Text>{typed}</Text>
			<Text inverse> </Text>
			<Text {...theme.muted}>{cutToWidth(hint, Math.max(1, width - label.length - typed.length - 1))}</Text>
		</Text>
	);
}
