import {describe, expect, it} from 'vitest';
import {foldText} from '../../../source/search/fold.js';
import {buildSearchIndex, entriesFromLetters, searchIndex, type SearchHit} from '../../../source/search/index.js';
import type {Letter} from '../../../source/letter/model.js';
import {seedEntries} from './letters.js';

const index = buildSearchIndex(seedEntries);
const found = (query: string) => searchIndex(index, query, {limit: 50}).hits.map(hit => `${hit.source}#${hit.number}`);
const highlighted = (hit: SearchHit) => hit.questionMatches.map(([start, end]) => hit.question.slice(start, end));

// Edit distance, to check that a highlighted part resembles the query word.
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
		}

		previous = current;
	}

	return previous[b.length]!;
}

describe('searchIndex: what a reviewer remembers', () => {
	it('finds a remembered word, question hits first', () => {
		expect(found('encryptiesleutels').slice(0, 2).sort()).toEqual(['seed.txt#18', 'seed.txt#7']);
		expect(found('encryptiesleutels')).toContain('other.txt#4'); // In the answer only: found, ranked lower.
		expect(found('encryptiesleutels').at(-1)).toBe('other.txt#4');
	});

	it('finds a word inside a longer one: "exitplan" in "exitplannen"', () => {
		expect(found('exitplan')).toEqual(['seed.txt#19']);
	});

	it.each([
		['koekoek', 'Koekkoek'],
		['Koekkoek', 'Koekkoek'],
		['continuiteit', 'continuïteit'],
		['ideeen', 'ideeën'],
		['continuiteitsrisicos', 'continuïteitsrisico’s'],
		['encriptiesleutels', 'encryptiesleutels'],
	])('%j finds and highlights %j', (query, text) => {
		const {hits} = searchIndex(index, query);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.flatMap(hit => highlighted(hit))).toContain(text);
	});

	it('matches ij typed for the ĳ ligature, in either direction', () => {
		const ligature = buildSearchIndex([{source: 'l.txt', number: 1, question: 'Wat gebeurt er met het ĳsselmeer?', answer: null}]);
		expect(searchIndex(ligature, 'ijsselmeer').hits).toHaveLength(1);
		expect(searchIndex(ligature, 'ĳsselmeer').hits).toHaveLength(1);
		expect(highlighted(searchIndex(ligature, 'ijsselmeer').hits[0]!)).toEqual(['ĳsselmeer']);
	});

	it('needs every word, in any order, in the question or the answer', () => {
		expect(found('koekkoek marktverkenning')).toEqual(['seed.txt#11']);
		expect(found('marktverkenning koekkoek')).toEqual(['seed.txt#11']);
		expect(found('koekkoek exitplan')).toEqual([]);
	});

	it('matches an exact phrase literally, and excludes words with !', () => {
		expect(found('"operationele toegang"')).toEqual(['seed.txt#18']);
		expect(found('"toegang operationele"')).toEqual([]);
		expect(found('encryptiesleutels !digid').sort()).toEqual(['other.txt#4', 'seed.txt#7']);
		expect(found('koekkoek !"motie-koekkoek"')).toEqual(['ah-tk-20242025-583.txt#1']);
		expect(found('=koekoek')).toEqual([]);
	});

	it('reports ranges that slice the original text to something like the query word', () => {
		for (const query of ['koekoek', 'continuiteit', 'encryptiesleutels', 'exitplan', 'ideeen', 'zeggenschap operationele', 'continuiteitsrisicos']) {
			const words = query.split(' ');
			for (const hit of searchIndex(index, query).hits) {
				const ranges = [...hit.questionMatches.map(range => hit.question.slice(...range)), ...hit.answerMatches.map(range => hit.answer!.slice(...range))];
				expect(ranges.length).toBeGreaterThan(0);
				for (const part of ranges) {
					const closest = Math.min(...words.map(word => distance(foldText(part), word)));
					expect(closest, `${query} → ${part}`).toBeLessThanOrEqual(Math.ceil(query.length * 0.25));
				}
			}
		}
	});

	it('returns ranges in order, not overlapping, inside the text', () => {
		for (const hit of searchIndex(index, 'zeggenschap encryptiesleutels operationele').hits) {
			let last = 0;
			for (const [start, end] of hit.questionMatches) {
				expect(start).toBeGreaterThanOrEqual(last);
				expect(end).toBeGreaterThan(start);
				expect(end).toBeLessThanOrEqual(hit.question.length);
				last = end;
			}
		}
	});

	it('carries source, number, score and both texts', () => {
		const [hit] = searchIndex(index, 'exitplan').hits;
		expect(hit).toMatchObject({source: 'seed.txt', number: 19, entry: 3, answer: seedEntries[3]!.answer});
		expect(hit!.score).toBeGreaterThanOrEqual(0);
		expect(hit!.score).toBeLessThan(1);
		expect(hit!.answerMatches.map(range => hit!.answer!.slice(...range))).toEqual(['exitplan']);
	});

	it('honours the limit and still counts every match', () => {
		const result = searchIndex(index, 'de', {limit: 2});
		expect(result.hits).toHaveLength(2);
		expect(result.total).toBeGreaterThan(2);
	});
});

