// Splits the OCR text of a historical Aanhangsel page (1975–1993): questions numbered inline
// ("1 Hebben …", "2Is …"), then "Antwoord van … (Ontvangen …)" and answers under bare numbers ("1 en 2 …").
import type {Footnote} from './model.js';
import {dehyphenate} from './clean-aanhangsel.js';
import type {RawBlock} from './split-marked.js';
import {parseNumberList} from './numbers.js';

const submitted = /\([Ii]ngezonden[^)}\n]*[)}]/u;
const received = /\([Oo]ntvangen[^)}\n]*[)}]/u;
const answerIntro = /(?:\bAntwoord\s+)?\bAntwoord van\b/u;
// A marker: one or two digits, or a group ("1 en 2", "3, 4 en 5"), straight before a capital.
const marker = /(?<![\p{L}\d])(\d{1,2}(?:(?:\s*,\s*|\s+en\s+)\d{1,2})*) ?(?=\p{Lu})/gu;
// Printer's furniture at the foot of the page: the running footer, its page number, the ISSN imprint.
const furniture = [/ISSN/u, /^'?s[- ]?Gravenhage \d{4}$/u, /^Tweede Kamer, (?:zitting|vergaderjaar) \d{4}-\d{4}, Aanhangsel$/u];
// A footnote line: OCR reads a superscript 1 as an apostrophe.
const noteStart = /(?:^|\s)(['’]|\d{1,2})\s+(?=\p{Lu})/gu;

/** True when the text reads as a historical OCR page: "(Ingezonden …) 1 …" questions and an "(Ontvangen …)" answer. */
export function isOcrLetter(text: string): boolean {
	return /\([Ii]ngezonden[^)}\n]*[)}]\s*1\s?\p{Lu}/u.test(text) && received.test(text) && answerIntro.test(text);
}

type Found = {numbers: number[]; start: number; end: number};

/** Splits an OCR page into question and answer blocks; the footnotes at the foot of a section are set apart. */
export function splitOcr(text: string): {preamble: string; blocks: RawBlock[]; footnotes: Footnote[]} {
	const cleaned = withoutFurniture(text);
	const asked = submitted.exec(cleaned);
	const questionStart = asked === null ? 0 : asked.index + asked[0].length;
	const intro = answerIntro.exec(cleaned.slice(questionStart));
	const questionEnd = intro === null ? cleaned.length : questionStart + intro.index;
	const answered = intro === null ? null : received.exec(cleaned.slice(questionEnd));
	const answerStart = answered === null ? cleaned.length : questionEnd + answered.index + answered[0].length;

	const footnotes: Footnote[] = [];
	const questions = sections(cleaned.slice(questionStart, questionEnd), '?', footnotes);
	const answers = sections(cleaned.slice(answerStart), '.', footnotes);
	// OCR can lose the last question's number when the answers still name it ("1 en 2", then "3").
	const lastAsked = Math.max(0, ...questions.map(block => block.numbers.at(-1)!));
	const lastAnswered = Math.max(0, ...answers.flatMap(block => block.numbers));
	if (lastAnswered === lastAsked + 1 && questions.length > 0) {
		const split = splitAtParagraph(questions.at(-1)!.text, '?');
		if (split !== undefined) {
			questions.splice(-1, 1, {numbers: questions.at(-1)!.numbers, text: split[0]}, {numbers: [lastAnswered], text: split[1]});
		}
	}

	const blocks: RawBlock[] = [
		...questions.map(block => ({kind: 'question' as const, numbers: block.numbers, text: tidyOcr(block.text)})),
		...answers.map(block => ({kind: 'answer' as const, numbers: block.numbers, text: tidyOcr(block.text)})),
	];
	return {preamble: cleaned.slice(0, questionStart), blocks, footnotes};
}

function withoutFurniture(text: string): string {
	const lines = text.split('\n');
	const kept: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (furniture.some(pattern => pattern.test(line))) {
			if (/^Tweede Kamer/u.test(line) && /^\d{1,5}$/u.test(lines[index + 1]?.trim() ?? '')) {
				index++; // The page number printed under the running footer.
			}

			continue;
		}

		kept.push(lines[index]!);
	}

	return kept.join('\n');
}

