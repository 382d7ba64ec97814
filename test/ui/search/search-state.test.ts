import {beforeAll, describe, expect, it} from 'vitest';
import {seedLetterPath} from '../../../source/commands/review.js';
import {readLetterFile} from '../../../source/letter/index.js';
import {scoreLetter} from '../../../source/scoring/index.js';
import {searchStatus} from '../../../source/ui/search/search-state.js';
import {initialReviewState, reviewReducer, type ReviewAction, type ReviewState} from '../../../source/ui/state.js';

const now = '2026-07-01T10:00:00.000Z';
const run = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);
const numbers = (state: ReviewState) => state.search.box?.hits.map(hit => hit.number) ?? [];
const selectedNumber = (state: ReviewState) => state.answers[state.selected]?.number;

let start: ReviewState;
beforeAll(async () => {
	const letter = await readLetterFile(seedLetterPath);
	start = initialReviewState(scoreLetter(letter).answers, {});
});

describe('the search box', () => {
	it('opens with an empty query, building the index once', () => {
		const open = run(start, {type: 'search-open'});
		expect(open.mode).toBe('search');
		expect(open.search.box).toEqual({query: '', caret: 0, hits: [], notes: [], cursor: 0});
		expect(open.search.index).toBeDefined();
		const again = run(open, {type: 'search-close'}, {type: 'search-open'});
		expect(again.search.index).toBe(open.search.index);
	});

	it('searches on every input: "exitplan" ranks question 19 first, "koekoek" finds 11', () => {
		const open = run(start, {type: 'search-open'});
		expect(numbers(run(open, {type: 'search-input', query: 'exitplan'}))[0]).toBe(19);
		expect(numbers(run(open, {type: 'search-input', query: 'koekoek'}))).toEqual([11]);
		const found = run(open, {type: 'search-input', query: 'exitplan'}).search.box!.hits[0]!;
		expect(found.questionMatches.map(([from, to]) => found.question.slice(from, to))).toContain('exitplan');
	});

	it('keeps the query one line of plain text', () => {
		const typed = run(start, {type: 'search-open'}, {type: 'search-input', query: 'exit\u001B[2Jplan\nDigiD'});
		expect(typed.search.box?.query).toBe('exitplan DigiD');
	});

	it('moves the picked result within the hits and resets it on new input', () => {
		const typed = run(start, {type: 'search-open'}, {type: 'search-input', query: 'exitplan'});
		const count = typed.search.box!.hits.length;
		expect(count).toBeGreaterThan(1);
		expect(run(typed, {type: 'search-cursor', by: -1}).search.box?.cursor).toBe(0);
		const down = run(typed, {type: 'search-cursor', by: 1});
		expect(down.search.box?.cursor).toBe(1);
		expect(run(down, ...Array.from({length: count + 3}, (): ReviewAction => ({type: 'search-cursor', by: 1}))).search.box?.cursor).toBe(count - 1);
		expect(run(down, {type: 'search-input', query: 'exitpla'}).search.box?.cursor).toBe(0);
	});

	it('does not move the selection while open, and Esc returns to where the box was opened', () => {
		const moved = run(start, {type: 'move', to: 'next'}, {type: 'move', to: 'next'}, {type: 'scroll', by: 3, max: 10});
		const open = run(moved, {type: 'search-open'}, {type: 'search-input', query: 'exitplan'}, {type: 'search-cursor', by: 1});
		expect(open.selected).toBe(moved.selected);
		const closed = run(open, {type: 'search-close'});
		expect(closed.mode).toBe('browse');
		expect(closed.selected).toBe(moved.selected);
		expect(closed.scroll).toBe(3);
		expect(closed.search.box).toBeUndefined();
		expect(closed.search.active).toBeUndefined();
	});

	it('jumps to the picked answer on Enter and makes the search active', () => {
		const typed = run(start, {type: 'search-open'}, {type: 'search-input', query: 'exitplan'}, {type: 'search-cursor', by: 1});
		const hits = numbers(typed);
		const jumped = run(typed, {type: 'search-jump'});
		expect(jumped.mode).toBe('browse');
		expect(selectedNumber(jumped)).toBe(hits[1]);
		expect(jumped.search.active).toMatchObject({query: 'exitplan', position: 1});
		expect(jumped.message).toBe(`hit 2/${hits.length} for “exitplan”`);
		expect(searchStatus(jumped.search.active!)).toContain(`${hits.length} hits`);
	});

	it('stays open on Enter when nothing matches', () => {
		const none = run(start, {type: 'search-open'}, {type: 'search-input', query: 'zzqxv'}, {type: 'search-jump'});
		expect(none.mode).toBe('search');
		expect(none.search.active).toBeUndefined();
	});

	it('steps through the hits with wrapping, and ends the search', () => {
		const jumped = run(start, {type: 'search-open'}, {type: 'search-input', query: 'exitplan'}, {type: 'search-jump'});
		const hits = jumped.search.active!.answers.map(index => start.answers[index]!.number);
		const next = run(jumped, {type: 'search-step', by: 1});
		expect(selectedNumber(next)).toBe(hits[1]);
		expect(next.message).toBe(`hit 2/${hits.length} for “exitplan”`);
		const wrapped = run(jumped, {type: 'search-step', by: -1});
		expect(selectedNumber(wrapped)).toBe(hits.at(-1));
		expect(wrapped.message).toBe(`hit ${hits.length}/${hits.length} for “exitplan”`);
		const all = run(jumped, ...hits.map((): ReviewAction => ({type: 'search-step', by: 1})));
		expect(selectedNumber(all)).toBe(hits[0]);
		const ended = run(next, {type: 'search-clear'});
		expect(ended.search.active).toBeUndefined();
		expect(ended.search.index).toBe(next.search.index);
		expect(ended.selected).toBe(next.selected);
		expect(run(ended, {type: 'search-step', by: 1}).selected).toBe(ended.selected);
	});

	it('keeps an active search when the box is opened again and closed', () => {
		const jumped = run(start, {type: 'search-open'}, {type: 'search-input', query: 'exitplan'}, {type: 'search-jump'});
		const reopened = run(jumped, {type: 'search-open'}, {type: 'search-input', query: 'koekoek'}, {type: 'search-close'});
		expect(reopened.search.active).toEqual(jumped.search.active);
	});

	it('keeps working with verdicts and undo around it', () => {
		const jumped = run(start, {type: 'search-open'}, {type: 'search-input', query: 'koekoek'}, {type: 'search-jump'});
		const judged = run(jumped, {type: 'verdict', verdict: 'clear', now});
		expect(judged.annotations['11']?.verdict).toBe('clear');
		expect(judged.search.active).toBeDefined();
		expect(selectedNumber(run(judged, {type: 'search-step', by: 1}))).toBe(11);
	});

	it('does nothing on a letter without questions', () => {
		const empty = initialReviewState([], {});
		const after = run(empty, {type: 'search-open'}, {type: 'search-input', query: 'x'}, {type: 'search-jump'}, {type: 'search-step', by: 1});
		expect(after.mode).toBe('browse');
		expect(after.search).toEqual({});
	});
});

describe('help scrolling', () => {
	it('scrolls within 0 and the maximum, and starts at the top each time help opens', () => {
		const help = run(start, {type: 'help', open: true}, {type: 'help-scroll', by: 10, max: 6});
		expect(help.helpScroll).toBe(6);
		expect(run(help, {type: 'help-scroll', by: -20, max: 6}).helpScroll).toBe(0);
		expect(run(help, {type: 'help', open: false}, {type: 'help', open: true}).helpScroll).toBe(0);
	});
});
