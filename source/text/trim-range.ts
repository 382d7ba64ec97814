/** The range [start, end) of `text` without the white space at its ends (from === to when blank). */
export function trimRange(text: string, start: number, end: number): [from: number, to: number] {
	let from = start;
	let to = end;
	while (from < to && /\s/u.test(text[from]!)) {
		from++;
	}

	while (to > from && /\s/u.test(text[to - 1]!)) {
		to--;
	}

	return [from, to];
}
