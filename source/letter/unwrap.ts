// Hard-wrapped text (pdftotext output, an e-mailed letter, `fold`): every paragraph broken into lines
// of at most ~80 characters. The readers expect one line per paragraph, as Word text and the published
// Aanhangsel text have it, so a wrapped question ended at its first line and the rest was read as the
// answer. Such text is rejoined here, before anything else reads it; other text is left as it is.

// A line that starts a question ("1. ", "a) "), an answer, a letter part or a footnote ("1 Ter inzage
// …"), or is a page number or a running header or footer: never joined to the line before it.
const structural = /^[ \t]*(?:\d+[ \t]*$|\d{1,3}[.)](?:[ \t]|$)|\d{1,2} \p{Lu}\p{Ll}|[a-z][.)][ \t]|[-•–*][ \t])|ISSN/u;
const structuralWord = /^[ \t]*(?:Vra(?:ag|gen)\b|Antwoord|Aanhangsel|Datum\b|Onderwerp\b|Kenmerk\b|Ons kenmerk|Uw kenmerk|Pagina\b|Bijlage|Toelichting\b|Mededeling|Tweede Kamer|Eerste Kamer|Vergaderjaar|ah-tk-|kst-)/iu;
// A question of a scanned page ("1Is de regering …") right after the line that dates the questions.
const ocrQuestion = /^[ \t]*\d{1,3}\p{Lu}/u;
const endsWithParenthesis = /\)[ \t]*$/u;
// A line that is itself a marker ("Vraag 3", "Antwoord op vraag 2"): the next line is never joined to it.
const markerLine = /^[ \t]*(?:Vra(?:ag|gen)|Antwoord(?:en)?(?: op (?:de )?vra(?:ag|gen))?)[ \t]*[\d ,en–-]*[:.]?[ \t]*$/iu;
// A line that ends a sentence, and a line that ends a question: after a question comes its answer.
const endsSentence = /[.?!:;)"”’»][ \t]*$/u;
const endsQuestion = /\?[\s"”’»)]*$/u;
// Running headers and footers, page numbers: the next line is never joined onto one either.
const furniture = /^[ \t]*(?:\d+[ \t]*$|Tweede Kamer, vergaderjaar|Eerste Kamer, vergaderjaar|ah-tk-|kst-)|ISSN/u;
// The rest of a running footer broken by the wrapping ("… Tweede Kamer, vergaderjaar" + "2024–2025,
// Aanhangsel 1"): joined to it, so the footer is whole and is removed as one.
const footerTail = /^[ \t]*\d{4}[–-]\d{4},? Aanhangsel\b/u;
// A question that goes on after a '?' broken at a line end ("… DigiD?" + "Welke risico's … verminderen?"):
// the next line starts in lower case, or its first sentence, read on over a few lines, ends in '?'.
// An answer starts otherwise ("Ja.", "Het kabinet …") and seldom asks.
const startsLowercase = /^[ \t]*\p{Ll}/u;

function questionGoesOn(lines: readonly string[], index: number): boolean {
	if (startsLowercase.test(lines[index]!)) {
		return true;
	}

	for (const line of lines.slice(index, index + 6)) {
		const end = /[.?!]/u.exec(line);
		if (end !== null) {
			return end[0] === '?';
		}

		if (line.trim() === '') {
			return false;
		}
	}

	return false;
}

const letterBeforeHyphen = /\p{L}-$/u;

/**
 * The width the text was wrapped at, or undefined when it was not: at least 12 lines, 95 in 100 of
 * them at most 120 characters, at least a third of them within a fifth of that width (the full lines
 * of wrapped paragraphs), and most of those full lines ending inside a sentence, where a wrap breaks
 * it. Text with one line per paragraph has lines of several hundred characters, and when its
 * paragraphs are short, its lines end where their sentences do.
 */
export function wrapWidth(text: string): number | undefined {
	return widthOf(text.split('\n'));
}

function widthOf(lines: readonly string[]): number | undefined {
	const trimmed = lines.map(line => line.trimEnd()).filter(line => line.length > 0);
	const lengths = trimmed.map(line => line.length).sort((a, b) => a - b);
	if (lengths.length < 12) {
		return undefined;
	}

	const width = lengths[Math.floor(lengths.length * 0.95)]!;
	if (width > 120 || width < 40) {
		return undefined;
	}

	const fullLines = trimmed.filter(line => line.length >= width * 0.8);
	const broken = fullLines.filter(line => !endsSentence.test(line)).length;
	return fullLines.length * 3 >= lengths.length && broken * 2 > fullLines.length ? width : undefined;
}

/** Rejoins the paragraphs of hard-wrapped text; text that is not hard-wrapped comes back unchanged. */
export function unwrapLines(text: string): string {
	const lines = text.split('\n');
	const width = widthOf(lines);
	if (width === undefined) {
		return text;
	}

	const out: string[] = [];
	for (const [index, line] of lines.entries()) {
		// The line as it was, not as joined so far: only a full line was broken by the wrapping.
		const before = index === 0 ? undefined : lines[index - 1]!;
		const previous = out.at(-1);
		const joins = previous !== undefined && before !== undefined
			&& before.trimEnd().length >= width * 0.6
			&& line.trim() !== ''
			&& !structural.test(line)
			&& !structuralWord.test(line)
			&& !(ocrQuestion.test(line) && endsWithParenthesis.test(before))
			&& (!endsQuestion.test(before) || questionGoesOn(lines, index))
			&& (!furniture.test(before) || footerTail.test(line))
			&& !markerLine.test(before);
		if (!joins) {
			out.push(line);
			continue;
		}

		const joined = previous.trimEnd();
		const after = line.trimStart();
		// "regelge-" + "ving": a word broken at the line end; "Noord-" + "Holland": a hyphenated name.
		const hyphen = letterBeforeHyphen.test(joined);
		out[out.length - 1] = hyphen ? (startsLowercase.test(after) ? `${joined.slice(0, -1)}${after}` : `${joined}${after}`) : `${joined} ${after}`;
	}

	return out.join('\n');
}
