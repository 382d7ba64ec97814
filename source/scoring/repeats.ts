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

function splitKeyed(text: string): KeyedSentence[] {
	const found: KeyedSentence[] = [];
	for (const match of text.matchAll(/[^.!?\n]+[.!?]?/gu)) {
		const raw = match[0];
		// The words, lower-cased and joined by single spaces: copies match whatever their spacing.
		const key = raw.toLowerCase().replaceAll(/[^\p{L}\p{N}]+/gu, ' ').trim();
		if (key.split(' ', minimumWords).length < minimumWords) {
			continue;
		}

		const lead = raw.length - raw.trimStart().length;
		found.push({text: raw.trim(), key, start: match.index + lead, end: match.index + lead + raw.trim().length});
	}

	return found;
}
