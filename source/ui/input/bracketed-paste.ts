// Bracketed paste: the terminal marks pasted text (ESC[200~ … ESC[201~), so a paste is told from typing.

const on = '\u001B[?2004h';
const off = '\u001B[?2004l';

/**
 * Asks the terminal to bracket pastes while `run` runs, and to stop afterwards (also when the process
 * exits in between). A terminal that does not know the mode ignores it.
 */
export async function withBracketedPaste<T>(stream: NodeJS.WriteStream, run: () => Promise<T>): Promise<T> {
	if (stream.isTTY !== true) {
		return run();
	}

	const restore = () => {
		stream.write(off);
	};

	stream.write(on);
	process.once('exit', restore);
	try {
		return await run();
	} finally {
		process.removeListener('exit', restore);
		restore();
	}
}
