import {describe, expect, it} from 'vitest';
import {reapplyEdit} from '../../source/ui/components/note-editor.js';

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
