import {Box, Text} from 'ink';
import type {LoadProgress} from '../../letter/index.js';
import {safeText} from '../../text/safe-text.js';
import {useTheme} from '../components/theme-context.js';
import {letterName, progressBar} from './picker-entry.js';

/** The progress bar shown while a folder of letters loads: count and the file being read. */
export function LoadingScreen({progress, width}: {readonly progress: LoadProgress | undefined; readonly width: number}) {
	const theme = useTheme();
	const done = progress?.done ?? 0;
	const total = progress?.total ?? 0;
	// Until the folder is listed the total is unknown: an empty bar, not a full one over "0/0".
	const count = progress === undefined ? 'finding letters…' : `${done}/${total}`;
	return (
		<Box flexDirection="column">
			<Text {...theme.title}>Reading letters…</Text>
			<Text wrap="truncate">
				<Text {...theme.success}>{progressBar(done, progress === undefined ? 1 : total, Math.max(10, Math.min(40, width - count.length - 2)))}</Text> {count}
			</Text>
			<Text wrap="truncate" {...theme.muted}>{progress?.current ? safeText(letterName(progress.current)) : ' '}</Text>
		</Box>
	);
}