/**
 * The numbered blocks of one section, numbers taken in sequence so that numbers inside the text are
 * skipped. A number OCR lost (3 follows 1) is recovered at the paragraph break in the block before.
 */
function sections(section: string, ends: '?' | '.', footnotes: Footnote[]): Array<{numbers: number[]; text: string}> {
	const found: Found[] = [];
	let expected = 1;
	for (const match of section.matchAll(marker)) {
		const numbers = parseNumberList(match[1]!);
		const first = numbers[0]!;
		if ((first !== expected && !(first === expected + 1 && expected > 1)) || !startsSentence(section, match.index)) {
			continue;
		}

		found.push({numbers, start: match.index, end: match.index + match[0].length});
		expected = Math.max(...numbers) + 1;
	}

	const blocks: Array<{numbers: number[]; text: string}> = [];
	for (const [position, current] of found.entries()) {
		let text = section.slice(current.end, found[position + 1]?.start ?? section.length);
		if (position === found.length - 1) {
			text = takeFootnotes(text, footnotes);
		}

		const previous = blocks.at(-1);
		const missing = previous === undefined ? undefined : previous.numbers.at(-1)! + 1;
		if (previous !== undefined && missing !== undefined && current.numbers[0] === missing + 1) {
			const split = splitAtParagraph(previous.text, ends);
			if (split !== undefined) {
				previous.text = split[0];
				blocks.push({numbers: [missing], text: split[1]});
			}
		}

		blocks.push({numbers: current.numbers, text});
	}

	return blocks;
}

/** True when a number at `index` opens a sentence: at the start, after a line break, or after . ? ! ) and the like. */
function startsSentence(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 40), index);
	const trimmed = before.trimEnd();
	return trimmed === '' || before.slice(trimmed.length).includes('\n') || /[?.!)'»"}:]$/u.test(trimmed);
}

/** Splits a block at the first line break after a sentence that ends with `ends` (or any sentence end for answers). */
function splitAtParagraph(text: string, ends: '?' | '.'): [string, string] | undefined {
	const pattern = ends === '?' ? /\?[ \t]*\n(?=\s*\p{Lu})/u : /[.?!][ \t]*\n(?=\s*\p{Lu})/u;
	const match = pattern.exec(text);
	if (match === null) {
		return undefined;
	}

	const cut = match.index + 1;
	return [text.slice(0, cut), text.slice(cut)];
}

/** Moves a footnote line at the end of the last block ("' AVRO radio, 29-3 1987. 2 Zie …") into `footnotes`. */
function takeFootnotes(text: string, footnotes: Footnote[]): string {
	const trimmed = text.trimEnd();
	const lineStart = trimmed.lastIndexOf('\n');
	const last = trimmed.slice(lineStart + 1).trim();
	if (lineStart === -1 || !/^(?:['’]|\d{1,2})\s+\p{Lu}/u.test(last)) {
		return text;
	}

	const starts = [...last.matchAll(noteStart)];
	for (const [position, start] of starts.entries()) {
		const body = last.slice(start.index + start[0].length, starts[position + 1]?.index ?? last.length).trim();
		footnotes.push({id: String(footnotes.length + 1), text: body});
	}

	return trimmed.slice(0, lineStart);
}

/** Joins OCR lines into one paragraph, repairs line-break hyphens and a space OCR put after an initial ("D e"). */
export function tidyOcr(text: string): string {
	const joined = text.replaceAll(/\s+/gu, ' ').trim();
	// "werk-en leerervaringen" and "boom-of" are Dutch elisions, not broken words: shield them from dehyphenate.
	const shielded = joined.replaceAll(/(\p{L})-(en|of) /gu, '$1\uE000$2 ');
	return dehyphenate(shielded)
		.replaceAll('\uE000', '-')
		.replace(/^(\p{Lu}) (\p{Ll}{1,2}) /u, '$1$2 ');
}
