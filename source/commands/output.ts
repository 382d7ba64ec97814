// What every command writes to, and how a letter that failed is named: shared below the commands, so none imports another for it.
import {failureMessage, type LoadProgress} from '../letter/index.js';
import {safeText} from '../text/safe-text.js';

/** Where a command writes: standard output, standard error, and optionally a progress display. */
export type Output = {
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
	/** Shows loading progress; given only when stderr is a terminal, so pipes and logs stay clean. */
	readonly progress?: (progress: LoadProgress) => void;
};

/** One line naming a file that could not be read and why. */
export function describeFailure(path: string, error: unknown): string {
	return safeText(failureMessage(path, error));
}
