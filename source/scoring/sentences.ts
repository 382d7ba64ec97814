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
	let from = start;
	let to = end;
	while (from < to && /\s/u.test(text[from]!)) {
		from++;
	}

	while (to > from && /\s/u.test(text[to - 1]!)) {
		to--;
	}

	if (to > from) {
		into.push({text: text.slice(from, to), start: from, end: to});
	}
}

/** The sentence that contains offset `at`, if any. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
	return sentences.find(sentence => at >= sentence.start && at < sentence.end);
}
