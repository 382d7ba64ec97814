// JSON text that is safe to print: JSON.stringify leaves C1 controls (such as CSI, U+009B), DEL,
// soft hyphens, zero-width and word-joining, line-separator and bidi characters raw, and a terminal or editor would act on them.
// Escaped as \uXXXX they keep the data exactly and cannot act.
const unsafeInJson = /[\u007F-\u009F\u00AD\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u061C]/gu;

/** `JSON.stringify(value, null, indent)` with the characters above escaped. */
export function safeJson(value: unknown, indent = 2): string {
	return JSON.stringify(value, null, indent).replace(unsafeInJson, character => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}
