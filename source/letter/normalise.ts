import {stripEscapes} from '../text/safe-text.js';

// Characters dropped outright: C0/C1 controls except tab and newline, zero-width characters and the
// BOM, soft hyphens, and the bidi embeddings, overrides and isolates that can reorder what is shown.
const dropped = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
// Non-breaking and other fixed-width spaces read as a plain space.
const oddSpaces = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
// Every character the passes below change, besides NFC: carriage returns, escape sequences' first
// characters, what `dropped` and `oddSpaces` match, and the ĳ ligature. Most letters hold none of
// them, and one test for them all is a sixth of the time of the five passes that would change nothing.
const needsCleaning = /[\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u00AD\u0132\u0133\u061C\u2000-\u200F\u202A-\u202F\u205F-\u2064\u2066-\u2069\u3000\uFEFF]/u;

/**
 * Normalises letter text once, while reading, so every offset later refers to the same string:
 * LF line endings, terminal escape sequences and control, bidi and zero-width characters removed,
 * odd spaces made plain, Unicode NFC, and the Dutch ĳ ligature spelled out. Runs in linear time.
 */
export function normaliseText(text: string): string {
	// NFC makes none of those characters (no canonical composition gives a control, a space or ĳ).
	if (!needsCleaning.test(text)) {
		return text.normalize('NFC');
	}

	return stripEscapes(text.replaceAll(/\r\n?/gu, '\n'))
		.replace(dropped, '')
		.replace(oddSpaces, ' ')
		.normalize('NFC')
		.replaceAll('ĳ', 'ij')
		.replaceAll('Ĳ', 'IJ');
}
