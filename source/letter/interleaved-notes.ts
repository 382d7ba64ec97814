// A PDF's footnote that text extraction put between two sentences of an answer, not at the foot of
// its page ("… zijn genoemd.\n12 Kamerstuk 31 066, nr. 1234\nDe uitvoering …"): it is a footnote.
import type {Footnote} from './model.js';
import {monthNames} from './dates.js';

// "12 Kamerstuk 31 066, nr. 1234", "3Zie https://…": a note's number, then its text from a capital.
const noteLine = /^[ \t]*(\d{1,3})[ \t]?(?=\p{Lu})(\S.{2,299})$/u;
// What a note cites: a parliamentary paper, a law gazette, a link, a numbered document, a source and
// its date ("NOS, 2 november 2024"; a sentence's "in hun brief van 3 mei 2024" is no note).
const citation = new RegExp(String.raw`\b(?:Kamerstuk(?:ken)?|Kamerbrief|Handelingen|Aanhangsel|Staatscourant|Staatsblad|Stb\.|Stcrt\.|ECLI)\b|https?:\/\/|www\.|\bnr\.\s*\d|,\s*\d{1,2}\s+(?:${monthNames})\s+(?:19|20)\d\d\b`, 'iu');
// A sentence's end, perhaps with its note mark ("… van 1 oktober.11").
const endsSentence = /[.?!:;»”")]\d{0,3}[ \t]*$/u;
// How far past the highest note number found a note's number may be (notes lost in extraction).
const lostNotes = 3;

/** The text without footnote lines that stand between two sentences, and those notes (numbers not already used). */
export function takeInterleavedNotes(text: string, known: readonly Footnote[]): {text: string; notes: Footnote[]} {
	if (!/\n[ \t]*\d/u.test(text)) {
		return {text, notes: []};
	}

	const used = new Set(known.map(note => note.id));
	let highest = Math.max(0, ...known.map(note => Number(note.id)).filter(Number.isFinite));
	const lines = text.split('\n');
	const notes: Footnote[] = [];
	const kept: string[] = [];
	for (const [index, line] of lines.entries()) {
		const match = noteLine.exec(line);
		const previous = kept.findLast(candidate => candidate.trim() !== '');
		const id = match?.[1];
		const isNote = match !== null && id !== undefined && !used.has(id) && citation.test(match[2]!)
			&& previous !== undefined && endsSentence.test(previous) && index < lines.length - 1
			&& (Number(id) <= highest + lostNotes || cited(kept.join('\n'), id));
		if (!isNote) {
			kept.push(line);
			continue;
		}

		notes.push({id, text: match[2]!.trim()});
		used.add(id);
		highest = Math.max(highest, Number(id));
	}

	return notes.length === 0 ? {text, notes} : {text: kept.join('\n'), notes};
}

/** Whether the text before cites note `id` with a mark glued to a word ("… rapport12 …", "…zijn.12"). */
function cited(text: string, id: string): boolean {
	return new RegExp(String.raw`[\p{L}.,;:)»”’]${id}(?!\d)`, 'u').test(text);
}
