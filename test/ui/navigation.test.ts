// Moving through a workload, without a terminal: ] and [, : and a number, o and b, F and Esc, s, y/n on open questions.
import {beforeAll, describe, expect, it} from 'vitest';
import {seedLetterPath} from '../../source/commands/review.js';
import {readLetterFile} from '../../source/letter/index.js';
import {scoreLetter} from '../../source/scoring/index.js';
import {crossReference} from '../../source/ui/cross-reference.js';
import {matchingFilters} from '../../source/ui/filter.js';
import {initialReviewState, reviewReducer, visibleAnswers, type ReviewAction, type ReviewState} from '../../source/ui/state.js';

const now = '2026-07-01T10:00:00.000Z';
const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
const number = (state: ReviewState) => state.answers[state.selected]?.number;
const typed = (kind: 'goto' | 'filter', text: string): ReviewAction[] => [{type: 'prompt-open', kind}, ...[...text].map(character => ({type: 'prompt-type', text: character}) as const), {type: 'prompt-submit'}];

let start: ReviewState;
beforeAll(async () => {
	const letter = await readLetterFile(seedLetterPath);
	start = initialReviewState(scoreLetter(letter).answers, {});
});

describe('] and [: the next answer without a verdict', () => {
	it('after judging question 1 and going back to it, ] goes to question 2', () => {
		const back = run(start, {type: 'verdict', verdict: 'clear', now}, {type: 'move', to: 'previous'});
		expect(number(back)).toBe(1);
		expect(number(run(back, {type: 'todo', by: 1}))).toBe(2);
	});

	it('skips answers with a verdict, wraps round, and [ goes the other way', () => {
		const judged = run(start, ...Array.from({length: 3}, () => ({type: 'verdict', verdict: 'clear', now}) as const), {type: 'move', to: 'first'});
		expect(number(run(judged, {type: 'todo', by: 1}))).toBe(4);
		const atEnd = run(judged, {type: 'move', to: 'last'});
		const wrapped = run(atEnd, {type: 'todo', by: 1});
		expect(number(wrapped)).toBe(4);
		expect(wrapped.message).toContain('wrapped');
		expect(number(run(judged, {type: 'todo', by: -1}))).toBe(22);
	});

	it('says so when every answer has a verdict', () => {
		const all = run(start, ...start.answers.map(() => ({type: 'accept', now}) as const));
		const done = run(all, {type: 'todo', by: 1});
		expect(done.selected).toBe(all.selected);
		expect(done.message).toBe('all 22 answers have a verdict');
	});
});

describe(': and a number', () => {
	it('goes to that question, and b goes back', () => {
		const there = run(start, ...typed('goto', '19'));
		expect(number(there)).toBe(19);
		expect(there.mode).toBe('browse');
		expect(number(run(there, {type: 'go-back'}))).toBe(1);
	});

	it('takes digits only, erases, and names a number the letter lacks', () => {
		const prompt = run(start, {type: 'prompt-open', kind: 'goto'}, {type: 'prompt-type', text: '1x9'}, {type: 'prompt-erase'});
		expect(prompt.prompt?.text).toBe('1');
		expect(run(start, ...typed('goto', '99')).message).toBe('this letter has no question 99');
		expect(run(prompt, {type: 'prompt-cancel'}).mode).toBe('browse');
	});
});

describe('o: follow the cross-reference', () => {
	it('reads the question an answer points to', () => {
		expect(crossReference('Zie het antwoord op vraag 6. Daarnaast…')).toBe(6);
		expect(crossReference('Zoals aangegeven in het antwoord op vraag 3 ontvangt…')).toBe(3);
		expect(crossReference('Zoals in het antwoord op vraag 8 aangegeven betreft…')).toBe(8);
		expect(crossReference('Voor de antwoorden op de vragen 2 en 3 verwijs ik…')).toBe(2);
		expect(crossReference('Het kabinet deelt deze vraag niet.')).toBeUndefined();
		expect(crossReference(null)).toBeUndefined();
	});

	it('goes from question 4 to question 3, and b comes back', () => {
		const four = run(start, ...typed('goto', '4'));
		const three = run(four, {type: 'follow'});
		expect(number(three)).toBe(3);
		expect(number(run(three, {type: 'go-back'}))).toBe(4);
		expect(run(run(start, {type: 'follow'}), {type: 'go-back'}).message).toContain('nothing to go back to');
	});
});

