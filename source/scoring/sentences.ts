import {trimRange} from '../text/trim-range.js';

/** A sentence of a text, with its offsets (end exclusive). */
export type Sentence = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
};

const segmenter = new Intl.Segmenter('nl', {granularity: 'sentence'});

// PDF text glues sentences at line breaks ("door.Wanneer"): a full stop, question or exclamation
// mark directly followed by a capital also ends a sentence. Abbreviations are lower case ("o.a.").
const gluedBoundary = /[.?!](?=[\p{Lu}«"“(])/gu;

/** Splits a text into sentences with Intl.Segmenter, plus the boundaries PDF extraction glued shut. */
export function splitSentences(text: string): Sentence[] {
	const cuts = new Set<number>();
	for (const segment of segmenter.segment(text)) {
		cuts.add(segment.index);
	}

	for (const match of text.matchAll(gluedBoundary)) {
		cuts.add(match.index + 1);
	}

	for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
		// A paragraph break always ends a sentence.
		if (text[index + 1] === '\n' || /[.?!:]\s*$/u.test(text.slice(Math.max(0, index - 3), index))) {
			cuts.add(index + 1);
		}
	}

	const sorted = [...cuts].filter(cut => cut > 0 && cut < text.length).sort((a, b) => a - b);
	const sentences: Sentence[] = [];
	let start = 0;
	for (const cut of [...sorted, text.length]) {
		pushTrimmed(text, start, cut, sentences);
		start = cut;
	}

	return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: Sentence[]): void {
	const [from, to] = trimRange(text, start, end);
	if (to > from) {
		into.push({text: text.slice(from, to), start: from, end: to});
	}
}


// Intl.Segmenter reads about 8 MB/s here, too slow to segment every answer of a 40 MB corpus in
// full; the heuristics only need the opening sentences and the sentences around their matches.
// Most Dutch answer sentences are under 300 characters; windows grow when one is longer.
const windowChars = 350;

/** Sentences of one answer, segmented lazily: the opening, and the sentence around an offset. */
export class AnswerSentences {
	// The longest opening segmented so far: the text up to `end`, in sentences.
	private prefix: {end: number; sentences: readonly Sentence[]} = {end: 0, sentences: []};
	private readonly around = new Map<number, Sentence | undefined>();

	/** The answer text. */
	readonly text: string;

	constructor(text: string) {
		this.text = text;
	}

	/** The first `count` complete sentences (fewer when the text has fewer). */
	opening(count = 1): readonly Sentence[] {
		if (count < 1) {
			return [];
		}

		// The last sentence of a window may be cut short: a window holds `count` complete ones when it
		// holds one more, or the whole text.
		const enough = () => this.prefix.end >= this.text.length || this.prefix.sentences.length > count;
		let end = Math.max(this.prefix.end, Math.min(this.text.length, windowChars * count));
		while (!enough()) {
			this.prefix = {end, sentences: splitSentences(this.text.slice(0, end))};
			end = Math.min(this.text.length, end * 2);
		}

		return this.prefix.sentences.slice(0, count);
	}

	/** The first sentence, if any. */
	get first(): Sentence | undefined {
		return this.opening(1)[0];
	}

	/** The sentence that contains offset `at`. */
	at(at: number): Sentence | undefined {
		if (this.around.has(at)) {
			return this.around.get(at);
		}

		const from = Math.max(0, at - windowChars);
		const to = Math.min(this.text.length, at + windowChars);
		const found = splitSentences(this.text.slice(from, to)).find(sentence => at >= sentence.start + from && at < sentence.end + from);
		const sentence = found && {text: found.text, start: found.start + from, end: found.end + from};
		this.around.set(at, sentence);
		return sentence;
	}
}
