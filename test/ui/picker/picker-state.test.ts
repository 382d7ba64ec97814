import {describe, expect, it} from 'vitest';
import {filterEntries, letterName, progressBar, sortEntries, type PickerEntry} from '../../../source/ui/picker/picker-entry.js';
import {focusOn, initialPickerState, pickerReducer, visibleEntries} from '../../../source/ui/picker/picker-state.js';

const entry = (subject: string, ministry: string, date = '2024-11-18', askedBy = ''): PickerEntry => ({source: `${subject}.txt`, subject, date, ministry, askedBy, questions: 3, clearShare: 0.5, name: `${subject}.txt`, reviewed: 0, flagged: 0, score: 50});
const entries = [entry('de Europese top', 'Minister van Buitenlandse Zaken'), entry('belasting op tabak', 'Staatssecretaris van Financiën', '2024-11-15'), entry('politiehonden', 'Minister van Justitie en Veiligheid', '2024-11-18', 'Kostić PvdD')];

describe('filtering the picker', () => {
	it('keeps letters whose subject, ministry, date or file contain every typed word, ignoring case and accents', () => {
		expect(filterEntries(entries, 'financien').map(e => e.subject)).toEqual(['belasting op tabak']);
		expect(filterEntries(entries, 'minister 11-18').map(e => e.subject)).toEqual(['de Europese top', 'politiehonden']);
		expect(filterEntries(entries, '  ')).toHaveLength(3);
		expect(filterEntries(entries, 'zzz')).toEqual([]);
	});

	it('finds a letter by the member who asked or their party', () => {
		expect(filterEntries(entries, 'kostic').map(e => e.subject)).toEqual(['politiehonden']);
		expect(filterEntries(entries, 'pvdd').map(e => e.subject)).toEqual(['politiehonden']);
	});

	it('starts the selection over when the query changes and keeps it inside the list', () => {
		let state = pickerReducer(initialPickerState, {type: 'move', by: 5, count: 3});
		expect(state.selected).toBe(2);
		state = pickerReducer(state, {type: 'query', query: 'minister'});
		expect(state.selected).toBe(0);
		expect(visibleEntries(entries, {...initialPickerState, query: 'minister', selected: 9}).current?.subject).toBe('politiehonden');
	});

	it('draws a progress bar of a fixed width', () => {
		expect(progressBar(1, 4, 8)).toBe('██░░░░░░');
		expect(progressBar(0, 0, 4)).toBe('████');
	});
});

describe('progress across letters', () => {
	const progress = (subject: string, reviewed: number, date: string, score: number): PickerEntry => ({...entries[0]!, source: `${subject}.txt`, subject, questions: 10, reviewed, date, score});
	const list = [progress('a', 10, '2024-01-01', 70), progress('b', 0, '2024-03-01', 20), progress('c', 4, '2024-02-01', 90)];

	it('sorts by progress (least reviewed first), date (newest first) or score (lowest first); Tab steps through them', () => {
		expect(sortEntries(list, 'progress').map(each => each.subject)).toEqual(['b', 'c', 'a']);
		expect(sortEntries(list, 'date').map(each => each.subject)).toEqual(['b', 'c', 'a']);
		expect(sortEntries(list, 'score').map(each => each.subject)).toEqual(['b', 'a', 'c']);
		expect(sortEntries(list, 'folder').map(each => each.subject)).toEqual(['a', 'b', 'c']);
		const sorts = [1, 2, 3, 4].map(times => Array.from({length: times}, () => ({type: 'sort'}) as const).reduce(pickerReducer, initialPickerState).sort);
		expect(sorts).toEqual(['progress', 'date', 'score', 'folder']);
	});

	it('keeps the cursor on the letter last opened, whatever the order; moving goes on from there', () => {
		const state = focusOn({...initialPickerState, sort: 'progress'}, 'a.txt');
		const {shown, current} = visibleEntries(list, state);
		expect(current?.subject).toBe('a');
		const moved = pickerReducer(state, {type: 'move', by: -1, count: shown.length, from: shown.indexOf(current!)});
		expect(visibleEntries(list, moved).current?.subject).toBe('c');
	});

	it('reads ? and q as keys only while the filter is empty, and Tab as the next sort', () => {
		const rows = () => ({count: 3, selected: 0});
		const typed = (char: string) => ({kind: 'char' as const, char, pasted: false, first: true});
		expect(pickerReducer(initialPickerState, {type: 'keys', events: [typed('q')], rows}).effect?.kind).toBe('quit');
		expect(pickerReducer(initialPickerState, {type: 'keys', events: [typed('?')], rows}).help).toBe(true);
		const filtering = pickerReducer(initialPickerState, {type: 'keys', events: [typed('a'), typed('q'), typed('?')], rows});
		expect(filtering).toMatchObject({query: 'aq?', help: false});
		expect(filtering.effect).toBeUndefined();
		expect(pickerReducer(initialPickerState, {type: 'keys', events: [{kind: 'special', name: 'tab', first: true}], rows}).sort).not.toBe(initialPickerState.sort);
	});

	it('names a CSV row by its row name, not the CSV file', () => {
		expect(letterName('data/kamervragen.csv#ah-tk-2024-583')).toBe('ah-tk-2024-583');
		expect(letterName('letters/brief#1.txt')).toBe('brief#1.txt');
	});
});
