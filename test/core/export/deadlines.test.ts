import {describe, expect, it} from 'vitest';
import {christmasRecessStart, deadlineTable, prinsjesdag, resolveDeadline, summerRecessStart} from '../../../source/export/deadlines.js';

const letterDate = '2026-06-25';

describe('resolving a deadline phrase from the letter date', () => {
	it.each([
		['Later dit jaar', '2026-12-31', 'end-of-this-year'],
		['eind dit jaar', '2026-12-31', 'end-of-this-year'],
		['voor het einde van het jaar', '2026-12-31', 'end-of-this-year'],
		['vóór het zomerreces', '2026-07-03', 'summer-recess'],
		['voor de zomer', '2026-07-03', 'summer-recess'],
		['eind 2026', '2026-12-31', 'year'],
		['begin 2027', '2027-03-31', 'year-begin'],
		['medio 2026', '2026-06-30', 'year-mid'],
		['dit najaar', '2026-12-21', 'this-season'],
		['in het najaar van 2025', '2025-12-21', 'season'],
		['in het najaarvan 2025', '2025-12-21', 'season'],
		['begin volgend jaar', '2027-03-31', 'next-year-begin'],
		['volgend jaar', '2027-12-31', 'next-year'],
		['per 1 juli 2025', '2025-07-01', 'exact-date'],
		['vóór 1 januari 2027', '2027-01-01', 'exact-date'],
		['voor 2035', '2034-12-31', 'before-year'],
		['in 2030', '2030-12-31', 'year'],
		['vóór Prinsjesdag', '2026-09-15', 'prinsjesdag'],
		['in het eerste kwartaal van 2027', '2027-03-31', 'quarter'],
		['eind september', '2026-09-30', 'month'],
	])('"%s" → %s (%s)', (phrase, date, rule) => {
		expect(resolveDeadline(phrase, letterDate)).toEqual({date, rule});
	});

	it.each(['binnenkort', 'in de toekomst', 'in detoekomst', 'op korte termijn', 'zo snel mogelijk', 'de komende periode', 'op langere termijn', 'te zijner tijd'])('gives no date for "%s"', phrase => {
		expect(resolveDeadline(phrase, letterDate)).toBeUndefined();
	});

	it('takes next spring for "dit voorjaar" in a letter written in the autumn: a promise is never due before it is made', () => {
		expect(resolveDeadline('dit voorjaar', '2024-11-18')).toEqual({date: '2025-06-20', rule: 'this-season'});
		expect(resolveDeadline('dit voorjaar', '2024-03-01')).toEqual({date: '2024-06-20', rule: 'this-season'});
	});

	it('takes next year\'s quarter for "in het tweede kwartaal" in a letter written after it', () => {
		expect(resolveDeadline('in het tweede kwartaal', '2024-11-18')).toEqual({date: '2025-06-30', rule: 'quarter'});
		expect(resolveDeadline('in het vierde kwartaal', '2024-11-18')).toEqual({date: '2024-12-31', rule: 'quarter'});
	});

	it('takes next year\'s summer recess when the letter is already past this year\'s', () => {
		expect(resolveDeadline('vóór het zomerreces', '2026-07-10')).toEqual({date: '2027-07-02', rule: 'summer-recess'});
	});

	it('needs the letter date for relative phrases, not for absolute ones', () => {
		expect(resolveDeadline('later dit jaar', undefined)).toBeUndefined();
		expect(resolveDeadline('eind 2026', undefined)).toEqual({date: '2026-12-31', rule: 'year'});
	});

	it('computes the recess and Prinsjesdag dates from the calendar', () => {
		expect([summerRecessStart(2024), summerRecessStart(2025), summerRecessStart(2026)]).toEqual(['2024-07-05', '2025-07-04', '2026-07-03']);
		expect(prinsjesdag(2025)).toBe('2025-09-16');
		expect(christmasRecessStart(2026)).toBe('2026-12-18');
	});

	it('documents every row of the table', () => {
		for (const row of deadlineTable) {
			expect(row.means.length, row.name).toBeGreaterThan(5);
		}
	});
});

describe('the documented table', () => {
	it('is the table the code uses', async () => {
		const {readFile} = await import('node:fs/promises');
		const {formatDeadlineTable} = await import('../../../source/export/deadlines.js');
		expect(await readFile('source/export/README.md', 'utf8')).toContain(formatDeadlineTable());
	});
});
