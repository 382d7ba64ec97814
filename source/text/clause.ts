// Clause boundaries inside a sentence: a comma, semicolon or colon.
const clauseMark = /[,;:]/u;

/**
 * The clause of `text` around the span [start, end): from just after the last clause mark before
 * `start` to just before the first one at or after `end`.
 */
export function clauseAround(text: string, start: number, end = start): {from: number; to: number} {
	let from = start;
	while (from > 0 && !clauseMark.test(text[from - 1]!)) {
		from--;
	}

	let to = end;
	while (to < text.length && !clauseMark.test(text[to]!)) {
		to++;
	}

	return {from, to};
}
