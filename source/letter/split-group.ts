import {followUp} from '../text/follow-up.js';

// Where one question may end and the next begin: a question mark followed straight away by a
// capital (PDF text glues the paragraph break away: "wat vindt u hiervan?Deelt u …").
const gluedBreak = /\?(?=\p{Lu})/gu;
// A question mark at the end of a line, the next line starting with a capital (Word text).
const lineBreak = /\?[ \t]*\n(?=\s*\p{Lu})/gu;
// A question mark and a space before a capital: questions run on in one paragraph ("Vraag 2, 3 en 4" over
// "Hoeveel …? Wanneer …? Wie …?"); sentence i is question i when the counts match.
const sentenceBreak = /\?[ \t]+(?=\p{Lu})/gu;

/**
 * Splits the text of a grouped question block ("Vraag 4 en 5") into its questions, one per number.
 * Splits only when exactly `count - 1` question-paragraph breaks are found, first among the glued
 * breaks of PDF text, then also at line ends, then also between question sentences of one paragraph;
 * otherwise returns [] and the block stays whole.
 */
export function splitGroupedQuestion(text: string, count: number): string[] {
	if (count < 2) {
		return [];
	}

	// Every break first; then without the breaks before a follow-up ("…ongepast? Zo nee, waarom
	// niet?Zo ja, waarom?Welke stappen…"), for a block whose questions carry their own follow-ups.
	for (const keepFollowUps of [true, false]) {
		const glued = ends(text, gluedBreak, keepFollowUps);
		if (glued.length === count - 1) {
			return cut(text, glued);
		}

		const all = [...new Set([...glued, ...ends(text, lineBreak, keepFollowUps)])].sort((a, b) => a - b);
		if (all.length === count - 1) {
			return cut(text, all);
		}
	}

	for (const keepFollowUps of [true, false]) {
		const sentences = [...new Set([...ends(text, gluedBreak, keepFollowUps), ...ends(text, lineBreak, keepFollowUps), ...ends(text, sentenceBreak, keepFollowUps)])].sort((a, b) => a - b);
		if (sentences.length === count - 1) {
			return cut(text, sentences);
		}
	}

	return [];
}

/** Offsets just after each question mark that the pattern finds (optionally not where a follow-up comes next). */
function ends(text: string, pattern: RegExp, keepFollowUps: boolean): number[] {
	const offsets = [...text.matchAll(pattern)].map(match => match.index + 1);
	return keepFollowUps ? offsets : offsets.filter(end => !followUp.test(text.slice(end, end + 20).trimStart()));
}

function cut(text: string, offsets: readonly number[]): string[] {
	const bounds = [0, ...offsets, text.length];
	return bounds.slice(1).map((end, index) => text.slice(bounds[index], end));
}
