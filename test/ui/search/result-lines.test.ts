import {describe, expect, it} from 'vitest';
import {buildSearchIndex, searchIndex} from '../../../source/search/index.js';
import {resultLines, windowSegments} from '../../../source/ui/search/result-lines.js';
import type {SearchBox} from '../../../source/ui/search/search-state.js';
import {scoreLetter} from '../../../source/scoring/index.js';
import {sampleLetter} from '../../fixtures/review/letters.js';

const text = (line: ReadonlyArray<{text: string}>) => line.map(segment => segment.text).join('');

describe('a result row', () => {
	it('shows the whole text when it fits, with the matches painted', () => {
		const segments = windowSegments('Kent u het exitplan?', [[11, 19]], 40, 'plain', 'match');
		expect(segments).toEqual([{text: 'Kent u het ', token: 'plain'}, {text: 'exitplan', token: 'match'}, {text: '?', token: 'plain'}]);
	});

	it('cuts a long text around the first match, at a word, within the room', () => {
		const long = `${'woord '.repeat(30)}het exitplan en ${'meer '.repeat(30)}`;
		const start = long.indexOf('exitplan');
		const segments = windowSegments(long, [[start, start + 8]], 40, 'plain', 'match');
		const shown = text(segments);
		expect(shown.length).toBeLessThanOrEqual(40);
		expect(shown).toMatch(/^…(?:woord|het) /u);
		expect(shown.endsWith('…')).toBe(true);
		expect(segments.find(segment => segment.token === 'match')?.text).toBe('exitplan');
	});
});

describe('the results area', () => {
	const letter = sampleLetter();
	const {answers} = scoreLetter(letter);
	const index = buildSearchIndex(answers.map(answer => ({source: '', number: answer.number, question: answer.question, answer: answer.answer})));
	const box = (query: string, cursor = 0): SearchBox => {
		const {hits, notes} = searchIndex(index, query, {limit: answers.length});
		return {query, hits, notes, cursor};
	};

	it('explains the query language while the box is empty or finds nothing', () => {
		expect(resultLines(box(''), answers, 80, 10).map(line => text(line)).join('\n')).toContain('!word');
		expect(text(resultLines(box('zzqxv'), answers, 80, 10)[0]!)).toContain('No question matches “zzqxv”');
	});

	it('counts the hits and shows number and clarity beside each, never more rows than given', () => {
		const lines = resultLines(box('rijksbreed'), answers, 80, 3).map(line => text(line));
		expect(lines[0]).toMatch(/^\d+ questions? match “rijksbreed”/u);
		expect(lines.length).toBeLessThanOrEqual(3);
		expect(lines[1]).toMatch(/^▸ {3}2 \w+/u);
		for (const line of lines) {
			expect(line.length).toBeLessThanOrEqual(80);
		}
	});

	it('keeps the picked hit in view', () => {
		const many = box('de', 0);
		expect(many.hits.length).toBeGreaterThan(3);
		const last = many.hits.length - 1;
		const lines = resultLines({...many, cursor: last}, answers, 80, 3).map(line => text(line));
		expect(lines.at(-1)).toMatch(new RegExp(`^▸ +${many.hits[last]!.number} `, 'u'));
	});
});
