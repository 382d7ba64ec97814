// A one-line progress bar for a terminal's stderr: "reading ████░░░░ 12/300 letter.docx", redrawn in place.
import path from 'node:path';
import type {LoadProgress} from '../letter/index.js';
import {safeText} from '../text/safe-text.js';
import {progressBar} from '../ui/picker/picker-entry.js';

/** A progress reporter that redraws one line with `write`, and clears it when loading is done. */
export function progressLine(write: (text: string) => void, columns: () => number): (progress: LoadProgress) => void {
	return ({done, total, current}) => {
		if (done >= total) {
			write('\r\u001B[K');
			return;
		}

		const line = `reading ${progressBar(done, total, 20)} ${done}/${total} ${safeText(path.basename(current))}`;
		write(`\r\u001B[K${line.slice(0, Math.max(10, columns() - 1))}`);
	};
}
