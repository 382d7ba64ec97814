// Terminal escape sequences (CSI, OSC, and two-character ESC sequences), C0/C1 control characters
// except newline and tab, and bidi overrides/isolates that could reorder what a reviewer sees.
const escapeSequences = /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]?|\u009D[^\u0007\u009C]*[\u0007\u009C]?/gu;
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/** Text that is safe to print to a terminal: no escape sequences, control or bidi characters. */
export function safeText(text: string): string {
	return text.replace(escapeSequences, '').replace(controls, '');
}
