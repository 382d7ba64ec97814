/** Question numbers as printed: "2", "2 en 3", "3, 4, 5, 9 en 10", "2 t/m 4", "2-4". */
export const numberList = String.raw`\d{1,3}(?:\s*(?:,\s*en|,|en|t\/m|tot en met|[-–])\s*\d{1,3})*`;

// A letter has at most a few hundred questions; a bigger range is a misread, not a group.
const largestRange = 100;

/** Expands a printed number list into the numbers it names, in order, without duplicates. */
export function parseNumberList(text: string): number[] {
	const numbers: number[] = [];
	for (const match of text.matchAll(/(\d{1,3})(?:\s*(?:t\/m|tot en met|[-–])\s*(\d{1,3}))?/gu)) {
		const from = Number(match[1]);
		const to = match[2] === undefined ? from : Number(match[2]);
		if (to >= from && to - from <= largestRange) {
			for (let number = from; number <= to; number++) {
				numbers.push(number);
			}
		} else {
			numbers.push(from);
		}
	}

	return [...new Set(numbers)];
}
