// Who hears of standard output failing. The reviewer on a terminal that closes must write the review
// before the process ends: while it runs, such a failure is handed to it rather than ending at once.

let taker: ((error: Error) => void) | undefined;

/**
 * Until the returned function is called, a failure to write standard output is handed to `onLost`
 * (which leaves and saves) instead of ending the process (see handOutputLost).
 */
export function takeOutputLost(onLost: (error: Error) => void): () => void {
	taker = onLost;
	return () => {
		if (taker === onLost) {
			taker = undefined;
		}
	};
}

/** Hands a failure to write standard output to whoever took it; false when nobody did. */
export function handOutputLost(error: Error): boolean {
	if (taker === undefined) {
		return false;
	}

	taker(error);
	return true;
}
