import {describe, expect, it} from 'vitest';
import {scoreLetter} from '../../source/scoring/index.js';
import {parseKeys} from '../../source/ui/input/key-events.js';
import {keyTable} from '../../source/ui/keys.js';
import {initialReviewState, reviewReducer, type ReviewState} from '../../source/ui/state.js';
import {reviewerReducer} from '../../source/ui/key-routing.js';
import {sampleLetter} from '../fixtures/review/letters.js';

const routing = {now: '2026-07-01T10:00:00.000Z', page: 5, maxScroll: 10, table: keyTable};
const start = initialReviewState(scoreLetter(sampleLetter()).answers, {});
/** The state after each read in turn, as the terminal delivers them. */
const read = (state: ReviewState, ...reads: string[]) => reads.reduce((current, raw) => reviewerReducer(current, {type: 'keys', events: parseKeys(raw).events, routing}), state);

describe('keys read in the mode the keys before them left', () => {
	it('reads each character of a read as a key of its own', () => {
		const state = read(start, '12');
		expect(state.annotations['1']?.verdict).toBe('clear');
		expect(state.annotations['2']?.verdict).toBe('ambivalent');
		expect(state.selected).toBe(2);
	});

	it('types what follows e into the note, in the same read or the next', () => {
		const state = read(start, 'jjeab', 'c');
		expect(state.mode).toBe('note');
		expect(state.selected).toBe(2);
		expect(state.note?.value).toBe('abc');
		const saved = read(state, '\r');
		expect(saved.annotations['3']?.note).toBe('abc');
		expect(saved.mode).toBe('browse');
	});

	it('quits only when q comes first in a read, and reads nothing after it', () => {
		expect(read(start, '1q').effect).toBeUndefined();
		const quit = read(start, 'q1');
		expect(quit.effect?.kind).toBe('quit');
		expect(quit.annotations).toEqual({});
	});

	it('never reads pasted text as commands', () => {
		const state = read(start, '\u001B[200~123q\u001B[201~');
		expect(state.annotations).toEqual({});
		expect(state.effect).toBeUndefined();
	});

	it('leaves on Ctrl-C from any mode, and asks before quitting with a change not saved', () => {
		expect(read(start, '\u0003').effect?.kind).toBe('interrupt');
		expect(read(start, 'eab\u0003').effect?.kind).toBe('interrupt');
		const failed = reviewerReducerSaveFailed(read(start, '1'));
		const asked = read(failed, 'q');
		expect(asked.mode).toBe('unsaved');
		expect(asked.effect).toBeUndefined();
		expect(read(asked, 'q').effect?.kind).toBe('quit-anyway');
		expect(read(asked, '\u001B').mode).toBe('browse');
	});

	it('answers a note draft offered back with Enter or Esc only; q quits and keeps it, Ctrl-C too', () => {
		const offered = initialReviewState(scoreLetter(sampleLetter()).answers, {}, {'2': 'half'});
		expect(offered.mode).toBe('draft');
		const ignored = read(offered, '1jxe');
		expect(ignored.annotations).toEqual({});
		expect(ignored.mode).toBe('draft');
		expect(ignored.selected).toBe(1);
		expect(read(offered, 'q').effect?.kind).toBe('quit');
		expect(read(offered, 'q').drafts).toEqual({'2': 'half'});
		expect(read(offered, '\u0003').effect?.kind).toBe('interrupt');
		const resumed = read(offered, '\r', 'f');
		expect(resumed.mode).toBe('note');
		expect(resumed.note?.value).toBe('halff');
		expect(read(offered, '\u001B').drafts).toEqual({});
	});
});

function reviewerReducerSaveFailed(state: ReviewState): ReviewState {
	return reviewReducer(state, {type: 'save-failed', error: 'disk full'});
}
