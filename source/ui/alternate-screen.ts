// The terminal's alternate screen, as fzf, lazygit and tig use it: leaving restores what was there before.
import process from 'node:process';

/** Switches to the alternate screen (saving the cursor) and back. */
export const alternateScreen = {enter: '\u001B[?1049h', leave: '\u001B[?1049l'} as const;

// `npm start` prints four lines before the command runs (a blank line, "> answer-review@… start",
// "> node dist/app/cli.js", a blank line), unless npm runs silent.
const npmBannerLines = 4;
let bannerErased = false;

/**
 * Erases the lines `npm start` printed above the cursor, once, so that quitting leaves the terminal
 * as it was before the command: as if the reviewer had been started directly.
 */
export function eraseNpmBanner(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): void {
	if (bannerErased || stream.isTTY !== true || env['npm_lifecycle_event'] !== 'start' || env['npm_config_loglevel'] === 'silent') {
		return;
	}

	bannerErased = true;
	// To the start of the banner's first line, then clear to the end of the screen.
	stream.write(`\u001B[${npmBannerLines}F\u001B[J`);
}

/** Runs `body` on the alternate screen of `stream` when it is a terminal, and always switches back. */
export async function onAlternateScreen<T>(stream: NodeJS.WriteStream, body: () => Promise<T>): Promise<T> {
	const terminal = stream.isTTY === true;
	if (terminal) {
		eraseNpmBanner(stream);
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
