// Where one question may end and the next begin: a question mark followed straight away by a
// capital (PDF text glues the paragraph break away: "wat vindt u hiervan?Deelt u …").
const gluedBreak = /\?(?=\p{Lu})/gu;
// A question mark at the end of a line, the next line starting with a capital (Word text).
const lineBreak = /\?[ \t]*\n(?=\s*\p{Lu})/gu;

/**
 * Splits the text of a grouped question block ("Vraag 4 en 5") into its questions, one per number.
 * Splits only when exactly `count - 1` question-paragraph breaks are found, first among the glued
 * breaks of PDF text, then also at line ends; otherwise returns [] and the block stays whole.
 */
export function splitGroupedQuestion(text: string, count: number): string[] {
	if (count < 2) {
		return [];
	}

	const glued = ends(text, gluedBreak);
	if (glued.length === count - 1) {
		return cut(text, glued);
	}

	const all = [...new Set([...glued, ...ends(text, lineBreak)])].sort((a, b) => a - b);
	return all.length === count - 1 ? cut(text, all) : [];
}

// A follow-up belongs to the question before it ("…ongepast? Zo nee, waarom niet?Zo ja, waarom?"):
// no new question starts there.
const followUp = /^\s*(?:zo\s*(?:ja|nee|neen|niet)|zoja|zonee|indien\s+(?:ja|nee|niet)|en\s+zo\s+(?:ja|nee)|waarom\s+(?:wel|niet)|als\s+dat\s+(?:zo|niet))(?![\p{L}])/iu;

/** Offsets just after each question mark that the pattern finds, where no follow-up comes next. */
function ends(text: string, pattern: RegExp): number[] {
	return [...text.matchAll(pattern)].map(match => match.index + 1).filter(end => !followUp.test(text.slice(end, end + 20)));
}

function cut(text: string, offsets: readonly number[]): string[] {
	const bounds = [0, ...offsets, text.length];
	return bounds.slice(1).map((end, index) => text.slice(bounds[index], end));
}
