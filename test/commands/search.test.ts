import {mkdtemp, writeFile, rm, mkdir} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {readLetterFile} from '../../source/letter/index.js';
import {scoreLetter} from '../../source/scoring/index.js';
import {type SearchFlags, runSearch} from '../../source/commands/search.js';

const seed = path.resolve('seeds/kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt');

async function run(args: string[], flags: SearchFlags = {}, bold = false) {
	let out = '';
	let err = '';
	const code = await runSearch(args, flags, {
		out(text) {
			out += text;
		},
		err(text) {
			err += text;
		},
		bold,
	});
	return {code, out, err};
}

describe('answer-review search', () => {
	let folder = '';
	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'search-test-'));
		await mkdir(path.join(folder, 'letters'));
		await writeFile(path.join(folder, 'letters', 'broken.txt'), Buffer.from([0xFF, 0xFE, 0x00, 0x00, 0xD8, 0x00]));
	});
	afterAll(async () => rm(folder, {recursive: true, force: true}));

	it('prints ranked hits with the letter, the number and the matches marked', async () => {
		const {code, out, err} = await run(['koekoek', seed]);
		expect(code).toBe(0);
		expect(err).toBe('');
		expect(out).toContain('question 11');
		expect(out).toContain('motie-«Koekkoek»');
		expect(out).toMatch(/1 question match in 1 letter of the 1 letter searched\n$/u);
	});

	it('counts the letters the matches come from, not the letters searched', async () => {
		const {out} = await run(['exitplan', 'test/fixtures/letters'], {limit: 100});
		const [, questions, matchedIn, searched] = /(\d+) questions? match in (\d+) letters? of the (\d+) letters searched\n$/u.exec(out) ?? [];
		const fromLetters = new Set([...out.matchAll(/^(\S+) {2}question \d+/gmu)].map(([, source]) => source));
		expect(Number(questions)).toBeGreaterThan(0);
		expect(Number(matchedIn)).toBe(fromLetters.size);
		expect(Number(searched)).toBeGreaterThan(Number(matchedIn));
	});

	it('searches the questions of CSV rows without answers too, as it searches such a letter file', async () => {
		const {code, out} = await run(['geboorteaangifte', 'test/fixtures/csv/kamervragen-limburg-questions-2024-11.csv'], {column: 'text_content', nameColumn: 'name'});
		expect(code).toBe(0);
		expect(out).toMatch(/#Zorg_voor_zwangere_vrouwen\S* {2}question 4/u);
	});

	it('searches a CSV of letters with --column, naming each row and listing the rows it skipped', async () => {
		const {code, out, err} = await run(['ziekenhuis', 'test/fixtures/csv/kamervragen-limburg-questions-2024-11.csv'], {column: 'text_content', nameColumn: 'name'});
		expect(code).toBe(0);
		expect(out).toMatch(/kamervragen-limburg-questions-2024-11\.csv#\S+ {2}question \d+/u);
		expect(err).toMatch(/^skipped: \S+\.csv row \d+ /mu);
	});

	it('marks in bold only when asked (a TTY without NO_COLOR)', async () => {
		expect((await run(['exitplan', seed], {}, true)).out).toContain('\u001B[1m«exitplan»\u001B[22m');
		expect((await run(['exitplan', seed])).out).not.toContain('\u001B');
	});

	it('prints JSON with end-exclusive offsets into the question, best first', async () => {
		const {code, out} = await run(['encryptiesleutels', seed], {json: true, limit: 2});
		expect(code).toBe(0);
		const {results} = JSON.parse(out) as {results: Array<{source: string; number: number; score: number; question: string; matches: Array<[number, number]>}>};
		expect(results).toHaveLength(2);
		for (const result of results) {
			expect(Object.keys(result)).toEqual(['source', 'number', 'score', 'question', 'matches', 'answerMatches']);
			expect(result.matches.map(([start, end]) => result.question.slice(start, end))).toEqual(['encryptiesleutels']);
		}

		expect(results[0]!.score).toBeLessThanOrEqual(results[1]!.score);
	});

	it('gives a hit found only in the answer its offsets into the answer, in answerMatches', async () => {
		// The Cyberbeveiligingswet is named in answers, never in a question.
		const {out} = await run(['cyberbeveiligingswet', seed], {json: true});
		const {results} = JSON.parse(out) as {results: Array<{number: number; question: string; matches: Array<[number, number]>; answerMatches: Array<[number, number]>}>};
		const onlyAnswer = results.find(result => result.matches.length === 0);
		expect(onlyAnswer).toBeDefined();
		const answer = scoreLetter(await readLetterFile(seed)).answers.find(each => each.number === onlyAnswer!.number)!.answer!;
		expect(onlyAnswer!.answerMatches.length).toBeGreaterThan(0);
		for (const [start, end] of onlyAnswer!.answerMatches) {
			expect(answer.slice(start, end).toLowerCase()).toContain('cyberbeveiligingswet');
		}
	});

	it('prints an empty result for a query nothing matches', async () => {
		expect(await run(['zwartepietendiscussie', seed])).toEqual({code: 0, out: 'no question matches (searched 1 letter)\n', err: ''});
		expect(JSON.parse((await run(['zwartepietendiscussie', seed], {json: true})).out)).toEqual({results: []});
	});

	it.each([
		[[], /give a query/u],
		[['', seed], /give a query/u],
		[['digid'], /name at least one letter file or folder/u],
		[['?!.,', seed], /no word to look for/u],
		[['!digid', seed], /no word to look for/u],
	])('is a usage error with one line for %j', async (args, message) => {
		const {code, out, err} = await run(args);
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err).toMatch(message);
		expect(err.trim().split('\n')).toHaveLength(1);
	});

	it('rejects a limit that is not a positive whole number', async () => {
		for (const limit of [0, -1, 1.5, Number.NaN]) {
			expect((await run(['digid', seed], {limit})).code).toBe(2);
		}
	});

	it('survives regex characters and a 10,000-character query', async () => {
		expect((await run(['.*(Koekkoek', seed])).out).toContain('question 11');
		const long = await run([`koekkoek ${'ab'.repeat(5000)}`, seed]);
		expect(long.code).toBe(0);
		expect(long.err).toMatch(/^note: query cut/u);
	});

	it('reports files that cannot be read, still prints the rest, and exits 1', async () => {
		const {code, out, err} = await run(['exitplan', seed, path.join(folder, 'missing.txt'), path.join(folder, 'letters')]);
		expect(code).toBe(1);
		expect(out).toContain('«exitplan»');
		expect(err).toMatch(/^error: .*missing\.txt/mu);
		expect(err).not.toMatch(/\n\s+at /u);
	});
});
