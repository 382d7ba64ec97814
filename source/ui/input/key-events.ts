// Raw terminal input turned into key events, one per key, in the order they arrived. Pure.
//
// Ink hands its input listeners each read split only at escape sequences: "abcx\u007F" (text and a
// Backspace typed ahead of the screen) is one string. Reading such a string as one key garbles it;
// here every character is a key of its own, so a text field and the key table see every key, in order.

/** The keys besides printable characters that a screen may bind. */
export type SpecialKeyName =
	| 'return'
	| 'escape'
	| 'backspace'
	| 'delete'
	| 'left'
	| 'right'
	| 'up'
	| 'down'
	| 'home'
	| 'end'
	| 'pageUp'
	| 'pageDown'
	| 'tab'
	/** Ctrl-W (and Alt-Backspace): the word before the cursor. */
	| 'deleteWord'
	/** Ctrl-U: everything before the cursor. */
	| 'deleteToStart'
	/** Ctrl-C. */
	| 'interrupt';

/** One key. `first` is true for the first key of a read: a key typed ahead of the screen is not first. */
export type KeyEvent =
	| {
		readonly kind: 'char';
		/** One printable character (a whole code point). */
		readonly char: string;
		/** Part of a paste (bracketed, or a line break inside a read): text, never a command. */
		readonly pasted: boolean;
		readonly first: boolean;
	}
	| {readonly kind: 'special'; readonly name: SpecialKeyName; readonly first: boolean};

/** Escape sequences (without the leading ESC) and the keys they are; modifiers are ignored. */
const sequences: ReadonlyArray<readonly [RegExp, SpecialKeyName]> = [
	[/^\[(?:1;\d+)?A$|^OA$/u, 'up'],
	[/^\[(?:1;\d+)?B$|^OB$/u, 'down'],
	[/^\[(?:1;\d+)?C$|^OC$/u, 'right'],
	[/^\[(?:1;\d+)?D$|^OD$/u, 'left'],
	[/^\[(?:1;\d+)?H$|^OH$|^\[[17](?:;\d+)?~$/u, 'home'],
	[/^\[(?:1;\d+)?F$|^OF$|^\[[48](?:;\d+)?~$/u, 'end'],
	[/^\[3(?:;\d+)?~$/u, 'delete'],
	[/^\[5(?:;\d+)?~$/u, 'pageUp'],
	[/^\[6(?:;\d+)?~$/u, 'pageDown'],
	[/^\[Z$/u, 'tab'],
];

/** Control characters that are keys. */
const controls: Readonly<Record<string, SpecialKeyName>> = {
	'\u0001': 'home', // Ctrl-A
	'\u0005': 'end', // Ctrl-E
	'\u0002': 'left', // Ctrl-B
	'\u0006': 'right', // Ctrl-F
	'\u0004': 'delete', // Ctrl-D
	'\b': 'backspace', // Ctrl-H
	'\u007F': 'backspace', // what the Backspace key sends
	'\u0017': 'deleteWord', // Ctrl-W
	'\u0015': 'deleteToStart', // Ctrl-U
	'\u0003': 'interrupt', // Ctrl-C
	'\t': 'tab',
};

const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';

/** The outcome of one read: its keys, and whether a bracketed paste is still open after it. */
export type ParsedInput = {readonly events: KeyEvent[]; readonly inPaste: boolean};

/**
 * The keys of one read from the terminal (as Ink emits it: a run of characters, or one escape
 * sequence). `inPaste` carries a bracketed paste (ESC[200~ … ESC[201~) across reads. Line breaks in
 * a paste are spaces; outside one, a line break inside a read is a pasted space too, while one that
 * ends the read is the Enter key (typed ahead after text, as `tmux send-keys text Enter` sends it).
 */
export function parseKeys(raw: string, inPaste = false): ParsedInput {
	const events: KeyEvent[] = [];
	let pasting = inPaste;
	const tokens = raw.match(tokenPattern) ?? [];
	for (const [index, token] of tokens.entries()) {
		if (token === pasteStart || token === pasteEnd) {
			pasting = token === pasteStart;
		} else if (token.startsWith('\u001B')) {
			events.push(...escapeKey(token, pasting));
		} else {
			events.push(...characterKeys(token, pasting, index === tokens.length - 1));
		}
	}

	return {events: events.map((event, index) => ({...event, first: index === 0})), inPaste: pasting};
}

// Escape sequences (CSI, SS3, ESC with one character) and the runs of characters between them.
const tokenPattern = /\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]|\u001BO[\u0040-\u007E]|\u001B\u001B?(?:[^\u001B\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])?|[^\u001B]+/gu;

/** The keys of a run of characters; `endsRead` when nothing follows it in this read. */
function characterKeys(run: string, inPaste: boolean, endsRead: boolean): KeyEvent[] {
	const events: KeyEvent[] = [];
	const characters = [...run];
	for (const [index, character] of characters.entries()) {
		const first = false;
		if (character === '\r' || character === '\n') {
			// "\r\n" is one line break.
			if (character === '\n' && characters[index - 1] === '\r') {
				continue;
			}

			const rest = characters.slice(index + 1).join('');
			const last = endsRead && (rest === '' || (character === '\r' && rest === '\n'));
			events.push(!inPaste && last
				? {kind: 'special', name: 'return', first}
				: {kind: 'char', char: ' ', pasted: true, first});
			continue;
		}

		const control = controls[character];
		if (control !== undefined) {
			if (!inPaste) {
				events.push({kind: 'special', name: control, first});
			} else if (control === 'tab') {
				events.push({kind: 'char', char: ' ', pasted: true, first});
			}

			continue;
		}

		if (isPrintable(character)) {
			events.push({kind: 'char', char: character, pasted: inPaste, first});
		}
	}

	return events;
}

function escapeKey(raw: string, inPaste: boolean): KeyEvent[] {
	if (inPaste) {
		return [];
	}

	if (raw === '\u001B' || raw === '\u001B\u001B') {
		return [{kind: 'special', name: 'escape', first: true}];
	}

	// Alt-Backspace deletes a word, as in a shell.
	if (raw === '\u001B\u007F' || raw === '\u001B\b') {
		return [{kind: 'special', name: 'deleteWord', first: true}];
	}

	const body = raw.replace(/^\u001B+/u, '');
	const match = sequences.find(([pattern]) => pattern.test(body));
	if (match !== undefined) {
		return [{kind: 'special', name: match[1], first: true}];
	}

	// ESC and one character: Esc typed just before a key (or Alt with it, as terminals send it), read as both.
	if ([...body].length === 1) {
		return [{kind: 'special', name: 'escape', first: true}, ...characterKeys(body, false, false)];
	}

	// Any other sequence (a function key) is no key of ours: dropped, never text.
	return [];
}

/** True for a character that may stand in text: not a control character, not a lone surrogate. */
function isPrintable(character: string): boolean {
	const code = character.codePointAt(0) ?? 0;
	if (code < 0x20 || (code >= 0x7F && code <= 0x9F)) {
		return false;
	}

	return !(code >= 0xD8_00 && code <= 0xDF_FF);
}
