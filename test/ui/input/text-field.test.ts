import {describe, expect, it} from 'vitest';
import {parseKeys} from '../../../source/ui/input/key-events.js';
import {editField, textField, typeInto, type TextField} from '../../../source/ui/input/text-field.js';

/** Types each read in turn, as the terminal delivers them. */
const type = (field: TextField, ...reads: string[]) => reads.reduce((current, read) => typeInto(current, parseKeys(read).events), field);

describe('a text field, key by key', () => {
	it('applies text and Backspace arriving in one read in order: abc, x+Backspace, d is abcd', () => {
		expect(type(textField(), 'abc', 'x\u007F', 'd').value).toBe('abcd');
	});

	it('deletes the word before the cursor with Ctrl-W', () => {
		expect(type(textField(), 'eerste woord', '\u0017', 'regel').value).toBe('eerste regel');
		expect(type(textField(), 'eerste woord  ', '\u0017').value).toBe('eerste ');
		expect(type(textField(), 'een', '\u001B\u007F').value).toBe('');
	});

	it('deletes everything before the cursor with Ctrl-U', () => {
		expect(type(textField(), 'weg ermee', '\u0015', 'nieuw').value).toBe('nieuw');
		expect(type(textField(), 'ab', '\u001B[D', '\u0015')).toEqual({value: 'b', cursor: 0});
	});

	it('moves with Left, Right, Home and End (Ctrl-A, Ctrl-E) and edits where the cursor is', () => {
		expect(type(textField(), 'bc', '\u001B[H', 'a').value).toBe('abc');
		expect(type(textField(), 'bc', '\u0001', 'a', '\u0005', 'd').value).toBe('abcd');
		expect(type(textField(), 'abd', '\u001B[D', 'c').value).toBe('abcd');
		expect(type(textField(), 'abXc', '\u001B[D\u001B[D', '\u001B[3~').value).toBe('abc');
		expect(type(textField(), 'ab', '\u001B[D', '\u001B[C', 'c').value).toBe('abc');
	});

	it('keeps the cursor at the ends and moves over a character outside the BMP as one', () => {
		expect(type(textField(), 'a', '\u001B[D\u001B[D\u001B[D', '\u007F')).toEqual({value: 'a', cursor: 0});
		expect(type(textField(), 'a😀', '\u007F').value).toBe('a');
		expect(editField({value: 'a😀b', cursor: 1}, {type: 'right'}).cursor).toBe(3);
	});

	it('takes a paste with its line breaks as spaces', () => {
		expect(type(textField(), 'notitie\rTweede').value).toBe('notitie Tweede');
	});
});
