import {copyFile, mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLetters, type LoadProgress} from '../../../source/letter/index.js';
import {fixturePath} from './fixtures.js';

describe('loading a folder of letters', () => {
	it('loads every format it finds, lists each file that fails with its reason, and reports progress', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-load-'));
		await copyFile(fixturePath('ah-tk-20242025-573.txt'), path.join(folder, 'a.txt'));
		await copyFile(fixturePath('jenv-2024-me-er-arnhem-religie.docx'), path.join(folder, 'b.docx'));
		await writeFile(path.join(folder, 'c.pdf'), Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
		await writeFile(path.join(folder, 'd.docx'), 'Geachte voorzitter,\n\nHierbij zend ik u de stukken.\n');
		const progress: LoadProgress[] = [];
		const result = await loadLetters([folder], {onProgress: next => progress.push(next)});
		expect(result.letters.map(letter => path.basename(letter.source))).toEqual(['a.txt', 'b.docx']);
		expect(result.failures.map(failure => failure.message)).toEqual([
			`${path.join(folder, 'c.pdf')}: this is an image, not a letter; expected a Word .docx, a PDF with a text layer, or a text file`,
			`${path.join(folder, 'd.docx')}: no numbered questions found (expected "Vraag 1" / "Antwoord 1" or "1. …" questions)`,
		]);
		expect(progress.map(step => `${step.done}/${step.total} ${path.basename(step.current)}`)).toEqual(['0/4 a.txt', '1/4 b.docx', '2/4 c.pdf', '3/4 d.docx', '4/4 ']);
	});
});

describe('loading a folder letter by letter', () => {
	it('hands over each letter as it is read, in order, and stops when told', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'answer-review-load-'));
		for (const name of ['a', 'b', 'c', 'd']) {
			// eslint-disable-next-line no-await-in-loop
			await copyFile(fixturePath('ah-tk-20242025-573.txt'), path.join(folder, `${name}.txt`));
		}

		const seen: string[] = [];
		const all = await loadLetters([folder], {onLetter: letter => seen.push(path.basename(letter.source))});
		expect(seen).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
		expect(all.letters.map(letter => path.basename(letter.source))).toEqual(seen);

		const stopper = new AbortController();
		const some: string[] = [];
		const stopped = await loadLetters([folder], {signal: stopper.signal, onLetter(letter) {
			some.push(path.basename(letter.source));
			if (some.length === 2) {
				stopper.abort();
			}
		}});
		expect(some).toEqual(['a.txt', 'b.txt']);
		expect(stopped.letters).toHaveLength(2);
	});
});
