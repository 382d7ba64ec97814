import {describe, expect, it} from 'vitest';
import {maxQueryLength, maxTerms, parseQuery} from '../../../source/search/query.js';

describe('parseQuery', () => {
	it('folds words and keeps them fuzzy', () => {
		expect(parseQuery('Continuïteit  Koekkoek').terms).toEqual([
			{kind: 'fuzzy', text: 'continuiteit', exclude: false},
			{kind: 'fuzzy', text: 'koekkoek', exclude: false},
		]);
	});

	it('reads exact phrases, =words and exclusions', () => {
		expect(parseQuery('"Digitale  Soevereiniteit" =DigiD !cloud !"Europese clouddiensten"').terms).toEqual([
			{kind: 'exact', text: 'digitale soevereiniteit', exclude: false},
			{kind: 'exact', text: 'digid', exclude: false},
			{kind: 'exact', text: 'cloud', exclude: true},
			{kind: 'exact', text: 'europese clouddiensten', exclude: true},
		]);
	});

	it('accepts typographic quotes and an unclosed quote', () => {
		expect(parseQuery('“motie-Koekkoek”').terms).toEqual([{kind: 'exact', text: 'motie-koekkoek', exclude: false}]);
		expect(parseQuery('"motie koekkoek').terms).toEqual([{kind: 'exact', text: 'motie koekkoek', exclude: false}]);
	});

	it.each(['', '   ', '?!.,;', '"', '!', '=', '"  "', 'a b c'])('finds nothing to search in %j', query => {
		expect(parseQuery(query).terms.filter(term => !term.exclude)).toEqual([]);
	});

	it('treats regex characters as punctuation, never as a pattern', () => {
		expect(parseQuery('.*( [a-z]+ digid$ ^cloud | (?<x>)').terms).toEqual([
			{kind: 'fuzzy', text: 'digid', exclude: false},
			{kind: 'fuzzy', text: 'cloud', exclude: false},
		]);
	});

	it('cuts a 10,000-character query and says so', () => {
		const parsed = parseQuery('encryptiesleutels '.repeat(600));
		expect(parsed.notes).toContain(`query cut to its first ${maxQueryLength} characters`);
		expect(parsed.terms).toEqual([{kind: 'fuzzy', text: 'encryptiesleutels', exclude: false}]);
	});

	it('keeps at most the first words and cuts words to 32 letters', () => {
		const parsed = parseQuery(`${'x'.repeat(50)} een twee drie vier vijf zes zeven acht negen`);
		expect(parsed.terms.length).toBe(maxTerms);
		expect(parsed.terms[0]!.text).toHaveLength(32);
		expect(parsed.notes.length).toBe(2);
	});
});
