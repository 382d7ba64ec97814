// Between two numbers of a list: "," "en" "t/m" "-" "&" "+" "/", perhaps with "vraag" again ("4, vraag 5
// en vraag 6"); on one line, so "Vraag 3\n+31 20 …" is question 3 and its text.
const separator = String.raw`(?:,[ \t]*en|,|en|EN|&|\+|t\/m|T\/M|tot en met|\/|[-–])(?:[ \t]*(?:vra(?:ag|gen)|VRA(?:AG|GEN)))?`;

/** Question numbers as printed: "2", "2 en 3", "3, 4, 5, 9 en 10", "2 t/m 4", "2-4", "3 & 4", "3/4", "4) t/m 7)", "3 en vraag 4". */
export const numberList = String.raw`\d{1,3}\)?(?:[ \t]*${separator}[ \t]*\d{1,3}\)?)*`;

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
