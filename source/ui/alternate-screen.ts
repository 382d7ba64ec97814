// The terminal's alternate screen, as fzf, lazygit and tig use it: leaving restores what was there before.

/** Switches to the alternate screen (saving the cursor) and back. */
export const alternateScreen = {enter: '\u001B[?1049h', leave: '\u001B[?1049l'} as const;

/** Runs `body` on the alternate screen of `stream` when it is a terminal, and always switches back. */
export async function onAlternateScreen<T>(stream: NodeJS.WriteStream, body: () => Promise<T>): Promise<T> {
	const terminal = stream.isTTY === true;
	if (terminal) {
		stream.write(alternateScreen.enter);
	}

	try {
		return await body();
	} finally {
		if (terminal) {
			stream.write(alternateScreen.leave);
		}
	}
}
