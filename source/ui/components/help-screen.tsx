import {helpSections} from '../keys.js';
import type {Line} from '../wrap.js';
import {LineBlock} from './styled-line.js';

const keyColumn = 13;

/** The help screen's lines, drawn from the key table: two columns when the terminal is wide enough. */
export function helpLines(width: number, notices: readonly string[]): Line[] {
	const columns = width >= 76 ? 2 : 1;
	const cell = Math.floor((width - 1) / columns);
	const lines: Line[] = [[{text: 'Keys', token: 'title'}, {text: '  (? or Esc closes this help)', token: 'muted'}]];
	for (const section of helpSections()) {
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
		[{text: 'List', token: 'heading'}, {text: ': number, tool clarity, score, flags, your verdict, question', token: 'plain'}],
		[{text: 'Flags', token: 'heading'}, {text: ': Y/N yes or no given (? none) · D deflects · C confidential · F future', token: 'plain'}],
	);
	for (const notice of notices) {
		lines.push([{text: 'Notice: ', token: 'warning'}, {text: notice, token: 'plain'}]);
	}

	return lines;
}

/** The help screen, cut to `height` rows. */
export function HelpScreen({width, height, notices}: {readonly width: number; readonly height: number; readonly notices: readonly string[]}) {
	return <LineBlock lines={helpLines(width, notices)} height={height}/>;
}