describe('F: the filter', () => {
	it('non-reply hides question 1, keeps only the non-replies, and moving stays inside', () => {
		const filtered = run(start, ...typed('filter', 'non-reply'));
		expect(filtered.filter).toBe('non-reply');
		const shown = visibleAnswers(filtered).map(index => start.answers[index]!.number);
		expect(shown).toEqual([18, 21]);
		expect(number(filtered)).toBe(18);
		expect(number(run(filtered, {type: 'move', to: 'next'}))).toBe(21);
		expect(number(run(filtered, {type: 'move', to: 'next'}, {type: 'move', to: 'next'}))).toBe(21);
	});

	it('takes the first filter a prefix names', () => {
		expect(matchingFilters('non')[0]?.name).toBe('non-reply');
		expect(matchingFilters('un').map(option => option.name)).toEqual(['unreviewed']);
		expect(run(start, ...typed('filter', 'zzz')).filter).toBeUndefined();
	});

	it('unreviewed drops an answer once judged, and the verdict moves to the next one left', () => {
		const filtered = run(start, ...typed('filter', 'unreviewed'));
		const judged = run(filtered, {type: 'verdict', verdict: 'clear', now});
		expect(number(judged)).toBe(2);
		expect(visibleAnswers(judged)).toHaveLength(21);
	});

	it('disagree keeps answers where your verdict or flags differ from the tool', () => {
		const mine = run(start, {type: 'verdict', verdict: 'non-reply', now}, {type: 'accept', now}, {type: 'toggle', flag: 'deflects', now});
		const filtered = run(mine, ...typed('filter', 'disagree'));
		expect(visibleAnswers(filtered).map(index => start.answers[index]!.number)).toEqual([1, 3]);
	});

	it('changed keeps the answers whose text changed since they were reviewed', () => {
		expect(run(start, ...typed('filter', 'changed')).message).toContain('no answer is changed');
		const marked = initialReviewState(start.answers, {2: {verdict: 'clear', updatedAt: now, answerChanged: true}, 3: {verdict: 'clear', updatedAt: now}});
		const filtered = run(marked, ...typed('filter', 'changed'));
		expect(filtered.filter).toBe('changed');
		expect(visibleAnswers(filtered).map(index => marked.answers[index]!.number)).toEqual([2]);
	});

	it('search inside a filter finds only what the filter shows', () => {
		const filtered = run(start, ...typed('filter', 'non-reply'), {type: 'search-open'}, {type: 'search-input', query: 'digid'});
		const hits = filtered.search.box!.hits.map(hit => hit.number);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every(hit => hit === 18 || hit === 21)).toBe(true);
	});

	it('Esc clears it; : to a hidden question clears it too, saying so', () => {
		const filtered = run(start, ...typed('filter', 'non-reply'));
		expect(run(filtered, {type: 'filter-clear'}).filter).toBeUndefined();
		const jumped = run(filtered, ...typed('goto', '1'));
		expect(number(jumped)).toBe(1);
		expect(jumped.filter).toBeUndefined();
		expect(jumped.message).toContain('cleared');
	});
});

describe('s: skip', () => {
	it('records "looked at, undecided" and moves on; a verdict later replaces it', () => {
		const skipped = run(start, {type: 'skip', now});
		expect(number(skipped)).toBe(2);
		expect(skipped.annotations['1']).toMatchObject({skipped: true});
		expect(skipped.annotations['1']?.verdict).toBeUndefined();
		const decided = run(skipped, {type: 'move', to: 'first'}, {type: 'verdict', verdict: 'clear', now});
		expect(decided.annotations['1']).not.toHaveProperty('skipped');
	});

	it('leaves skipped answers for last when ] looks for work', () => {
		const skipped = run(start, {type: 'skip', now}, {type: 'move', to: 'first'});
		expect(number(run(skipped, {type: 'todo', by: 1}))).toBe(2);
	});
});

describe('y and n on a question the tool reads as open', () => {
	it('say so first and record on a second press', () => {
		const open = start.answers.findIndex(answer => !answer.closed);
		const at = {...start, selected: open};
		const once = run(at, {type: 'direct', direct: 'yes', now});
		expect(once.message).toContain('the tool reads this as an open question');
		expect(once.annotations).toEqual({});
		const twice = run(once, {type: 'direct', direct: 'yes', now});
		expect(twice.annotations[at.keys[open]!]?.direct).toBe('yes');
		// Another key in between starts over.
		const interrupted = run(once, {type: 'direct', direct: 'no', now});
		expect(interrupted.annotations).toEqual({});
		// "Neither" agrees with an open reading: recorded at once.
		expect(run(at, {type: 'direct', direct: null, now}).annotations[at.keys[open]!]?.direct).toBeNull();
	});

	it('record at once on a closed question', () => {
		const closed = start.answers.findIndex(answer => answer.closed);
		const at = {...start, selected: closed};
		expect(run(at, {type: 'direct', direct: 'no', now}).annotations[at.keys[closed]!]?.direct).toBe('no');
	});
});