describe('searchIndex: bad input', () => {
	it.each(['', '   ', '?!', '.*(', '[', '\\', '"', '!', '!digid', 'a'])('returns no hits for %j without throwing', query => {
		const result = searchIndex(index, query);
		expect(result.hits).toEqual([]);
		expect(result.total).toBe(0);
	});

	it('treats regex characters literally', () => {
		expect(found('.*(koekkoek)')).toContain('seed.txt#11');
		expect(found('(Kamerstuk 26643, nr. 1338)')).toEqual(['seed.txt#11']);
	});

	// How fast is for `npm run bench`; here, that the query is cut to a bounded length (so its cost is bounded).
	it('cuts a 10,000-character query, with a note', () => {
		const result = searchIndex(index, `koekkoek ${'x'.repeat(10_000)}`);
		expect(result.notes.join(' ')).toMatch(/cut/u);
		const words = searchIndex(index, 'encryptiesleutels '.repeat(600));
		expect(words.hits.length).toBeGreaterThan(0);
	});

	it('handles an empty corpus and a corpus of questions without answers', () => {
		expect(searchIndex(buildSearchIndex([]), 'digid').hits).toEqual([]);
		expect(found('kosten project')).toEqual(['other.txt#5']);
	});

	it('builds its entries from letters', () => {
		const letter = {source: 'l.txt', questions: [{number: 2, text: 'Vraag?', answer: null, answeredWith: [2], footnoteIds: []}]} as unknown as Letter;
		expect(entriesFromLetters([letter])).toEqual([{source: 'l.txt', number: 2, question: 'Vraag?', answer: null}]);
	});
});

describe('a word inside a longer word', () => {
	it('matches from the word start (typos allowed) or exactly, never fuzzily in the middle', async () => {
		const {startsWithNearly} = await import('../../../source/search/vocabulary.js');
		expect(startsWithNearly('wisselt', 'ijssel', 1)).toBe(false);
		expect(startsWithNearly('exitplannen', 'exitplan', 1)).toBe(true);
		expect(startsWithNearly('koekkoek', 'koekoek', 1)).toBe(true);
		const {buildSearchIndex, searchIndex} = await import('../../../source/search/index.js');
		const index = buildSearchIndex([
			{source: 'a', number: 1, question: 'Hoe vaak wisselt het beleid?', answer: 'Het wisselt per opdrachtgever.'},
			{source: 'a', number: 2, question: 'Wat gebeurt er aan de IJssel?', answer: null},
			{source: 'a', number: 3, question: 'Is er een exitplannenregister?', answer: null},
		]);
		expect(searchIndex(index, 'ijssel').hits.map(hit => hit.number)).toEqual([2]);
		expect(searchIndex(index, 'exitplan').hits.map(hit => hit.number)).toEqual([3]);
		expect(searchIndex(index, 'plannen').hits.map(hit => hit.number)).toEqual([3]);
	});
});
