/** The first line of an error's message (or of its string form), for one-line reports. */
export function errorLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
