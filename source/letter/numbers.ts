// Between two numbers of a list: "," "en" "t/m" "-" "&" "+" "/", perhaps with "vraag" again ("4, vraag 5
// en vraag 6"); on one line, so "Vraag 3\n+31 20 …" is question 3 and its text.
const separator = String.raw`(?:,[ \t]*en|,|en|EN|&|\+|t\/m|T\/M|tot en met|\/|[-–])(?:[ \t]*(?:vra(?:ag|gen)|VRA(?:AG|GEN)))?`;

// A comma a list lost ("4, 5, 6 7 en 8"): a space alone separates two numbers after a comma-separated one.
const lostComma = String.raw`(?<=,[ \t]*\d{1,3}\)?)[ \t]+`;

/** Question numbers as printed: "2", "2 en 3", "3, 4, 5, 9 en 10", "2 t/m 4", "2-4", "3 & 4", "3/4", "4) t/m 7)", "3 en vraag 4", "4, 5, 6 7 en 8". */
export const numberList = String.raw`\d{1,3}\)?(?:(?:[ \t]*${separator}[ \t]*|${lostComma})\d{1,3}\)?)*`;

/** The words of an answer label before its numbers: "Antwoord", "Antwoorden op", "Antwoord op de vragen", "ANTWOORD OP VRAAG". */
export const answerLabelWords = String.raw`(?:Antwoord(?:en)?(?:[ \t]+op)?(?:[ \t]+(?:de[ \t]+)?[Vv]ra(?:ag|gen))?|ANTWOORD(?:EN)?(?:[ \t]+OP)?(?:[ \t]+(?:DE[ \t]+)?VRA(?:AG|GEN))?)`;

/** A marker word as printed: capitalised ("Vraag") or in capitals ("VRAAG"), from a Word heading style. */
export const markerWord = (word: string): string => `(?:${word}|${word.toUpperCase()})`;

// A letter has at most a few hundred questions; a bigger range is a misread, not a group.
const largestRange = 100;

/** Expands a printed number list into the numbers it names, in order, without duplicates. */
export function parseNumberList(text: string): number[] {
	const numbers: number[] = [];
	for (const match of text.matchAll(/(\d{1,3})\)?(?:\s*(?:t\/m|T\/M|tot en met|[-–])\s*(?:(?:vra(?:ag|gen)|VRA(?:AG|GEN))\s*)?(\d{1,3}))?/gu)) {
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

// How far ahead a later question number is looked for: a misnumbered duplicate sits close by, and an
// unbounded search is quadratic.
const numberLookAhead = 200;

/** Where the next `number` is at or after `from`, within the look-ahead; -1 when there is none. */
export function laterNumbered(numbers: readonly number[], from: number, number: number): number {
	for (let index = from; index < Math.min(numbers.length, from + numberLookAhead); index++) {
		if (numbers[index] === number) {
			return index;
		}
	}

	return -1;
}

/**
 * Whether question number `numbers[position]`, where `expected` should come, is the next question all
 * the same: printed twice ("2." again where 3 should be) or one skipped ("4." after 2), with no
 * `expected` after it, and the letter numbering on from it ("2., 2., 4.", "2., 4., 5."). After the last
 * question, a list item or a page number is no question. The caller checks that it asks.
 */
export function misnumberedNext(numbers: readonly number[], position: number, expected: number): boolean {
	const number = numbers[position]!;
	return expected > 1 && Math.abs(number - expected) === 1
		&& laterNumbered(numbers, position + 1, expected) === -1
		&& laterNumbered(numbers, position + 1, Math.max(expected, number) + 1) !== -1;
}

