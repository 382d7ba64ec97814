import {trimRange} from '../text/trim-range.js';
import type {Question} from '../letter/model.js';

/** Where an answer repeats an earlier, separate answer: that answer's number and the repeated span. */
export type Repeat = {readonly number: number; readonly start: number; readonly end: number};

// Sentences this short ("Ja.", "Zie hierboven.") repeat by chance, not by copying.
const minimumWords = 6;
// Most of the answer must be copied for it to count as a repeat rather than a shared opening.
const repeatedShare = 0.6;

type KeyedSentence = {text: string; key: string; start: number; end: number};
type SplitAnswer = {readonly sentences: readonly KeyedSentence[]; readonly keys: ReadonlySet<string>; readonly length: number};

/** Each distinct answer text's sentences, split once per letter rather than once per comparison. */
export type SentenceCache = Map<string, SplitAnswer>;

/** Finds an earlier answer (not in the same group) whose sentences make up most of this answer. */
export function findRepeat(question: Question, all: readonly Question[], cache: SentenceCache = new Map()): Repeat | undefined {
	const answer = question.answer;
	if (answer === null) {
		return undefined;
	}

	const split = (text: string): SplitAnswer => {
		let found = cache.get(text);
		if (found === undefined) {
			const sentences = splitKeyed(text);
			found = {sentences, keys: new Set(sentences.map(sentence => sentence.key)), length: sentences.reduce((sum, sentence) => sum + sentence.text.length, 0)};
			cache.set(text, found);
		}

		return found;
	};

	const {sentences: own, length: total} = split(answer);
	if (total === 0) {
		return undefined;
	}

	for (const other of all) {
		if (other.number >= question.number || other.answer === null || question.answeredWith.includes(other.number) || other.answer === answer) {
			continue;
		}

		const theirs = split(other.answer).keys;
		const copied = own.filter(s => theirs.has(s.key));
		const copiedLength = copied.reduce((sum, s) => sum + s.text.length, 0);
		if (copied.length > 0 && copiedLength / total >= repeatedShare) {
			return {number: other.number, start: copied[0]!.start, end: copied.at(-1)!.end};
		}
	}

	return undefined;
}

const sentencePattern = /[^.!?\n]+[.!?]?/g;
// Runs of anything but letters and digits (Latin, Greek and Cyrillic; other scripts count as
// separators, which only makes two sentences more alike). Plain ranges keep this pass cheap.
const separators = /[^a-z0-9\u00DF-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF]+/g;

function splitKeyed(text: string): KeyedSentence[] {
	const found: KeyedSentence[] = [];
	// Lower-cased once per answer; when that changes the length ("İ"), sentence by sentence.
	const whole = text.toLowerCase();
	const lower = whole.length === text.length ? whole : undefined;
	sentencePattern.lastIndex = 0;
	for (let match = sentencePattern.exec(text); match !== null; match = sentencePattern.exec(text)) {
		const raw = match[0];
		const start = match.index;
		// The words, lower-cased and joined by single spaces: copies match whatever their spacing.
		const words = lower === undefined ? raw.toLowerCase() : lower.slice(start, start + raw.length);
		const key = words.replaceAll(separators, ' ').trim();
		if (countSpaces(key, minimumWords - 1) < minimumWords - 1) {
			continue;
		}

		const [from, to] = trimRange(text, start, start + raw.length);
		found.push({text: text.slice(from, to), key, start: from, end: to});
	}

	return found;
}

/** Spaces in `text`, counted up to `enough`. */
function countSpaces(text: string, enough: number): number {
	let count = 0;
	for (let index = text.indexOf(' '); index !== -1 && count < enough; index = text.indexOf(' ', index + 1)) {
		count++;
	}

	return count;
}
