import type {Footnote, Question} from './model.js';

// A note in the list of sources the members put under their questions: "1) NOS, …", "[2] RTV Oost, …", "3. Bureau Beke, …".
const noteLine = /^(?:\[(\d{1,2})\]|(\d{1,2})[.)])\s+(\S.*)$/u;

/** The text without its trailing list of question sources, and those sources as footnotes ("1)" or "[1]"). */
export function splitReferenceNotes(text: string): {text: string; notes: Footnote[]} {
	const lines = text.split('\n');
	let start = lines.length;
	let sawMarker = false;
	// Read upwards, the list's markers count down in one style ("2)" then "1)"); a marker in another
	// style or out of order ("2. Kunt u…?" above "1) AD, …") is the letter's own numbering.
	let below: {style: string; number: number} | undefined;
	for (let index = lines.length - 1; index >= 0; index--) {
		const line = lines[index]!.trim();
		if (line === '' || /^\[\d{1,3}:\s/u.test(line)) {
			continue; // Blank lines, and Word footnotes (kept apart already), may sit among the notes.
		}

		const marker = noteLine.exec(line);
		if (marker) {
			const style = marker[1] === undefined ? /^\d+(.)/u.exec(line)![1]! : '[]';
			const number = Number(marker[1] ?? marker[2]);
			if (below !== undefined && (style !== below.style || number >= below.number)) {
				break;
			}

			below = {style, number};
			start = index;
			sawMarker = true;
			continue;
		}

		// A line without a marker belongs to the note above it (a wrapped link), never to the answer.
		const above = lines.slice(0, index).findLast(candidate => candidate.trim() !== '');
		if (above !== undefined && noteLine.test(above.trim()) && sawMarker) {
			continue;
		}

		break;
	}

	const block = lines.slice(start).filter(line => line.trim() !== '' && !/^\[\d{1,3}:\s/u.test(line.trim()));
	const first = noteLine.exec(block[0]?.trim() ?? '');
	const bracketed = first?.[1] !== undefined;
	const before = lines.slice(0, start).join('\n');
	// Only a list that starts at 1 and whose first marker is cited above is a list of sources.
	if (first === null || Number(first[1] ?? first[2]) !== 1 || !(bracketed ? before.includes('[1]') : /(?<!\d)1\)/u.test(before))) {
		return {text, notes: []};
	}

	const notes: Footnote[] = [];
	for (const line of block) {
		const match = noteLine.exec(line.trim());
		if (match) {
			const number = match[1] ?? match[2]!;
			notes.push({id: bracketed ? `[${number}]` : `${number})`, text: match[3]!.trim()});
		} else if (notes.length > 0) {
			const last = notes.pop()!;
			notes.push({...last, text: `${last.text} ${line.trim()}`});
		}
	}

	const wordNotes = lines.slice(start).filter(line => /^\[\d{1,3}:\s/u.test(line.trim()));
	return {text: [before, ...wordNotes].join('\n'), notes};
}

/** The questions with the source notes their text cites ("… bericht? 1)") added to their footnote ids. */
export function citeReferenceNotes(questions: readonly Question[], notes: readonly Footnote[]): Question[] {
	return questions.map(question => {
		const cited = notes.filter(note => new RegExp(String.raw`(?<!\d)${note.id.replaceAll(/[[\]()]/gu, String.raw`\$&`)}`, 'u').test(question.text)).map(note => note.id);
		return cited.length === 0 ? question : {...question, footnoteIds: [...new Set([...question.footnoteIds, ...cited])]};
	});
}
