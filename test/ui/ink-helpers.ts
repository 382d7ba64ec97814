// Drive an ink-testing-library render like a user: one key, then wait for the frame to show its effect.
import {setTimeout as sleep} from 'node:timers/promises';

/** Key sequences as a terminal sends them. */
export const keys = {
	down: '\u001B[B',
	up: '\u001B[A',
	left: '\u001B[D',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	enter: '\r',
	escape: '\u001B',
} as const;

/**
 * The longest a test waits for a frame or a save: a ceiling, not a speed requirement. A frame normally
 * comes in milliseconds; on a machine whose cores are busy with other work it can take seconds.
 */
export const generousWait = 20_000;

/** Polls until `predicate` holds for the latest frame; fails with the last frame after `timeout` ms. */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, timeout = generousWait): Promise<string> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const frame = lastFrame() ?? '';
		if (predicate(frame)) {
			// Ink writes a frame on commit; let React's passive effects (input subscriptions) run before the next key.
			// eslint-disable-next-line no-await-in-loop
			await sleep(10);
			return frame;
		}

		if (Date.now() > deadline) {
			throw new Error(`frame never matched; last frame:\n${frame}`);
		}

		// eslint-disable-next-line no-await-in-loop
		await sleep(5);
	}
}

/** Sends one key and waits until the frame satisfies `until`. */
export async function press(
	stdin: {write: (data: string) => void},
	lastFrame: () => string | undefined,
	key: string,
	until: (frame: string) => boolean,
): Promise<string> {
	stdin.write(key);
	return waitForFrame(lastFrame, until);
}

/** Polls until `condition` holds, e.g. until a save has been recorded. */
export async function waitFor(condition: () => boolean, timeout = generousWait): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('condition never held');
		}

		// eslint-disable-next-line no-await-in-loop
		await sleep(5);
	}
}
