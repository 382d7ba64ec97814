import type {RawBlock} from './split-marked.js';
import {answerLabelWords, laterNumbered, misnumberedNext, numberList, parseNumberList} from './numbers.js';
import {afterNumber, asks} from './shapes.js';

// "1.         Kunt u toelichten…", "1) …", "1.Kunt u…" (the space lost) or "1<tab>Kunt u…" (a table
// exported as text) at the start of a line (after a Word bookmark).
const numberedLine = new RegExp(String.raw`^[ \t]*(?:\[bookmark:[^\]\n]*\][ \t]*)*(\d{1,3})${afterNumber}`, 'gmu');
// "Antwoord:", "Antwoord vraag 1:", "Antwoord op de vragen 4, 5, 6 en 7:" or "Antwoord vraag 4-7:" on a
// line of its own, or opening the answer's line ("Antwoord: Ja, …"), separates a question from its
// answer in some ministries' letters; numbers in it name every question the answer is for.
const answerLabel = new RegExp(String.raw`^[ \t]*${answerLabelWords}(?:[ \t]+(${numberList}))?[ \t]*(?:[:.][ \t]*)?(?:$|(?<=[:.][ \t]*)(?=\S))`, 'mu');

/**
 * Splits a letter whose questions are numbered "1.", "2.", … in sequence, each followed by its
 * answer. Numbers are taken strictly in order (1, 2, 3, …) so that numbered lists inside answers
 * are not mistaken for questions; a candidate whose paragraph asks something ("?") is preferred.
 */
export function splitNumbered(text: string, startAt = 0): {preamble: string; blocks: RawBlock[]} {
	const candidates = [...text.slice(startAt).matchAll(numberedLine)].map(match => ({
		number: Number(match[1]),
		index: startAt + match.index,
		end: startAt + match.index + match[0].length,
	}));
	const numbers = candidates.map(candidate => candidate.number);
	const chosen: typeof candidates = [];
	let expected = 1;
	for (let position = 0; position < candidates.length; position++) {
		const candidate = candidates[position]!;
		const paragraph = paragraphAt(text, candidate.end);
		// The next candidate with this number, if any (index -1 reads undefined).
		const later = candidates[laterNumbered(numbers, position + 1, expected)];
		if (candidate.number !== expected) {
			// A misnumbered question that stands on its own and asks is the next question: reading on strictly
			// would fold every later question into one answer. The letter reader notes it.
			if (misnumberedNext(numbers, position, expected) && paragraph.includes('?') && !inList(text, candidate.index)) {
				chosen.push(candidate);
				expected = Math.max(expected, candidate.number) + 1;
			}

			continue;
		}

		const laterParagraph = later ? paragraphAt(text, later.end) : '';
		// Prefer the candidate that asks a question when a later one with the same number does and this one does not.
		if (!paragraph.includes('?') && laterParagraph.includes('?')) {
			continue;
		}

		// A numbered line right under another is an item of a list ("Gemeenten stelden twee vragen:\n1. Wie …?\n2. Wie …?"
		// inside an answer); a later line with the number that stands on its own is the question.
		if (later !== undefined && inList(text, candidate.index) && !inList(text, later.index) && laterParagraph.includes('?')) {
			continue;
		}

		chosen.push(candidate);
		expected++;
	}

	const bodies = chosen.map((marker, position) => text.slice(marker.end, chosen[position + 1]?.index ?? text.length));
	// When the letter labels its answers, a block without a label is a question answered further on.
	const labelled = bodies.some(body => answerLabel.test(body));
	const blocks: RawBlock[] = [];
	for (const [position, marker] of chosen.entries()) {
		const body = bodies[position]!;
		const label = answerLabel.exec(body);
		if (label) {
			blocks.push({kind: 'question', numbers: [marker.number], text: body.slice(0, label.index)});
			const numbers = label[1] === undefined ? [marker.number] : parseNumberList(label[1]);
			blocks.push({kind: 'answer', numbers: numbers.length > 0 ? numbers : [marker.number], text: body.slice(label.index + label[0].length)});
			continue;
		}

		if (labelled) {
			blocks.push({kind: 'question', numbers: [marker.number], text: body});
			continue;
		}

		const {question, answer} = questionAndAnswer(body);
		blocks.push({kind: 'question', numbers: [marker.number], text: question});
		if (answer.trim() !== '') {
			blocks.push({kind: 'answer', numbers: [marker.number], text: answer});
		}
	}

	return {preamble: text.slice(0, chosen[0]?.index ?? text.length), blocks};
}


// A paragraph broken off mid-sentence (no closing punctuation), as a converted letter sometimes has.
const unfinished = (paragraph: string) => !/[.!?:;»"”’)]$/u.test(paragraph.trimEnd());

/**
 * A "1." question's text and its answer: the question is its first line, with the lines that carry it
 * on (a hard-wrapped question: the next line goes on in lower case, or the line ends in a comma; or
 * the next line asks too: "Zo nee, waarom niet?"). Under
 * "… de volgende vragen:" the paragraphs that ask are sub-questions; and paragraphs that only ask are
 * no answer: the members' follow-up questions in a letter that holds questions only.
 */
function questionAndAnswer(body: string): {question: string; answer: string} {
	const lines = body.split('\n');
	let end = 1;
	while (end < lines.length && lines[end]!.trim() !== '' && (/^\s*\p{Ll}/u.test(lines[end]!) || /,\s*$/u.test(lines[end - 1]!) || asks(lines[end]!.trim()))) {
		end++;
	}

	const question = lines.slice(0, end).join('\n');
	const paragraphs = lines.slice(end).join('\n').split(/\n[ \t\u00A0]*\n/u).map(paragraph => paragraph.trim()).filter(paragraph => paragraph !== '');
	let taken = 0;
	if (question.trim().endsWith(':')) {
		while (taken < paragraphs.length && (asks(paragraphs[taken]!) || (unfinished(paragraphs[taken]!) && asks(paragraphs[taken + 1] ?? '')))) {
			taken++;
		}
	}

	if (paragraphs.length > 0 && paragraphs.every(paragraph => asks(paragraph))) {
		taken = paragraphs.length;
	}

	return taken === 0
		? {question, answer: lines.slice(end).join('\n')}
		: {question: [question, ...paragraphs.slice(0, taken)].join('\n'), answer: paragraphs.slice(taken).join('\n\n')};
}

// A question may be wrapped over a few lines; a table row or list item in an answer asks nothing.
const paragraphChars = 600;

/** The paragraph starting at `from`: up to the next blank line, or a numbered line, at most paragraphChars. */
function paragraphAt(text: string, from: number): string {
	const window = text.slice(from, from + paragraphChars);
	const end = window.search(/\n[ \t]*\n|\n[ \t]*\d{1,3}[.)\t]/u);
	return end === -1 ? window : window.slice(0, end);
}

/** Whether the line starting at `at` follows another numbered line directly (no blank line between). */
function inList(text: string, at: number): boolean {
	const before = text.slice(Math.max(0, at - 400), at);
	const previous = /(?:^|\n)([^\n]*)\n$/u.exec(before)?.[1];
	return previous !== undefined && /^[ \t]*\d{1,3}[.)]/u.test(previous);
}

