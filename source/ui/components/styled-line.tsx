import {Text} from 'ink';
import {safeText} from '../../text/safe-text.js';
import type {Line} from '../wrap.js';
import {useTheme} from './theme-context.js';

/** One row of painted segments, made safe to print; never wraps, so it is always exactly one terminal row. */
export function StyledLine({line}: {readonly line: Line}) {
	const theme = useTheme();
	if (line.length === 0) {
		return <Text> </Text>;
	}

	return (
		<Text wrap="truncate">
			{line.map((segment, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} {...theme[segment.token]}>{safeText(segment.text)}</Text>
			))}
		</Text>
	);
}

/** A fixed number of rows: the lines given, then blank rows to fill the height. */
export function LineBlock({lines, height}: {readonly lines: readonly Line[]; readonly height: number}) {
	const shown = lines.slice(0, Math.max(0, height));
	const padding = Math.max(0, height - shown.length);
	return (
		<>
			{shown.map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<StyledLine key={index} line={line}/>
			))}
			{Array.from({length: padding}, (_, index) => <Text key={`pad-${index}`}> </Text>)}
		</>
	);
}
