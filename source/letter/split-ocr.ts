// Splits the OCR text of a historical Aanhangsel page (1975–1993): questions numbered inline
// ("1 Hebben …", "2Is …"), then "Antwoord van … (Ontvangen …)" and answers under bare numbers ("1 en 2 …").
import type {Footnote} from './model.js';
import {dehyphenate} from './clean-aanhangsel.js';
import type {RawBlock} from './split-marked.js';
import {parseNumberList} from './numbers.js';

// "(Ingezonden 6 december 1977)", "(Inge-zonden …", "(Ont-vangen …", "(Ontvan-gen …": OCR keeps the
// hyphens of words broken at the end of a column line.
const submitted = /\([Ii]nge-?zonden[^)}\n]*[)}]/u;
const received = /\([Oo]nt-?van-?gen[^)}\n]*[)}]/u;
// The answers' heading, or a postponement notice's ("Mededeling van minister …"); before 1975 in
// capitals ("ANTWOORD van Minister …").
const answerIntro = /(?:\b(?:Antwoord|Mededeling)\s+)?\b(?:Antwoord|Mededeling|ANTWOORD|MEDEDELING) van\b/u;
// Where one letter on a page starts: its heading ("Vragen van het lid …"), the item number above it
// or before it ("1115. VRAGEN van de leden …" before 1975).
const letterStart = /^(?:[ \t]*\d{1,4}[ \t]*\n)?[ \t]*(?:\d{1,4}\.[ \t]*)?(?:Vra(?:ag|gen)|VRA(?:AG|GEN)) van (?:het lid|de leden)\b/gmu;
// How far after "(Ingezonden …)" a question numbered 1 or 2 is looked for (the first may have lost its number).
const firstQuestionReach = 1500;
// A marker: one or two digits, or a group ("1 en 2", "3, 4 en 5", "2 t/m 4", "3, 4en 5" and "1en2" with
// the spaces lost), straight before a capital; before 1975 with a full stop ("1. Weet u", "1 en 2. Ja.").
const marker = /(?<![\p{L}\d])(\d{1,2}(?:(?:\s*,\s*|\s*en\s*|\s*t\/m\s*)\d{1,2})*)\.? ?(?=\p{Lu})/gu;
// Printer's furniture at the foot of the page: the running footer, its page number, the ISSN imprint.
// Before 1975 the footer reads "Zitting 1973-1974 Aanhangsel" and "TWEEDE KAMER".
const furniture = [/ISSN/u, /^'?s[- ]?Gravenhage \d{4}$/u, /^Tweede Kamer, (?:zitting|vergaderjaar) \d{4}-\d{4}, Aanhangsel$/u, /^Zitting \d{4}-\d{4},? Aanhangsel$/u, /^TWEEDE KAMER$/u];
// A footnote line: OCR reads a superscript 1 as an apostrophe.
const noteStart = /(?:^|\s)(['’]|\d{1,2})\s+(?=\p{Lu})/gu;

/** True when the text reads as a historical OCR page: a letter on it has "(Ingezonden …) 1 …" questions and an "(Ontvangen …)" answer. */
export function isOcrLetter(text: string): boolean {
	return lettersOnPage(text).some(letter => readsAsOcr(letter));
}

/** The letters a page holds, from each heading to the next (the whole text when it has one heading or none). */
function lettersOnPage(text: string): string[] {
	const starts = [...text.matchAll(letterStart)].map(match => match.index);
	return starts.length < 2 ? [text] : starts.map((start, position) => text.slice(start, starts[position + 1] ?? text.length));
}

/** Whether one letter reads as a scanned one: asked, with numbered questions, and answered. */
function readsAsOcr(text: string): boolean {
	const asked = submitted.exec(text);
	const intro = asked === null ? null : answerIntro.exec(text.slice(asked.index));
	if (asked === null || intro === null || !received.test(text.slice(asked.index + intro.index))) {
		return false;
	}

	// The questions stand between "(Ingezonden …)" and the answers' heading; the first may have lost its number.
	const questions = text.slice(asked.index + asked[0].length, asked.index + Math.min(intro.index, firstQuestionReach));
	return /^[ \t.:]*\s*1\.?\s?\p{Lu}/u.test(questions) || /(?<![\p{L}\d])2\.? ?\p{Lu}/u.test(questions);
}

/**
 * The letter a page is read for: a page of the Aanhangsel holds the end of one letter, whole letters,
 * and the start of another. Of the letters that are whole on it (asked, answered, answer received),
 * the one with the most questions, then the most answered (the first of equals); the whole page when none is.
 */
export function ocrLetterOnPage(text: string): string {
	const letters = lettersOnPage(text);
	if (letters.length < 2) {
		return text;
	}

	let best: {text: string; questions: number; answered: number} | undefined;
	for (const letter of letters) {
		if (!readsAsOcr(letter)) {
			continue;
		}

		const {blocks} = splitOcr(letter);
		const count = (kind: RawBlock['kind']) => new Set(blocks.filter(block => block.kind === kind).flatMap(block => block.numbers)).size;
		const [questions, answered] = [count('question'), count('answer')];
		if (best === undefined || questions > best.questions || (questions === best.questions && answered > best.answered)) {
			best = {text: letter, questions, answered};
		}
	}

	return best?.text ?? text;
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
	// OCR can lose the last numbers of either part when the other still names them: questions 2 and 3
	// printed as further paragraphs of question 1 ("1 …? Hebben …? Wanneer …?", answered "1 Ja. 2 Ja.
	// 3 …"), or the last answer's number ("3" asked, answers "1", "2" and a paragraph after).
	const lastAsked = lastNumber(questions);
	const lastAnswered = lastNumber(answers);
	recoverLastNumbers(questions, lastAnswered, '?');
	recoverLastNumbers(answers, lastAsked, '.');

	const blocks: RawBlock[] = [
		...questions.map(block => ({kind: 'question' as const, numbers: block.numbers, text: tidyOcr(block.text)})),
		...answers.map(block => ({kind: 'answer' as const, numbers: block.numbers, text: tidyOcr(block.text)})),
	];
	return {preamble: cleaned.slice(0, questionStart), blocks, footnotes};
}

/** The highest number a part names (0 when none). */
function lastNumber(blocks: ReadonlyArray<{numbers: readonly number[]}>): number {
	return Math.max(0, ...blocks.flatMap(block => block.numbers));
}

/** Splits the numbers up to `upTo` that the part lost off its last block, at its paragraph breaks, when it has enough of them. */
function recoverLastNumbers(blocks: Array<{numbers: number[]; text: string}>, upTo: number, ends: '?' | '.'): void {
	const last = blocks.at(-1);
	const missing = upTo - lastNumber(blocks);
	if (last === undefined || missing < 1) {
		return;
	}

	const pieces = splitAtParagraphs(last.text, ends, missing);
	if (pieces !== undefined) {
		blocks.splice(-1, 1, {numbers: last.numbers, text: pieces[0]!}, ...pieces.slice(1).map((text, index) => ({numbers: [upTo - missing + 1 + index], text})));
	}
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
	const markers = [...section.matchAll(marker)];
	for (const [index, match] of markers.entries()) {
		const numbers = parseNumberList(match[1]!);
		const first = numbers[0]!;
		if (found.length === 0 && first === 2 && startsSentence(section, match.index) && unnumberedFirst(section.slice(0, match.index), ends) !== undefined) {
			// The first number lost: what stands before "2" is the first question or answer.
			const start = unnumberedFirst(section.slice(0, match.index), ends)!;
			found.push({numbers: [1], start, end: start});
			expected = 2;
		}

		const skipped = first - expected;
		const accepted = skipped === 0 || (expected > 1 && (skipped === 1 || (skipped > 1 && skipped <= maxLostNumbers && continuesAfter(section, markers.slice(index + 1), Math.max(...numbers)))));
		if (!accepted || !startsSentence(section, match.index)) {
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
		const missing = previous === undefined ? 0 : current.numbers[0]! - previous.numbers.at(-1)! - 1;
		if (previous !== undefined && missing > 0) {
			// Numbers OCR lost between two blocks: the block before holds them as its further paragraphs.
			const split = splitAtParagraphs(previous.text, ends, missing);
			if (split !== undefined) {
				const from = previous.numbers.at(-1)! + 1;
				previous.text = split[0]!;
				blocks.push(...split.slice(1).map((piece, offset) => ({numbers: [from + offset], text: piece})));
			}
		}

		blocks.push({numbers: current.numbers, text});
	}

	return blocks;
}

/** The most numbers in a row OCR may have lost between two blocks ("1 …", then "4 …"). */
const maxLostNumbers = 3;

/** Whether the next number that opens a sentence after a jump is the one after `last`: the jump is the letter's numbering, not a figure in its text. */
function continuesAfter(section: string, later: readonly RegExpExecArray[], last: number): boolean {
	const next = later.find(match => startsSentence(section, match.index));
	return next !== undefined && parseNumberList(next[1]!)[0] === last + 1;
}

/**
 * Where an unnumbered first block starts in the text before "2", or undefined when that text is none:
 * a question must ask, an answer say something. Lines that end a statement before the question are
 * another column's text that OCR put there.
 */
function unnumberedFirst(before: string, ends: '?' | '.'): number | undefined {
	if (before.trim() === '' || (ends === '?' && !before.includes('?'))) {
		return undefined;
	}

	if (ends === '.') {
		return 0;
	}

	let start = 0;
	for (const line of before.split('\n')) {
		if (/[.!]\s*$/u.test(line) && !line.includes('?') && before.slice(start + line.length).includes('?')) {
			start += line.length + 1;
		} else if (line.trim() !== '') {
			break;
		} else {
			start += line.length + 1;
		}
	}

	return start;
}

/** True when a number at `index` opens a sentence: at the start, after a line break, or after . ? ! ) and the like. */
function startsSentence(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 40), index);
	const trimmed = before.trimEnd();
	// "Ja-2 Ja.": OCR read the full stop after an answer as a hyphen.
	return trimmed === '' || before.slice(trimmed.length).includes('\n') || /[?.!)'»"}:]$/u.test(trimmed) || /\p{L}-$/u.test(before);
}

// A line break after a question (or, in answers, after any sentence), the next line starting with a capital.
const paragraphBreaks = {'?': /\?[ \t]*\n(?=\s*\p{Lu})/gu, '.': /[.?!][ \t]*\n(?=\s*\p{Lu})/gu} as const;

/** Splits a block at its first `count` paragraph breaks after a sentence that ends with `ends`, or undefined when it has fewer. */
function splitAtParagraphs(text: string, ends: '?' | '.', count = 1): string[] | undefined {
	const cuts = [...text.matchAll(paragraphBreaks[ends])].slice(0, count).map(match => match.index + 1);
	if (cuts.length < count) {
		return undefined;
	}

	const bounds = [0, ...cuts, text.length];
	return bounds.slice(1).map((end, index) => text.slice(bounds[index], end));
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

/** Repairs line-break hyphens in a scanned page's text (before it is split: a word spelled with a hyphen twice keeps it), its lines kept ("Ont-vangen" → "Ontvangen"), sparing elisions ("werk-en leerervaringen"). */
export function dehyphenateOcr(text: string): string {
	// "werk-en leerervaringen" and "boom-of" are Dutch elisions, not broken words: shield them from dehyphenate.
	return dehyphenate(text.replaceAll(/(\p{L})-(en|of) /gu, '$1\uE000$2 ')).replaceAll('\uE000', '-');
}

/** Joins OCR lines into one paragraph (its hyphens repaired already, by dehyphenateOcr) and a space OCR put after an initial ("D e"). */
export function tidyOcr(text: string): string {
	return text.replaceAll(/\s+/gu, ' ').trim()
		// "Ja-2 Ja.": the hyphen OCR read for a full stop before the next number.
		.replace(/(?<=\p{L})-$/u, '')
		.replace(/^(\p{Lu}) (\p{Ll}{1,2}) /u, '$1$2 ');
}
