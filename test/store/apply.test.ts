import {describe, expect, it} from 'vitest';
import {answerKeys, applyChange, countReviewed, firstUnreviewed, popUndo, pushUndo} from '../../source/store/apply.js';
import type {Annotations} from '../../source/store/model.js';

const now = '2026-07-01T10:00:00.000Z';
const later = '2026-07-01T11:00:00.000Z';

describe('answer keys', () => {
	it('uses the printed number, and numbers a repeated number', () => {
		expect(answerKeys([1, 2, 2, 3, 2])).toEqual(['1', '2', '2#2', '3', '2#3']);
	});
});

describe('applyChange', () => {
	it('sets a verdict and stamps the time', () => {
		expect(applyChange({}, '3', {type: 'set-verdict', verdict: 'ambivalent'}, now)).toEqual({'3': {verdict: 'ambivalent', updatedAt: now}});
	});

	it('accepts the tool values and marks them accepted; a later verdict by hand clears the mark', () => {
		const tool = {verdict: 'clear', direct: 'yes', deflects: false, confidential: false, future: true} as const;
		const accepted = applyChange({}, '1', {type: 'accept', tool}, now);
		expect(accepted['1']).toEqual({...tool, accepted: true, updatedAt: now});
		const manual = applyChange(accepted, '1', {type: 'set-verdict', verdict: 'non-reply'}, later);
		expect(manual['1']).toEqual({verdict: 'non-reply', direct: 'yes', deflects: false, confidential: false, future: true, updatedAt: later});
	});

	it('toggles a flag from its current value', () => {
		const once = applyChange({}, '1', {type: 'toggle-flag', flag: 'deflects', current: false}, now);
		expect(once['1']?.deflects).toBe(true);
		const twice = applyChange(once, '1', {type: 'toggle-flag', flag: 'deflects', current: true}, now);
		expect(twice['1']?.deflects).toBe(false);
	});

	it('sets the yes/no reading, including "none"', () => {
		expect(applyChange({}, '1', {type: 'set-direct', direct: 'no'}, now)['1']?.direct).toBe('no');
		expect(applyChange({}, '1', {type: 'set-direct', direct: null}, now)['1']?.direct).toBeNull();
	});

	it('sets a trimmed note, and removes it when emptied', () => {
		const noted = applyChange({'1': {verdict: 'clear', updatedAt: now}}, '1', {type: 'set-note', note: '  ontwijkend  '}, later);
		expect(noted['1']).toEqual({verdict: 'clear', note: 'ontwijkend', updatedAt: later});
		expect(applyChange(noted, '1', {type: 'set-note', note: ''}, later)['1']).toEqual({verdict: 'clear', updatedAt: later});
	});

	it('drops an annotation that held only a note once the note is removed', () => {
		const noted = applyChange({}, '2', {type: 'set-note', note: 'x'}, now);
		expect(applyChange(noted, '2', {type: 'set-note', note: ' '}, now)).toEqual({});
	});

	it('never changes its input', () => {
		const before: Annotations = Object.freeze({'1': Object.freeze({verdict: 'clear' as const, updatedAt: now})});
		applyChange(before, '1', {type: 'set-verdict', verdict: 'ambivalent'}, later);
		expect(before['1']?.verdict).toBe('clear');
	});
});

describe('progress', () => {
	const annotations: Annotations = {'1': {verdict: 'clear', updatedAt: now}, '2': {note: 'only a note', updatedAt: now}};

	it('counts only answers with a verdict as reviewed', () => {
		expect(countReviewed(['1', '2', '3'], annotations)).toBe(1);
	});

	it('resumes at the first answer without a verdict, or the first when all are done', () => {
		expect(firstUnreviewed(['1', '2', '3'], annotations)).toBe(1);
		expect(firstUnreviewed(['1'], annotations)).toBe(0);
	});
});

describe('undo stack', () => {
	it('pops in reverse order and says when empty', () => {
		const stack = pushUndo(pushUndo([], 'a'), 'b');
		expect(popUndo(stack)).toEqual({entry: 'b', rest: ['a']});
		expect(popUndo([])).toBeUndefined();
	});

	it('forgets the oldest entries beyond its limit', () => {
		let stack: readonly number[] = [];
		for (let index = 0; index < 5; index++) {
			stack = pushUndo(stack, index, 3);
		}

		expect(stack).toEqual([2, 3, 4]);
	});
});
