import {describe, expect, it} from 'vitest';
import {parseKeys, type KeyEvent} from '../../../source/ui/input/key-events.js';

const names = (events: readonly KeyEvent[]) => events.map(event => (event.kind === 'char' ? (event.pasted ? `paste:${event.char}` : event.char) : `<${event.name}>`));

describe('one read from the terminal', () => {
	it('is one key per character, editing keys included, in the order typed', () => {
		expect(names(parseKeys('x\u007F').events)).toEqual(['x', '<backspace>']);
		expect(names(parseKeys('ab\u0017c\u0015\u0001\u0005\b').events)).toEqual(['a', 'b', '<deleteWord>', 'c', '<deleteToStart>', '<home>', '<end>', '<backspace>']);
	});

	it('marks only the first key of a read as first', () => {
		expect(parseKeys('1q').events.map(event => event.first)).toEqual([true, false]);
	});

	it('reads escape sequences as the keys they are, and drops the ones it does not know', () => {
		expect(names(parseKeys('\u001B[3~').events)).toEqual(['<delete>']);
		expect(names(parseKeys('\u001B[H').events)).toEqual(['<home>']);
		expect(names(parseKeys('\u001B[4~').events)).toEqual(['<end>']);
		expect(names(parseKeys('\u001B[1;5D').events)).toEqual(['<left>']);
		expect(names(parseKeys('\u001B').events)).toEqual(['<escape>']);
		expect(names(parseKeys('\u001B[15~').events)).toEqual([]);
		// Esc typed just before a key arrives with it: both are read.
		expect(names(parseKeys('\u001B?').events)).toEqual(['<escape>', '?']);
	});

	it('reads Enter alone, or ending a read, as Enter; a line break inside a read is a pasted space', () => {
		expect(names(parseKeys('\r').events)).toEqual(['<return>']);
		expect(names(parseKeys('ok\r').events)).toEqual(['o', 'k', '<return>']);
		expect(names(parseKeys('notitie\rTweede').events)).toEqual([...'notitie', 'paste: ', ...'Tweede']);
		expect(names(parseKeys('a\r\nb').events)).toEqual(['a', 'paste: ', 'b']);
	});

	it('reads a bracketed paste as text that never submits, across reads', () => {
		const start = parseKeys('\u001B[200~');
		expect(start).toEqual({events: [], inPaste: true});
		const body = parseKeys('notitie\rTweede\r', true);
		expect(names(body.events)).toEqual([...'notitie', ' ', ...'Tweede', ' '].map(char => `paste:${char}`));
		expect(body.inPaste).toBe(true);
		expect(parseKeys('\u001B[201~', true)).toEqual({events: [], inPaste: false});
	});

	it('never lets a control character through as text', () => {
		expect(names(parseKeys('a\u0007\u009Bb\u0000').events)).toEqual(['a', 'b']);
	});
});
