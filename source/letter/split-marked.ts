import {answerLabelWords, markerWord, misnumberedNext, numberList, parseNumberList} from './numbers.js';
import {asks} from './shapes.js';

/** A question or answer block found between markers, before it is tidied. */
export type RawBlock = {
	readonly kind: 'question' | 'answer';
	readonly numbers: readonly number[];
	readonly text: string;
};

// What may follow a marker's numbers: the end of the line, or a colon or full stop and the text.
// A marker is capitalised and starts its line, so "(zie ook het\nantwoord op vraag 5)." is no marker.
const markerEnd = String.raw`[ \t]*(?:[:.)\-–][ \t]*)?(?=\n|$|[\p{Lu}\d"'‘“«(\[])`;
// "Vraag nr. 1", "Vraag nummer 1".
const numberWord = String.raw`(?:(?:nr\.?|nummer|NR\.?)[ \t]*)?`;
// "Vraag 1", "Vraag 2 en 3", "Vragen 4 t/m 6", optionally followed by ":" or "." and the text.
const questionMarker = new RegExp(String.raw`^[ \t]*(?:Vra(?:ag|gen)|VRA(?:AG|GEN))[ \t]+${numberWord}(${numberList})${markerEnd}`, 'gmu');
// "Antwoord 1", "Antwoord op vraag 1", "Antwoorden op vraag 3, 4, 5, 9 en 10", "Antwoord vraag 2", "ANTWOORD OP VRAAG 3 EN 4".
const answerMarker = new RegExp(String.raw`^[ \t]*${answerLabelWords}[ \t]+(${numberList})${markerEnd}`, 'gmu');
// "Antwoord" (or "Antwoord:") alone on its line: the answer to the question just before it.
const bareAnswerMarker = new RegExp(String.raw`^[ \t]*${markerWord('Antwoord')}[ \t]*(?::[ \t]*)?$`, 'gmu');
// "Antwoord: Ja, …" opening the answer's line, right under the question (after a blank line or a line
// that asks); elsewhere it is a quotation ("… schreef u:\nAntwoord: Nee, …").
const inlineAnswerMarker = new RegExp(String.raw`^[ \t]*${markerWord('Antwoord')}(?:[ \t]*:|\t)[ \t]*(?=\S)`, 'gmu');
// A question number alone on its line, the question on the next ("1\nWelke mogelijkheden …", "1.\n…").
const bareNumberMarker = /^[ \t]*(\d{1,3})[.)]?[ \t]*\n(?=[ \t]*\S)/gmu;

/** True when the text has "Vraag N" markers that split it into questions. */
export function hasQuestionMarkers(text: string): boolean {
	return text.search(questionMarker) !== -1;
}

/** True when questions are bare numbers on their own line, each answer under a bare "Antwoord" line. */
export function hasBareNumberMarkers(text: string): boolean {
	return bareNumbers(text).length > 0 && (text.match(bareAnswerMarker)?.length ?? 0) > 0;
}

type Marker = {kind: 'question' | 'answer'; index: number; end: number; numbers: readonly number[]};

/**
 * Splits text at "Vraag N" (or bare "N") and "Antwoord (op vraag) N" (or bare "Antwoord") markers.
 * A marker must start the line; the text up to the next marker belongs to it. A bare "Antwoord"
 * answers the question block just before it.
 */
export function splitMarked(text: string): {preamble: string; blocks: RawBlock[]} {
	const markers: Marker[] = [];
	for (const match of text.matchAll(questionMarker)) {
		markers.push({kind: 'question', index: match.index, end: match.index + match[0].length, numbers: parseNumberList(match[1]!)});
	}

	if (markers.length === 0) {
		markers.push(...bareNumbers(text));
	}

	for (const match of text.matchAll(answerMarker)) {
		markers.push({kind: 'answer', index: match.index, end: match.index + match[0].length, numbers: parseNumberList(match[1]!)});
	}

	for (const match of text.matchAll(bareAnswerMarker)) {
		markers.push({kind: 'answer', index: match.index, end: match.index + match[0].length, numbers: []});
	}

	for (const match of text.matchAll(inlineAnswerMarker)) {
		const before = text.slice(Math.max(0, match.index - 400), match.index);
		if (/\n[ \t]*\n[ \t]*$/u.test(before) || asks(before.trimEnd().split('\n').at(-1) ?? '')) {
			markers.push({kind: 'answer', index: match.index, end: match.index + match[0].length, numbers: []});
		}
	}

	markers.sort((a, b) => a.index - b.index);
	let lastQuestion: readonly number[] = [];
	const blocks: RawBlock[] = [];
	for (const [position, marker] of markers.entries()) {
		if (marker.kind === 'question') {
			lastQuestion = marker.numbers;
		}

		const numbers = marker.numbers.length > 0 ? marker.numbers : lastQuestion;
		if (numbers.length > 0) {
			blocks.push({kind: marker.kind, numbers, text: text.slice(marker.end, markers[position + 1]?.index ?? text.length)});
		}
	}

	return {preamble: text.slice(0, markers[0]?.index ?? text.length), blocks};
}

/** Bare question numbers, taken strictly in sequence from 1 so that stray numbers are skipped. */
function bareNumbers(text: string): Marker[] {
	const markers: Marker[] = [];
	const found = [...text.matchAll(bareNumberMarker)].map(match => ({number: Number(match[1]), index: match.index, end: match.index + match[0].length}));
	const numbers = found.map(candidate => candidate.number);
	let expected = 1;
	for (const [position, candidate] of found.entries()) {
		if (candidate.number === expected) {
			markers.push({kind: 'question', index: candidate.index, end: candidate.end, numbers: [expected]});
			expected++;
		} else if (misnumberedNext(numbers, position, expected) && text.slice(candidate.end, candidate.end + 600).split(/\n[ \t]*\n/u)[0]!.includes('?')) {
			// The next question, misnumbered (the letter reader notes it).
			markers.push({kind: 'question', index: candidate.index, end: candidate.end, numbers: [candidate.number]});
			expected = Math.max(expected, candidate.number) + 1;
		}
	}

	return markers;
}
