import {readFileSync} from 'node:fs';
import {execFileSync, spawn} from 'node:child_process';
import {chmod, mkdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runExport, type ExportFlags} from '../../source/commands/export.js';
import {parseExport, serializeExport, writeScorecardFile} from '../../source/export/index.js';
import {sidecarPath} from '../../source/store/index.js';
import {parseCsv, reviewOf, scored, seedLetter, spreadsheetLetter, tempFolder, writeSidecar} from '../core/export/helpers.js';

let folder = '';

beforeEach(async () => {
	folder = await tempFolder();
});

afterEach(async () => {
	await chmod(folder, 0o700).catch(() => undefined);
	await rm(folder, {recursive: true, force: true});
});

async function exportOf(paths: string[], flags: ExportFlags = {}) {
	let out = '';
	let err = '';
	const code = await runExport(paths, flags, {out: text => { out += text; }, err: text => { err += text; }});
	return {code, out, err};
}

/** A copy of a fixture letter in the temp folder, so its default sidecar lands there too. */
async function copyLetter(fixture: string, name = path.basename(fixture)): Promise<string> {
	const file = path.join(folder, name);
	await writeFile(file, await readFile(fixture));
	return file;
}

describe('answer-review export', () => {
	it('prints the Markdown scorecard to stdout by default, saying "not reviewed" without a sidecar', async () => {
		const {code, out, err} = await exportOf([seedLetter]);
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toMatch(/^# Scorecard: digitale soevereiniteit/u);
		expect(out).toContain('- **Review:** not reviewed');
	});

	it('merges the sidecar next to the letter: the reviewer\'s word wins, both are shown', async () => {
		const letter = await copyLetter(seedLetter);
		await writeSidecar(sidecarPath(letter), await reviewOf(letter, 'anna', [['2', {type: 'set-verdict', verdict: 'non-reply'}], ['2', {type: 'set-note', note: 'ontwijkend'}]]));
		const {code, out} = await exportOf([letter]);
		expect(code).toBe(0);
		expect(out).toContain('- **Review:** partly reviewed by anna, 1 answer with a verdict');
		expect(out).toContain('- **Clarity:** **non-reply** (reviewer; tool: clear)');
		expect(out).toContain('- **Note:** ontwijkend');
	});

	it('exports a CSV of letters with --column, each row merged with its own review file', async () => {
		const text = 'Vraag 1\nKlopt het bericht?\nAntwoord 1\nJa, dat klopt.\n';
		const csv = path.join(folder, 'set.csv');
		await writeFile(csv, `name,text\nbrief-a,"${text}"\nbrief-b,"Vraag 1\nWanneer?\n"\n`);
		const plain = path.join(folder, 'brief-a.txt');
		await writeFile(plain, text);
		await writeSidecar(sidecarPath(`${csv}#brief-a`), await reviewOf(plain, 'anna', [['1', {type: 'set-verdict', verdict: 'non-reply'}]]));
		const {code, out, err} = await exportOf([csv], {column: 'text', nameColumn: 'name'});
		expect(code).toBe(0);
		expect(out).toContain(String.raw`set.csv\#brief-a`);
		expect(out).toContain('- **Clarity:** **non-reply** (reviewer; tool: clear)');
		expect(err).toBe(`answer-review export: skipped ${csv} row 2 (brief-b): questions only (1), no answers\n`);
	});

	it('reads the sidecar named by --reviewer or --annotations', async () => {
		const letter = await copyLetter(seedLetter);
		await writeSidecar(sidecarPath(letter, {reviewer: 'Bram'}), await reviewOf(letter, 'Bram', [['1', {type: 'set-verdict', verdict: 'ambivalent'}]]));
		const elsewhere = await writeSidecar(path.join(folder, 'elders.json'), await reviewOf(letter, 'carla', [['1', {type: 'set-verdict', verdict: 'non-reply'}]]));
		expect((await exportOf([letter], {reviewer: 'Bram'})).out).toContain('partly reviewed by Bram');
		expect((await exportOf([letter], {annotations: elsewhere})).out).toContain('partly reviewed by carla');
	});

	it('writes JSON that reads back and exports to the same file', async () => {
		const letter = await copyLetter(seedLetter);
		await writeSidecar(sidecarPath(letter), await reviewOf(letter, 'anna', [['3', {type: 'set-verdict', verdict: 'clear'}]]));
		const output = path.join(folder, 'scorecard.json');
		const {code, out, err} = await exportOf([letter], {format: 'json', output});
		expect(code).toBe(0);
		// The message is on stderr: `--output /dev/stdout | …` carries the export alone.
		expect(out).toBe('');
		expect(err).toBe(`answer-review export: wrote ${output} (json, 1 letter, 22 answers)\n`);
		const text = await readFile(output, 'utf8');
		const read = parseExport(text);
		expect(read.ok).toBe(true);
		expect(read.ok && serializeExport(read.document)).toBe(text);
		expect((await exportOf([letter], {format: 'json'})).out).toBe(text);
	});

	it('exports a folder as one CSV row per answer across letters, skipping postponement notices', async () => {
		await copyLetter(seedLetter);
		await copyLetter(spreadsheetLetter);
		await copyLetter('test/fixtures/letters/ministry-ah615-uitstel.txt');
		const {code, out, err} = await exportOf([folder], {format: 'csv'});
		expect(code).toBe(0);
		expect(err).toContain('skipped');
		expect(err).toContain('ministry-ah615-uitstel.txt: no answers in this letter (a postponement notice)');
		// A UTF-8 byte order mark first, so a spreadsheet reads "geïnformeerd" as written; --no-bom leaves it off.
		expect(out.startsWith('\uFEFFletter,')).toBe(true);
		const rows = parseCsv(out.slice(1));
		expect(rows).toHaveLength(1 + 22 + 3);
		const bare = await exportOf([folder], {format: 'csv', bom: false});
		expect(bare.out.startsWith('letter,')).toBe(true);
		expect(bare.out).toBe(out.slice(1));
		expect(new Set(rows.slice(1).map(row => path.basename(row[0]!)))).toEqual(new Set(['seed-digitale-soevereiniteit.txt', 'spreadsheet-letter.txt']));
	});

	it('is a usage error (2) without a letter, with an unknown format, or with --annotations for several letters', async () => {
		expect((await exportOf([])).code).toBe(2);
		const format = await exportOf([seedLetter], {format: 'xlsx'});
		expect(format.code).toBe(2);
		expect(format.err).toContain('--format must be one of markdown, json, csv');
		expect((await exportOf(['test/fixtures/letters'], {annotations: 'x.json'})).code).toBe(2);
	});
});

describe('bad input: one clear line, exit 1, the existing output left intact', () => {
	const original = 'the previous scorecard\n';

	async function expectFailure(paths: string[], flags: ExportFlags, words: string) {
		const output = flags.output ?? path.join(folder, 'kept.md');
		if (flags.output === undefined || !flags.output.endsWith('folder')) {
			await writeFile(output, original).catch(() => undefined);
		}

		const {code, out, err} = await exportOf(paths, {...flags, output});
		expect(code).toBe(1);
		expect(out).toBe('');
		const [first] = err.trim().split('\n');
		expect(first).toContain(words);
		return output;
	}

	it('refuses an output path that is a folder', async () => {
		const target = path.join(folder, 'a-folder');
		await mkdir(target);
		await expectFailure([seedLetter], {output: target}, 'is a folder; give a file name');
	});

	it('refuses an output path in a folder that does not exist, or under a file', async () => {
		await expectFailure([seedLetter], {output: path.join(folder, 'missing', 'x.md')}, 'the folder does not exist');
		const file = path.join(folder, 'plain.txt');
		await writeFile(file, 'x');
		await expectFailure([seedLetter], {output: path.join(file, 'x.md')}, 'cannot write');
	});

	it.skipIf(process.getuid?.() === 0)('leaves an existing file in an unwritable folder intact', async () => {
		const locked = path.join(folder, 'locked');
		await mkdir(locked);
		const output = path.join(locked, 'scorecard.md');
		await writeFile(output, original);
		await chmod(locked, 0o500);
		await expectFailure([seedLetter], {output}, 'cannot write (permission denied)');
		expect(await readFile(output, 'utf8')).toBe(original);
	});

	it('keeps a review through edits of its letter: whitespace changes nothing, a changed answer is marked', async () => {
		const letter = await copyLetter(seedLetter);
		const verdicts = ['1', '2', '3'].map(key => [key, {type: 'set-verdict', verdict: 'clear'}] as const);
		await writeSidecar(sidecarPath(letter), await reviewOf(letter, 'anna', verdicts));
		const original = await readFile(letter, 'utf8');
		type Row = {key: string; reviewed: boolean; answerChanged: boolean; answer: string};
		const rows = async () => {
			const {code, out} = await exportOf([letter], {format: 'json'});
			expect(code).toBe(0);
			return (JSON.parse(out) as {answers: Row[]}).answers;
		};

		// Two trailing newlines and a doubled space.
		await writeFile(letter, `${original.replace('De genoemde voorzieningen', 'De  genoemde voorzieningen')}\n\n`);
		const spaced = await rows();
		expect(spaced.slice(0, 4).map(row => [row.key, row.reviewed, row.answerChanged])).toEqual([['1', true, false], ['2', true, false], ['3', true, false], ['4', false, false]]);
		expect(spaced.every(row => typeof row.answerChanged === 'boolean')).toBe(true);

		// One word of answer 1 changed.
		await writeFile(letter, original.replace('De genoemde voorzieningen', 'De bedoelde voorzieningen'));
		const edited = await rows();
		expect(edited[0]!.answer).toContain('De bedoelde voorzieningen');
		expect(edited.slice(0, 3).map(row => [row.key, row.reviewed, row.answerChanged])).toEqual([['1', true, true], ['2', true, false], ['3', true, false]]);
		const csv = parseCsv((await exportOf([letter], {format: 'csv'})).out);
		const column = csv[0]!.indexOf('answer_changed');
		expect(csv.slice(1, 4).map(row => row[column])).toEqual(['true', 'false', 'false']);
		const markdown = (await exportOf([letter])).out;
		expect(markdown.match(/Answer changed\*\* since the reviewer judged it/gu)).toHaveLength(1);
	});

	it('lists an annotation whose question is gone as orphaned, and keeps it in the file', async () => {
		const letter = await copyLetter(seedLetter);
		const sidecar = sidecarPath(letter);
		const review = await reviewOf(letter, 'anna', [['1', {type: 'set-verdict', verdict: 'clear'}]]);
		await writeSidecar(sidecar, {...review, annotations: {...review.annotations, '99': {verdict: 'non-reply', note: 'weg', updatedAt: review.updatedAt}}});
		const before = await readFile(sidecar, 'utf8');
		const {code, out} = await exportOf([letter], {format: 'json'});
		expect(code).toBe(0);
		const document = JSON.parse(out) as {letters: Array<{review: {orphaned?: Array<{key: string; annotation: {note?: string}}>}}>};
		expect(document.letters[0]!.review.orphaned).toEqual([{key: '99', annotation: {verdict: 'non-reply', note: 'weg', updatedAt: review.updatedAt}}]);
		expect((await exportOf([letter])).out).toContain('Orphaned annotations');
		expect(await readFile(sidecar, 'utf8')).toBe(before);
	});

	it('refuses a letter with no answers', async () => {
		const output = await expectFailure(['test/fixtures/letters/ministry-ah615-uitstel.txt'], {}, 'no answers in this letter (a postponement notice); nothing to export');
		expect(await readFile(output, 'utf8')).toBe(original);
	});

	it('exports the letters it can read and names the one it cannot, with exit 1', async () => {
		const {code, out, err} = await exportOf([seedLetter, path.join(folder, 'weg.txt')], {format: 'csv'});
		expect(code).toBe(1);
		expect(parseCsv(out.replace(/^\uFEFF/u, '')).length).toBeGreaterThan(20);
		expect(err).toBe(`answer-review export: ${path.join(folder, 'weg.txt')}: no such file or folder\n`);
	});

	it('refuses to write over a letter or a review file it reads (exit 2), and leaves both as they were', async () => {
		const letter = await copyLetter(seedLetter);
		const before = await readFile(letter, 'utf8');
		const sidecar = await reviewOf(letter, 'anna', [['1', {type: 'set-verdict', verdict: 'clear'}]]);
		await writeSidecar(sidecarPath(letter), sidecar);
		const review = await readFile(sidecarPath(letter), 'utf8');
		for (const [target, words] of [[letter, 'is the letter'], [sidecarPath(letter), 'is the review file']] as const) {
			// eslint-disable-next-line no-await-in-loop
			const {code, err} = await exportOf([folder], {output: target});
			expect(code).toBe(2);
			expect(err).toContain(words);
		}

		expect(await readFile(letter, 'utf8')).toBe(before);
		expect(await readFile(sidecarPath(letter), 'utf8')).toBe(review);
	});

	it('refuses (exit 2) an --output where a review file of the letter belongs, though none exists yet, and writes nothing', async () => {
		const letter = await copyLetter(seedLetter);
		const annotations = path.join(folder, 'mijn-review.json');
		for (const [target, flags] of [
			[`${letter}.review.json`, {}],
			[`${letter}.review.bob.json`, {}],
			[annotations, {annotations}],
		] as const) {
			// eslint-disable-next-line no-await-in-loop
			const {code, err} = await exportOf([letter], {...flags, output: target});
			expect(code, target).toBe(2);
			expect(err).toMatch(/review file/u);
			// eslint-disable-next-line no-await-in-loop
			expect(await stat(target).catch(() => 'absent')).toBe('absent');
		}
	});

	it('refuses to write over the review file of a CSV row, and --annotations for a CSV of several letters', async () => {
		const csv = path.join(folder, 'set.csv');
		await writeFile(csv, 'name,text\nbrief-a,"Vraag 1\nKlopt het?\nAntwoord 1\nJa."\nbrief-b,"Vraag 1\nEn dit?\nAntwoord 1\nNee."\n');
		const review = `${csv}#brief-a.review.json`;
		await writeFile(review, 'de review van anna');
		const clash = await exportOf([csv], {column: 'text', nameColumn: 'name', output: review});
		expect(clash.code).toBe(2);
		expect(clash.err).toContain('is the review file');
		expect(await readFile(review, 'utf8')).toBe('de review van anna');
		expect((await exportOf([csv], {column: 'text', nameColumn: 'name', annotations: review})).code).toBe(2);
	});

	it('refuses to write over any reviewer\'s review file of a letter it exports, and an unusable --reviewer, in one line', async () => {
		const letter = await copyLetter(seedLetter);
		const anna = `${letter}.review.anna.json`;
		await writeFile(anna, 'de review van anna');
		const clash = await exportOf([letter], {reviewer: 'bob', output: anna});
		expect(clash.code).toBe(2);
		expect(clash.err).toContain(`is a review file of ${letter}`);
		expect(await readFile(anna, 'utf8')).toBe('de review van anna');
		const badName = await exportOf([letter], {reviewer: '!!!', output: anna});
		expect(badName.code).toBe(2);
		expect(badName.err.trim().split('\n')).toHaveLength(1);
	});

	it('writes through a named pipe instead of replacing it', async () => {
		const fifo = path.join(folder, 'pipe');
		execFileSync('mkfifo', [fifo]);
		const reader = spawn('cat', [fifo]);
		let read = '';
		reader.stdout.on('data', (chunk: Buffer) => {
			read += chunk.toString('utf8');
		});
		const closed = new Promise(resolve => {
			reader.on('close', resolve);
		});
		const {code} = await exportOf([seedLetter], {output: fifo, format: 'json'});
		await closed;
		expect(code).toBe(0);
		expect(parseExport(read).ok).toBe(true);
		expect((await stat(fifo)).isFIFO()).toBe(true);
	});

	it('refuses a missing letter', async () => {
		const output = await expectFailure([path.join(folder, 'weg.txt')], {}, 'no such file or folder');
		expect(await readFile(output, 'utf8')).toBe(original);
	});
});

describe('the reviewer\'s x key', () => {
	it('writes <letter>.scorecard.md next to the letter and returns its path', async () => {
		const letter = await copyLetter(seedLetter);
		const sidecar = await reviewOf(letter, 'anna', [['1', {type: 'set-verdict', verdict: 'ambivalent'}]]);
		const written = await writeScorecardFile(letter, await scored(letter), {annotations: sidecar.annotations, reviewer: 'anna'});
		expect(written).toEqual({path: `${letter}.scorecard.md`});
		const text = await readFile(written.path, 'utf8');
		expect(text).toContain('partly reviewed by anna');
		expect(text).toContain('- **Clarity:** **ambivalent** (reviewer; tool: clear)');
	});

	it('writes over a scorecard it wrote, but never over one the user edited since: the new one goes beside it', async () => {
		const letter = await copyLetter(seedLetter);
		const scorecard = await scored(letter);
		const first = await writeScorecardFile(letter, scorecard);
		expect(await writeScorecardFile(letter, scorecard)).toEqual(first);
		const edited = `${await readFile(first.path, 'utf8')}\nMijn eigen conclusie.\n`;
		await writeFile(first.path, edited);
		expect(await writeScorecardFile(letter, scorecard)).toEqual({path: `${letter}.scorecard.2.md`, kept: first.path});
		expect(await readFile(first.path, 'utf8')).toBe(edited);
		// A file there that answer-review did not write is left alone too.
		await writeFile(`${letter}.scorecard.2.md`, 'notities');
		expect((await writeScorecardFile(letter, scorecard)).path).toBe(`${letter}.scorecard.3.md`);
		expect(await readFile(`${letter}.scorecard.2.md`, 'utf8')).toBe('notities');
	});
});

describe('the export commands', () => {
	it('never load ink or react', () => {
		const staticImport = /^\s*import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gmu;
		const seen = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) {
				return;
			}

			seen.add(file);
			for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(staticImport)) {
				if (specifier.startsWith('.')) {
					visit(path.resolve(path.dirname(file), specifier).replace(/\.js$/u, '.ts'));
				} else {
					seen.add(specifier);
				}
			}
		};

		for (const command of ['export', 'commitments', 'agree']) {
			visit(path.resolve('source/commands', `${command}.ts`));
		}

		expect([...seen].filter(entry => /^(?:ink|react)(?:$|\/)|^ink-/u.test(entry))).toEqual([]);
		expect([...seen].some(entry => entry.endsWith(path.join('export', 'index.ts')))).toBe(true);
	});
});
