import {describe, expect, it} from 'vitest';
import {scoreLetter} from '../../source/scoring/index.js';
import {draftsToKeep, initialReviewState, reviewReducer, selectedAnswer, type ReviewAction, type ReviewState} from '../../source/ui/state.js';
import {sampleLetter} from '../fixtures/review/letters.js';

const now = '2026-07-01T10:00:00.000Z';
const scorecard = scoreLetter(sampleLetter());
const start = initialReviewState(scorecard.answers, {});
const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);

describe('the reviewer reducer', () => {
	it('starts at the first answer not yet reviewed', () => {
		expect(start.selected).toBe(0);
		const resumed = initialReviewState(scorecard.answers, {'1': {verdict: 'clear', updatedAt: now}, '2': {verdict: 'clear', updatedAt: now}});
		expect(resumed.selected).toBe(2);
	});

	it('moves next, previous, first and last, and stops at the ends', () => {
		expect(run(start, {type: 'move', to: 'next'}).selected).toBe(1);
		expect(run(start, {type: 'move', to: 'previous'}).selected).toBe(0);
		expect(run(start, {type: 'move', to: 'last'}).selected).toBe(5);
		expect(run(start, {type: 'move', to: 'last'}, {type: 'move', to: 'next'}).selected).toBe(5);
		expect(run(start, {type: 'move', to: 'last'}, {type: 'move', to: 'first'}).selected).toBe(0);
	});

	it('scrolls within 0 and the maximum, and resets the scroll on a move', () => {
		const down = run(start, {type: 'scroll', by: 10, max: 4});
		expect(down.scroll).toBe(4);
		expect(run(down, {type: 'scroll', by: -10, max: 4}).scroll).toBe(0);
		expect(run(down, {type: 'move', to: 'next'}).scroll).toBe(0);
	});

	it('scrolls from the visible position when the pane grew since (a resize)', () => {
		const far = run(start, {type: 'scroll', by: 20, max: 20});
		expect(run(far, {type: 'scroll', by: -5, max: 8}).scroll).toBe(3);
	});

	it('sets a verdict and moves to the next answer', () => {
		const next = run(start, {type: 'verdict', verdict: 'ambivalent', now});
		expect(next.annotations['1']).toEqual({verdict: 'ambivalent', updatedAt: now});
		expect(next.selected).toBe(1);
	});

	it("accepts the tool's verdict and flags and moves on", () => {
		const tool = scorecard.answers[0]!;
		const next = run(start, {type: 'accept', now});
		expect(next.annotations['1']).toMatchObject({verdict: tool.clarity, direct: tool.flags.direct.value, deflects: tool.flags.deflects.value, accepted: true});
		expect(next.selected).toBe(1);
	});

	it('toggles a flag against the value currently shown, and back', () => {
		const tool = scorecard.answers[0]!.flags.future.value;
		const once = run(start, {type: 'toggle', flag: 'future', now});
		expect(once.annotations['1']?.future).toBe(!tool);
		expect(run(once, {type: 'toggle', flag: 'future', now}).annotations['1']?.future).toBe(tool);
		expect(once.selected).toBe(0);
	});

	it('sets the yes/no reading', () => {
		expect(run(start, {type: 'direct', direct: 'no', now}).annotations['1']?.direct).toBe('no');
		expect(run(start, {type: 'direct', direct: null, now}).annotations['1']?.direct).toBeNull();
	});

	it('opens the note editor, saves a cleaned note, and cancels without a change', () => {
		const open = run(start, {type: 'open-note'});
		expect(open.mode).toBe('note');
		const saved = run(open, {type: 'save-note', note: '  vaag\u001B[2J  antwoord ', now});
		expect(saved.mode).toBe('browse');
		expect(saved.annotations['1']?.note).toBe('vaag antwoord');
		const cancelled = run(open, {type: 'cancel-note'});
		expect(cancelled.mode).toBe('browse');
		expect(cancelled.annotations).toBe(start.annotations);
		expect(run(open, {type: 'save-note', note: '', now}).undo).toHaveLength(0);
	});

	it('cuts a pasted note of 5 MB to 100,000 characters, and says so', () => {
		const saved = run(run(start, {type: 'open-note'}), {type: 'save-note', note: 'woord '.repeat(900_000), now});
		expect(saved.annotations['1']?.note).toHaveLength(100_000);
		expect(saved.message).toBe('note cut to 100,000 characters');
	});

	it('undoes many levels, going back to the answer that changed', () => {
		const changed = run(start, {type: 'verdict', verdict: 'clear', now}, {type: 'verdict', verdict: 'non-reply', now}, {type: 'toggle', flag: 'deflects', now});
		expect(changed.selected).toBe(2);
		const once = run(changed, {type: 'undo'});
		expect(once.annotations['3']).toBeUndefined();
		const thrice = run(once, {type: 'undo'}, {type: 'undo'});
		expect(thrice.annotations).toEqual({});
		expect(thrice.selected).toBe(0);
		expect(run(thrice, {type: 'undo'}).message).toBe('nothing to undo');
	});

	it('opens and closes help', () => {
		const help = run(start, {type: 'help', open: true});
		expect(help.mode).toBe('help');
		expect(run(help, {type: 'help', open: false}).mode).toBe('browse');
	});

	it('remembers a failed save until a save succeeds', () => {
		const failed = run(start, {type: 'save-failed', error: 'disk full'});
		expect(failed.saveError).toBe('disk full');
		expect(run(failed, {type: 'move', to: 'next'}).saveError).toBe('disk full');
		expect(run(failed, {type: 'saved', annotations: failed.annotations}).saveError).toBeUndefined();
	});

	it('reports a written scorecard, or why it was not written, until the next key, changing nothing else', () => {
		const changed = run(start, {type: 'verdict', verdict: 'clear', now});
		const written = run(changed, {type: 'exported', path: '/tmp/letter.txt.scorecard.md'});
		expect(written.message).toBe('scorecard written to /tmp/letter.txt.scorecard.md');
		expect({...written, message: undefined}).toEqual({...changed, message: undefined});
		expect(run(written, {type: 'move', to: 'next'}).message).toBeUndefined();
		const failed = run(changed, {type: 'export-failed', error: '/ro/letter.txt.scorecard.md: cannot write (permission denied)'});
		expect(failed.message).toBe('scorecard not written: /ro/letter.txt.scorecard.md: cannot write (permission denied)');
		expect(failed.saveError).toBeUndefined();
		expect(failed.annotations).toBe(changed.annotations);
	});

	it('clears a message on the next action', () => {
		const told = run(start, {type: 'undo'});
		expect(run(told, {type: 'move', to: 'next'}).message).toBeUndefined();
	});

	it('does nothing harmful on a letter without questions', () => {
		const empty = initialReviewState([], {});
		const after = run(empty, {type: 'move', to: 'next'}, {type: 'verdict', verdict: 'clear', now}, {type: 'accept', now}, {type: 'toggle', flag: 'deflects', now}, {type: 'open-note'});
		expect(after.annotations).toEqual({});
		expect(after.mode).toBe('browse');
		expect(selectedAnswer(after)).toBeUndefined();
	});
});

