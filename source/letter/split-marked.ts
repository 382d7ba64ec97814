import {numberList, parseNumberList} from './numbers.js';

/** A question or answer block found between markers, before it is tidied. */
export type RawBlock = {
	readonly kind: 'question' | 'answer';
	readonly numbers: readonly number[];
	readonly text: string;
};

// "Vraag 1", "Vraag 2 en 3", "Vragen 4 t/m 6", optionally followed by ":" or "." and the text.
const questionMarker = new RegExp(String.raw`^[ \t]*Vra(?:ag|gen)[ \t]+(${numberList})[ \t]*[:.]?[ \t]*(?=\n|$|\S)`, 'gimu');
// "Antwoord 1", "Antwoord op vraag 1", "Antwoorden op vraag 3, 4, 5, 9 en 10", "Antwoord vraag 2".
const answerMarker = new RegExp(String.raw`^[ \t]*Antwoord(?:en)?(?:[ \t]+op)?(?:[ \t]+(?:de[ \t]+)?vra(?:ag|gen))?[ \t]+(${numberList})[ \t]*[:.]?[ \t]*(?=\n|$|\S)`, 'gimu');

/** True when the text has "Vraag N" markers that split it into questions. */
export function hasQuestionMarkers(text: string): boolean {
	questionMarker.lastIndex = 0;
	return questionMarker.test(text);
}

/**
 * Splits text at "Vraag N" and "Antwoord (op vraag) N" markers. A marker line must start the line;
 * the text up to the next marker belongs to it. Text before the first marker is the preamble.
 */
export function splitMarked(text: string): {preamble: string; blocks: RawBlock[]} {
	const markers: Array<{kind: 'question' | 'answer'; index: number; end: number; numbers: number[]}> = [];
	for (const [kind, pattern] of [['question', questionMarker], ['answer', answerMarker]] as const) {
		pattern.lastIndex = 0;
		for (const match of text.matchAll(pattern)) {
			markers.push({kind, index: match.index, end: match.index + match[0].length, numbers: parseNumberList(match[1]!)});
		}
	}

	markers.sort((a, b) => a.index - b.index);
	const blocks: RawBlock[] = markers.map((marker, position) => ({
		kind: marker.kind,
		numbers: marker.numbers,
		text: text.slice(marker.end, markers[position + 1]?.index ?? text.length),
	}));
	return {preamble: text.slice(0, markers[0]?.index ?? text.length), blocks};
}
