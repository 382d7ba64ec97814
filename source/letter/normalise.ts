import {safeText} from '../text/safe-text.js';

/**
 * Normalises letter text once, while reading, so every offset later refers to the same string:
 * Unicode NFC, the Dutch ĳ ligature spelled out, LF line endings, non-breaking and odd spaces made
 * plain, and every terminal escape sequence, control character (except newline and tab), bidi
 * override and zero-width character removed.
 */
export function normaliseText(text: string): string {
	return safeText(text.replaceAll(/\r\n?/gu, '\n'))
		.normalize('NFC')
		.replaceAll('ĳ', 'ij')
		.replaceAll('Ĳ', 'IJ')
		.replaceAll(/[\u00A0\u2007\u202F\u2000-\u2006\u2008-\u200A]/gu, ' ')
		.replaceAll('\u00AD', '');
}
