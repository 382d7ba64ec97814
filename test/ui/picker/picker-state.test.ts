import {describe, expect, it} from 'vitest';
import {filterEntries, progressBar, type PickerEntry} from '../../../source/ui/picker/picker-entry.js';
import {initialPickerState, pickerReducer, visibleEntries} from '../../../source/ui/picker/picker-state.js';

const entry = (subject: string, ministry: string, date = '2024-11-18', askedBy = ''): PickerEntry => ({source: `${subject}.txt`, subject, date, ministry, askedBy, questions: 3, clearShare: 0.5});
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
		expect(visibleEntries(entries, {query: 'minister', selected: 9}).current?.subject).toBe('politiehonden');
	});

	it('draws a progress bar of a fixed width', () => {
		expect(progressBar(1, 4, 8)).toBe('██░░░░░░');
		expect(progressBar(0, 0, 4)).toBe('████');
	});
});
