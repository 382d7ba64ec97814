import {describe, expect, it} from 'vitest';
import {insertedText, reapplyEdit} from '../../source/ui/components/note-editor.js';

describe('an edit computed from a value a few keys old', () => {
	it('is the edit itself when nothing came in between', () => {
		expect(reapplyEdit('ab', 'abc', 'ab')).toBe('abc');
		expect(reapplyEdit('abc', 'aXbc', 'abc')).toBe('aXbc');
	});

	it('lands at the end of the latest value when it was made at the end: typing and backspace', () => {
		expect(reapplyEdit('', 'd', 'abc')).toBe('abcd');
		expect(reapplyEdit('abc', 'ab', 'abcd')).toBe('abc');
		expect(reapplyEdit('note ', 'note x', 'note abc')).toBe('note abcx');
	});

	it('is taken as computed when it was made inside the text, where it cannot be placed', () => {
		expect(reapplyEdit('abcd', 'aXbcd', 'abcde')).toBe('aXbcd');
	});
});

describe('the text an edit put in', () => {
	it('is what lies between the start and the end both values share', () => {
		expect(insertedText('hello world', 'hello X\rworld')).toBe('X\r');
		expect(insertedText('', 'hallo\r')).toBe('hallo\r');
		expect(insertedText('ab', 'a')).toBe('');
	});
});