describe('note drafts', () => {
	const saved = {'3': {note: 'al opgeslagen', updatedAt: now}};
	const typed = (state: ReviewState, text: string) => run(state, {type: 'note-edit', edit: {type: 'insert', text}});

	it('keeps the note being typed as a draft where it differs from the saved note, and nothing else', () => {
		expect(draftsToKeep(start)).toEqual({});
		const editing = run(start, {type: 'open-note'});
		expect(draftsToKeep(editing)).toEqual({});
		expect(draftsToKeep(typed(editing, 'half'))).toEqual({'1': 'half'});
		// Only whitespace added to the saved note: saving would change nothing, so there is nothing to keep.
		const onSaved = run(initialReviewState(scorecard.answers, saved), {type: 'move', to: 'next'}, {type: 'move', to: 'next'}, {type: 'open-note'});
		expect(onSaved.note?.value).toBe('al opgeslagen');
		expect(draftsToKeep(typed(onSaved, '  '))).toEqual({});
		expect(draftsToKeep(typed(onSaved, '!'))).toEqual({'3': 'al opgeslagen!'});
	});

	it('clears the draft when the note is saved or the editor cancelled', () => {
		const half = typed(run(start, {type: 'open-note'}), 'half');
		const saving = run(half, {type: 'save-note', note: 'half', now});
		expect(draftsToKeep(saving)).toEqual({});
		expect(saving.annotations['1']?.note).toBe('half');
		expect(draftsToKeep(run(half, {type: 'cancel-note'}))).toEqual({});
	});

	it('offers a draft from the file at its question, never as the note; Enter resumes it in the editor', () => {
		const opened = initialReviewState(scorecard.answers, saved, {'3': 'nieuw begin'});
		expect(opened.mode).toBe('draft');
		expect(opened.selected).toBe(2);
		expect(opened.annotations['3']?.note).toBe('al opgeslagen');
		expect(draftsToKeep(opened)).toEqual({'3': 'nieuw begin'});
		const resumed = run(opened, {type: 'resume-draft'});
		expect(resumed.mode).toBe('note');
		expect(resumed.note).toEqual({value: 'nieuw begin', cursor: 'nieuw begin'.length});
		expect(draftsToKeep(typed(resumed, '!'))).toEqual({'3': 'nieuw begin!'});
		const done = run(typed(resumed, '!'), {type: 'save-note', note: 'nieuw begin!', now});
		expect(done.mode).toBe('browse');
		expect(done.annotations['3']?.note).toBe('nieuw begin!');
		expect(draftsToKeep(done)).toEqual({});
		// The saved note it replaced is one undo away.
		expect(run(done, {type: 'undo'}).annotations['3']?.note).toBe('al opgeslagen');
	});

	it('discards an offered draft with Esc, leaving the saved note, and offers the next one', () => {
		const opened = initialReviewState(scorecard.answers, saved, {'3': 'weg ermee', '5': 'ook nog'});
		const discarded = run(opened, {type: 'discard-draft'});
		expect(discarded.annotations).toBe(opened.annotations);
		expect(discarded.mode).toBe('draft');
		expect(discarded.selected).toBe(4);
		expect(draftsToKeep(discarded)).toEqual({'5': 'ook nog'});
		const both = run(discarded, {type: 'discard-draft'});
		expect(both.mode).toBe('browse');
		expect(both.message).toBe('note draft on question 5 discarded');
		expect(draftsToKeep(both)).toEqual({});
	});

	it('keeps, never offers, a draft for a question the letter no longer has', () => {
		const opened = initialReviewState(scorecard.answers, {}, {'99': 'van een oude vraag'});
		expect(opened.mode).toBe('browse');
		const half = typed(run(opened, {type: 'open-note'}), 'half');
		expect(draftsToKeep(half)).toEqual({'99': 'van een oude vraag', '1': 'half'});
		expect(draftsToKeep(run(half, {type: 'save-note', note: 'half', now}))).toEqual({'99': 'van een oude vraag'});
	});
});
