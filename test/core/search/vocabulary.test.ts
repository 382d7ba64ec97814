// The index folds only distinct tokens: it must give exactly what folding every text gives.
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import {describe, expect, it} from 'vitest';
import {readLetterFile} from '../../../source/letter/index.js';
import {foldText} from '../../../source/search/fold.js';
import {entriesFromLetters, fuseNorm} from '../../../source/search/index.js';
import {fuseOptions, type FuseDocument} from '../../../source/search/options.js';
import {buildVocabulary, buildVocabularyOfRaw} from '../../../source/search/vocabulary.js';

/** What the index used to build: every text folded, fuse's own index for the norms. */
function foldedEverything(texts: ReadonlyArray<readonly [string, string]>) {
	const documents: FuseDocument[] = texts.map(([question, answer]) => ({question: foldText(question), answer: foldText(answer)}));
	const records = Fuse.createIndex<FuseDocument>([...fuseOptions.keys], documents).toJSON().records as unknown as Array<{$: Record<number, {n: number} | undefined>}>;
	return {
		vocabulary: buildVocabulary(documents.map(document => [document.question, document.answer])),
		norms: [0, 1].map(field => records.map(record => record.$[field]?.n ?? 1)),
	};
}

function foldedTokens(texts: ReadonlyArray<readonly [string, string]>) {
	const {vocabulary, tokens} = buildVocabularyOfRaw(texts, foldText);
	return {vocabulary, norms: tokens.map(counts => [...counts].map(count => fuseNorm(count)))};
}

describe('the vocabulary of texts as read', () => {
	it('is what folding every text gives, on every fixture letter', async () => {
		const folder = path.resolve('test/fixtures/letters');
		const files = (await readdir(folder)).filter(name => name.endsWith('.txt')).map(name => path.join(folder, name));
		const letters = await Promise.all(files.map(async file => readLetterFile(file)));
		const texts = entriesFromLetters(letters).map(entry => [entry.question, entry.answer ?? ''] as const);
		expect(texts.length).toBeGreaterThan(500);
		expect(foldedTokens(texts)).toStrictEqual(foldedEverything(texts));
	});

	it('is what folding every text gives with more and longer tokens than its tables first hold', () => {
		// 70,000 distinct tokens and one of 100,000 characters: both the hash table and the kept characters grow.
		const many = Array.from({length: 70_000}, (_, index) => `Woord${index.toString(36)}’s`).join(' ');
		const texts = [[many, `${'Lang'.repeat(25_000)} ${many.slice(0, 5000)}`], ['Woord0’s  Woord1’s', many.slice(-3000)]] as const;
		expect(foldedTokens(texts)).toStrictEqual(foldedEverything(texts));
	});

	it('is what folding every text gives, for any text', () => {
		// Spaces of every kind, apostrophes alone and in words, combining marks, capitals that fold
		// to more than one letter, the ligatures, a final sigma, punctuation.
		const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\u00A0', '\u2003', '\'', '’', ' \' ', 'risico’s', 'e\u0301', '\u0301', 'İ', 'Σ', 'ΟΔΟΣ', 'ĳssel', 'Ĳ', 'ß', 'æ', 'DigiD', 'Koekkoek', 'continuïteit', '-', '.', '“', '€', '1.', 'a', 'Z', '\uFEFF');
		const text = fc.array(fc.oneof(piece, fc.string({maxLength: 4})), {maxLength: 12}).map(parts => parts.join(''));
		fc.assert(fc.property(fc.array(fc.tuple(text, text), {minLength: 1, maxLength: 5}), texts => {
			expect(foldedTokens(texts)).toStrictEqual(foldedEverything(texts));
		}), {numRuns: 300});
	});
});
