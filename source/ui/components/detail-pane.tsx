import type {Line} from '../wrap.js';
import {LineBlock} from './styled-line.js';

/** The rule above the detail pane: which question, and which lines of it are shown. */
export function ruleLine(position: string, first: number, shown: number, total: number, width: number): Line {
	const range = total > shown ? ` lines ${first + 1}–${Math.min(total, first + shown)} of ${total} (space/PgUp) ` : ' ';
	const text = `── ${position}${range}`;
	return [{text: text.padEnd(Math.max(0, width - 1), '─'), token: 'muted'}];
}

/** The detail pane: `height` rows of the selected answer's lines, from `scroll` on. */
export function DetailPane({lines, scroll, height}: {readonly lines: readonly Line[]; readonly scroll: number; readonly height: number}) {
	return <LineBlock lines={lines.slice(scroll, scroll + height)} height={height}/>;
}
