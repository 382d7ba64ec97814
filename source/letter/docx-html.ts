// Turns mammoth's HTML of a Word letter into the plain-text convention the parser reads:
// one paragraph a line, footnote references as "[footnoteRef:N]", footnotes as "[N:  text]" at the end.

const entities: Readonly<Record<string, string>> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: ' '};

/** Decodes the HTML entities mammoth writes (named and numeric). */
export function decodeEntities(text: string): string {
	return text.replaceAll(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/giu, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
		if (decimal !== undefined) {
			return String.fromCodePoint(Number(decimal));
		}

		if (hex !== undefined) {
			return String.fromCodePoint(Number.parseInt(hex, 16));
		}

		return entities[name!.toLowerCase()] ?? whole;
	});
}

// Mammoth writes a footnote reference as <sup><a href="#footnote-3" id="footnote-ref-3">[3]</a></sup>
// and the notes as <li id="footnote-3"><p>text <a href="#footnote-ref-3">↑</a></p></li>.
const footnoteRef = /<sup>\s*<a href="#(?:foot|end)note-(\d+)"[^>]*>[^<]*<\/a>\s*<\/sup>/gu;
const footnoteItem = /<li id="(?:foot|end)note-(\d+)">([\s\S]*?)<\/li>/gu;
const backLink = /<a href="#(?:foot|end)note-ref-\d+">[^<]*<\/a>/gu;

/** The letter text of mammoth's HTML, with footnotes kept apart from the body. */
export function docxHtmlToText(html: string): string {
	const notes: string[] = [];
	const body = html
		.replaceAll(footnoteItem, (_, id: string, note: string) => {
			// A bracket inside a note would end the "[N:  text]" form early.
			notes.push(`[${id}:  ${inline(note.replaceAll(backLink, '')).replaceAll(']', ')').replaceAll('[', '(')}]`);
			return '';
		})
		.replaceAll(footnoteRef, (_, id: string) => `[footnoteRef:${id}]`);
	return [blocks(body), ...notes].join('\n');
}

/** Paragraph-level HTML to lines: block ends become line breaks, list items get their number. */
function blocks(html: string): string {
	// One entry per open list: its tag and how many items it has had.
	const lists: Array<{tag: string; count: number}> = [];
	const withMarkers = html.replaceAll(/<(\/?)(ol|ul|li)\b[^>]*>/gu, (_, closing: string, tag: string) => {
		const list = lists.at(-1);
		if (tag !== 'li') {
			if (closing) {
				lists.pop();
			} else {
				lists.push({tag, count: 0});
			}

			return '\n';
		}

		if (closing || list === undefined) {
			return '\n';
		}

		list.count++;
		return list.tag === 'ol' ? `\n${list.count}. ` : '\n- ';
	});
	return withMarkers
		.replaceAll(/<br\s*\/?>/gu, '\n')
		.replaceAll(/<\/(?:p|h[1-6]|tr|table)>/gu, '\n')
		.replaceAll(/<\/td>/gu, '\n')
		.split('\n')
		.map(line => inline(line))
		.join('\n')
		.replaceAll(/\n{3,}/gu, '\n\n')
		.trim();
}

/** Inline HTML to text: tags dropped, entities decoded, runs of spaces made one. */
function inline(html: string): string {
	return decodeEntities(html.replaceAll(/<[^>]*>/gu, '')).replaceAll(/[ \t]+/gu, ' ').trim();
}
