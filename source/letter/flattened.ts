// A letter whose whole text sits on one line (a whitespace-flattened export: "… (ontvangen 3 maart
// 2015) Vraag 1 Bent u … ? Antwoord 1 Ja. Vraag 2 …"). The readers find questions and answers at the
// start of a line, so the breaks before them are put back here; other text comes back unchanged.
import {answerLabelWords, markerWord, numberList} from './numbers.js';

// A text of at most this many lines, each this long on average, was flattened.
const flatLines = 3;
const flatLineLength = 100;
// What ends the text before an answer label without a number ("… gesloten? Antwoord: Ja.") or a "1."
// question: a sentence, or a Word bookmark ("[bookmark: _Hlk232670332]11. In de …").
const sentenceBefore = String.raw`(?<=[.?!:;)»"”'’]\s+|\]\s*|^\s*)`;
// A published letter's page furniture, which the Aanhangsel reader removes when it stands on a line of its own.
const pageFurniture = /ah-tk-\d{8}-\d+|ISSN \d{4} ?- ?\d{4}|Tweede Kamer, vergaderjaar \d{4}[–-]\d{4},? Aanhangsel(?: \d{1,4}(?!\d))?/gu;
// "Vraag 1", "Vragen 2 en 3", "Antwoord 1", "Antwoord op vraag 2" (numbers kept), or "Antwoord:", before its text.
const marker = new RegExp(String.raw`(?<=\s|^)(?:${markerWord('Vra(?:ag|gen)')}[ \t]+(?:(?:nr\.?|nummer)[ \t]*)?(${numberList})|${answerLabelWords}[ \t]+(${numberList})|${sentenceBefore}${answerLabelWords}[ \t]*:)(?=[ \t:.)]+[\p{Lu}\d"'‘“«(\[])`, 'gu');
// "1. Kunt u …", a question numbered "1." (one numbering in sequence is followed), after a sentence;
// after other text (a link: "…/documentatie 18. Hoe …") only when its first sentence asks.
const numbered = /(?<=\s|^|\])(\d{1,3})\.[ \t]+(?=\p{Lu})/gu;
const afterSentence = new RegExp(String.raw`${sentenceBefore}$`, 'u');
const firstSentenceAsks = /^[^.?!]{0,600}\?/u;
// The end of a question sentence in a "1." letter: its answer, or a follow-up, starts on a line of its own.
const questionEnd = /\?[ \t]+(?=\p{Lu})/gu;

/** Whether the text was flattened onto a line or a few: long, with hardly a line break. */
export function isFlattened(text: string): boolean {
	const lines = text.split('\n').filter(line => line.trim() !== '');
	return lines.length <= flatLines && text.length >= flatLines * flatLineLength;
}

/** The text with a paragraph break before each question and answer marker, when it was flattened onto one line. */
export function restoreLineBreaks(text: string): string {
	if (!isFlattened(text)) {
		return text;
	}

	const markers = markersInOrder(text);
	if (markers.length > 0) {
		return breakBefore(text, markers, '\n\n').replaceAll(pageFurniture, '\n$&\n');
	}

	const cuts: number[] = [];
	let expected = 1;
	for (const match of text.matchAll(numbered)) {
		const opens = afterSentence.test(text.slice(Math.max(0, match.index - 3), match.index)) || firstSentenceAsks.test(text.slice(match.index + match[0].length, match.index + match[0].length + 601));
		if (Number(match[1]) === expected && opens) {
			cuts.push(match.index);
			expected++;
		}
	}

	if (cuts.length === 0) {
		return text;
	}

	const questionEnds = [...text.slice(cuts[0]).matchAll(questionEnd)].map(match => cuts[0]! + match.index + 1);
	return breakBefore(text, [...cuts, ...questionEnds].sort((a, b) => a - b), '\n');
}

/**
 * Where the question and answer markers start: a "Vraag N" only after the question before it (N
 * higher), an "Antwoord N" likewise after the answer before it, so "(zie Vraag 2)" in an answer is no marker.
 */
function markersInOrder(text: string): number[] {
	const starts: number[] = [];
	let lastQuestion = 0;
	let lastAnswer = 0;
	for (const match of text.matchAll(marker)) {
		const numbers = (match[1] ?? match[2])?.match(/\d+/gu)?.map(Number);
		if (numbers === undefined) {
			starts.push(match.index);
			continue;
		}

		const isQuestion = match[1] !== undefined;
		const last = isQuestion ? lastQuestion : lastAnswer;
		if (numbers[0]! > last) {
			starts.push(match.index);
			if (isQuestion) {
				lastQuestion = Math.max(...numbers);
			} else {
				lastAnswer = Math.max(...numbers);
			}
		}
	}

	return starts;
}

function breakBefore(text: string, cuts: readonly number[], lineBreak: string): string {
	let result = '';
	let from = 0;
	for (const cut of cuts) {
		result += `${text.slice(from, cut).trimEnd()}${lineBreak}`;
		from = cut;
	}

	return result + text.slice(from).trimStart();
}
