import {helpSections, keyTable, type Binding, type KeyContext} from '../keys.js';
import {querySyntax} from '../search/result-lines.js';
import type {Line} from '../wrap.js';
import {LineBlock, StyledLine} from './styled-line.js';
import {flagLegend} from '../../text/flag-marks.js';

const keyColumn = 13;

/** The help screen's title row; it stays put while the rest scrolls. */
const title: Line = [{text: 'Keys', token: 'title'}, {text: '  (? or Esc closes this help)', token: 'muted'}];

/** The help screen's lines below the title, drawn from the key table: two columns when the terminal is wide enough. */
export function helpLines(width: number, notices: readonly string[], context: KeyContext = {searchActive: false}, table: readonly Binding[] = keyTable): Line[] {
	const columns = width >= 76 ? 2 : 1;
	const cell = Math.floor((width - 1) / columns);
	// Notices first: the header points here for them, so they must not hide below the fold.
	const lines: Line[] = notices.map((notice): Line => [{text: 'Notice: ', token: 'warning'}, {text: notice, token: 'plain'}]);
	for (const section of helpSections(context, table)) {
		lines.push([{text: section.title, token: 'heading'}]);
		const perColumn = Math.ceil(section.rows.length / columns);
		for (let row = 0; row < perColumn; row++) {
			const line: Array<Line[number]> = [];
			for (let column = 0; column < columns; column++) {
				const entry = section.rows[(column * perColumn) + row];
				if (entry === undefined) {
					continue;
				}

				const description = entry.description.slice(0, Math.max(0, cell - keyColumn - 1)).padEnd(cell - keyColumn);
				line.push({text: `  ${entry.keys}`.padEnd(keyColumn), token: 'key'}, {text: description, token: 'plain'});
			}

			lines.push(line);
		}
	}

	lines.push(
		[{text: 'Search', token: 'heading'}, {text: ': what to type in the / box (every word must match, question or answer)', token: 'plain'}],
		...querySyntax,
		[{text: 'List', token: 'heading'}, {text: ': number, tool clarity, score, flags, your verdict, question', token: 'plain'}],
		[{text: 'Flags', token: 'heading'}, {text: `: ${flagLegend('name')}`, token: 'plain'}],
	);
	return lines;
}

/** The largest useful scroll of the help screen in `height` rows. */
export function helpMaxScroll(lines: readonly Line[], height: number): number {
	return Math.max(0, lines.length - Math.max(0, height - 1));
}

/** The help screen in `height` rows: the title, then `lines` from `scroll` on, saying when more follows. */
export function HelpScreen({lines, height, scroll}: {readonly lines: readonly Line[]; readonly height: number; readonly scroll: number}) {
	const body = Math.max(0, height - 1);
	const first = Math.min(scroll, helpMaxScroll(lines, height));
	const shown = lines.slice(first, first + body);
	if (first + body < lines.length && shown.length > 0) {
		shown[shown.length - 1] = [{text: `  ↓ ${lines.length - first - body + 1} more lines (space/j/↓ scroll, k/↑ back)`, token: 'muted'}];
	}

	return (
		<>
			{height > 0 ? <StyledLine line={title}/> : null}
			<LineBlock lines={shown} height={body}/>
		</>
	);
}
