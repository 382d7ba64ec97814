// A letter converted from PDF to Markdown ("## Vraag 1", "**Antwoord 2**", "-----" between pages,
// "[1 ]" or "[^1]" note marks, "1\. Kunt u" escaped). The readers read plain text, so the Markdown is
// taken off here, once, before anything else reads the letter; other text comes back unchanged.

// Lines that only Markdown writes: a heading, a bold line, a rule, a note's definition.
const headingLine = /^#{1,6}[ \t]+\S/mu;
const boldLine = /^[ \t]*(?:\*\*|__)\S[^\n]*?(?:\*\*|__)[ \t]*$/mu;
const ruleLine = /^[ \t]*(?:-[ \t]*){3,}$|^[ \t]*(?:\*[ \t]*){3,}$|^[ \t]*(?:_[ \t]*){3,}$/mu;
// The same, for one line on its own.
const ruleOnly = new RegExp(ruleLine.source, 'u');
const noteDefinition = /^[ \t]*\[\^?(\d{1,3})[ \t]*\]:?[ \t]+(\S[^\n]*)$/gmu;
// A note mark in the text: "[1 ]", "[1]", "[^1]", "<sup>1</sup>" (not a link's "[1](…)" nor a definition).
const noteMark = /[ \t]?\[\^?(\d{1,3})[ \t]*\](?![(:])|<sup>[ \t]*(\d{1,3})[ \t]*<\/sup>/gu;
// Bold and italic around words; "*" or "_" alone is text.
const emphasis = /(\*\*|__)(?=\S)([^\n]*?\S)\1|(?<![\p{L}\d*])\*(?=[^\s*])([^\n*]*?[^\s*])\*(?![\p{L}\d*])/gu;
const escaped = /\\([\\`*_{}[\]()#+\-.!>|])/gu;
const sentenceEnd = /[.?!:;»"”)][ \t]*$/u;

/** Whether the text is Markdown: at least two lines only Markdown writes. */
export function isMarkdown(text: string): boolean {
	let signs = 0;
	for (const pattern of [headingLine, boldLine, ruleLine]) {
		signs += pattern.test(text) ? 1 : 0;
	}

	return signs >= 2 || (text.match(/^#{1,6}[ \t]+\S/gmu)?.length ?? 0) >= 2 || (text.match(/^[ \t]*\*\*\S[^\n]*?\*\*[ \t]*$/gmu)?.length ?? 0) >= 2;
}

/**
 * The plain text of a Markdown letter: headings, emphasis and escapes taken off, a page break ("-----")
 * joining a sentence it cut ("… de" / "-----" / "regeling …") or else a paragraph break, a note's
 * definition as a Word footnote ("[1:  Kamerstuk …]") and its mark as a Word footnote reference, which
 * the reader keeps out of the text and lists with the footnotes.
 */
export function fromMarkdown(text: string): string {
	if (!isMarkdown(text)) {
		return text;
	}

	return joinPageBreaks(text)
		.replaceAll(/^#{1,6}[ \t]+/gmu, '')
		.replaceAll(/[ \t]+#+[ \t]*$/gmu, '')
		.replaceAll(/<br\s*\/?>/giu, '\n')
		.replaceAll(noteDefinition, (_, id: string, note: string) => `[${id}:  ${note.replaceAll(']', ')')}]`)
		.replaceAll(noteMark, (_, bracketed: string | undefined, superscript: string | undefined) => `[footnoteRef:${bracketed ?? superscript ?? ''}]`)
		.replaceAll(emphasis, (_, strong: string | undefined, strongText: string | undefined, italic: string | undefined) => strong === undefined ? italic ?? '' : strongText ?? '')
		.replaceAll(escaped, '$1');
}

/** The text with each rule line taken out: the sentence it cut joined again, else a paragraph break. */
function joinPageBreaks(text: string): string {
	const lines = text.split('\n');
	const out: string[] = [];
	for (let index = 0; index < lines.length; index++) {
		if (!ruleOnly.test(lines[index]!)) {
			out.push(lines[index]!);
			continue;
		}

		while (out.length > 0 && out.at(-1)!.trim() === '') {
			out.pop();
		}

		let next = index + 1;
		while (next < lines.length && lines[next]!.trim() === '') {
			next++;
		}

		const previous = out.at(-1);
		if (previous !== undefined && next < lines.length && !sentenceEnd.test(previous) && /^[ \t]*\p{Ll}/u.test(lines[next]!)) {
			out[out.length - 1] = `${previous.trimEnd()} ${lines[next]!.trim()}`;
			index = next;
		} else {
			out.push('');
			index = next - 1;
		}
	}

	return out.join('\n');
}
