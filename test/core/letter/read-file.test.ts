import {execFileSync} from 'node:child_process';
import {mkdtemp, mkdir, symlink, writeFile, truncate} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {listLetterFiles, readLetterFile, LetterReadError} from '../../../source/letter/index.js';

let folder: string;

beforeAll(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-read-'));
});

async function expectFailure(file: string, pattern: RegExp) {
	const error = await readLetterFile(file).then(() => undefined, (error_: unknown) => error_);
	expect(error).toBeInstanceOf(LetterReadError);
	const {message} = error as LetterReadError;
	expect(message).toContain(file);
	expect(message).toMatch(pattern);
	expect(message).not.toContain('\n');
}

describe('reading letter files that are not letters', () => {
	it('names a missing file', async () => {
		await expectFailure(path.join(folder, 'nope.txt'), /no such file/u);
	});

	it('names a folder given as a file', async () => {
		await expectFailure(folder, /is a folder/u);
	});

	it('names a pipe given as a letter at once, without waiting for a writer', async () => {
		const fifo = path.join(folder, 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		await expectFailure(fifo, /is not a regular file/u);
	});

	it('reads a letter of any size whole', async () => {
		// Bigger than one read of the file system, and than Node's pool of small buffers.
		const text = `1. Vraag?\n\n${'Antwoord met veel woorden. '.repeat(20_000)}\n`;
		const file = path.join(folder, 'long.txt');
		await writeFile(file, text);
		const letter = await readLetterFile(file);
		expect(letter.questions[0]!.answer).toBe(text.slice(text.indexOf('Antwoord')).trim());
	});

	it('names an empty file', async () => {
		const file = path.join(folder, 'empty.txt');
		await writeFile(file, '   \n');
		await expectFailure(file, /empty/u);
	});

	it('names an image, a zip and a PDF', async () => {
		const png = path.join(folder, 'scan.png');
		await writeFile(png, Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0]));
		await expectFailure(png, /an image/u);
		const docx = path.join(folder, 'brief met spaties.docx');
		await writeFile(docx, Buffer.from([0x50, 0x4B, 0x03, 0x04, 0, 0]));
		await expectFailure(docx, /zip archive without word\/document\.xml, not a Word letter; expected a Word \.docx, a PDF with a text layer, or a text file/u);
		const pdf = path.join(folder, 'brief.pdf');
		await writeFile(pdf, '%PDF-1.7\n');
		await expectFailure(pdf, /PDF/u);
	});

	it('refuses a huge file without reading it', async () => {
		const file = path.join(folder, 'huge.txt');
		await writeFile(file, '');
		await truncate(file, 100 * 1024 * 1024);
		await expectFailure(file, /100 MB; a letter is at most 20 MB/u);
	});

	it('reads a UTF-8 letter with a stray byte and a NUL, and says what it removed', async () => {
		const file = path.join(folder, 'stray.txt');
		const letter = Buffer.from('Vraag 1\nKlopt het dat de minister van Financiën «Honderden» schreef?\n\nAntwoord 1\nJa.\n\nVraag 2\nWaarom?\n\nAntwoord 2\nDaarom.\n');
		const at = letter.indexOf('Vraag 2');
		await writeFile(file, Buffer.concat([letter.subarray(0, at), Buffer.from([0x81]), letter.subarray(at, at + 10), Buffer.from([0]), letter.subarray(at + 10)]));
		const read = await readLetterFile(file);
		expect(read.questions.map(question => question.answer)).toEqual(['Ja.', 'Daarom.']);
		expect(read.questions[0]!.text).toContain('Financiën «Honderden»');
		expect(read.notices[0]).toBe('1 byte sequence not valid UTF-8 removed; the rest is read as UTF-8');
	});

	it('names a text without numbered questions', async () => {
		const file = path.join(folder, 'geen-vragen.txt');
		await writeFile(file, 'Geachte voorzitter,\n\nHierbij zend ik u de stukken.\n');
		await expectFailure(file, /no numbered questions found/u);
	});

	it('reads a file named with spaces and non-ASCII characters', async () => {
		const file = path.join(folder, 'brief Ĳsselmeer ë.txt');
		await writeFile(file, 'Vraag 1\nKlopt het?\nAntwoord 1\nJa.\n');
		const letter = await readLetterFile(file);
		expect(letter.questions[0]!.answer).toBe('Ja.');
	});

	it('records duplicate and missing numbers as notices, not errors', async () => {
		const file = path.join(folder, 'gaten.txt');
		await writeFile(file, 'Vraag 1\nA?\nAntwoord 1\nJa.\nVraag 1\nB?\nVraag 4\nC?\nAntwoord 4\nNee.\n');
		const letter = await readLetterFile(file);
		expect(letter.questions.map(question => question.number)).toEqual([1, 2, 4]);
		expect(letter.notices.join(' | ')).toMatch(/question 1 is printed twice.*question 3 is missing/u);
	});
});

describe('listing letter files', () => {
	it('walks folders recursively, skips sidecars, and reports a folder without letters', async () => {
		const root = path.join(folder, 'archief');
		await mkdir(path.join(root, 'sub'), {recursive: true});
		await mkdir(path.join(root, 'leeg'));
		await writeFile(path.join(root, 'a.txt'), 'x');
		await writeFile(path.join(root, 'sub', 'b.txt'), 'x');
		await writeFile(path.join(root, 'a.txt.review.json'), '{}');
		const listed = await listLetterFiles([root, path.join(root, 'leeg'), path.join(folder, 'missing')]);
		expect(listed.files).toEqual([path.join(root, 'a.txt'), path.join(root, 'sub', 'b.txt')]);
		expect(listed.errors.map(error => error.message)).toEqual([
			`${path.join(root, 'leeg')}: no letters in this folder (looked for .txt, .docx, .pdf files)`,
			`${path.join(folder, 'missing')}: no such file or folder`,
		]);
	});

	it('lists a file named twice, or named beside its folder, once, where first named', async () => {
		const root = path.join(folder, 'twee');
		await mkdir(root, {recursive: true});
		await writeFile(path.join(root, 'a.txt'), 'x');
		await writeFile(path.join(root, 'b.txt'), 'x');
		const b = path.join(root, 'b.txt');
		expect((await listLetterFiles([b, root, `${root}/./b.txt`])).files).toEqual([b, path.join(root, 'a.txt')]);
	});

	it('follows links in a folder, once, and lists a broken link so reading it says what is wrong', async () => {
		const root = path.join(folder, 'links');
		const elsewhere = path.join(folder, 'elsewhere');
		await mkdir(root, {recursive: true});
		await mkdir(elsewhere, {recursive: true});
		await writeFile(path.join(elsewhere, 'c.txt'), 'x');
		await writeFile(path.join(elsewhere, 'd.txt'), 'x');
		await symlink(path.join(elsewhere, 'c.txt'), path.join(root, 'a.txt'));
		await symlink(elsewhere, path.join(root, 'map'));
		await symlink(root, path.join(root, 'self'));
		await symlink(path.join(folder, 'nowhere.txt'), path.join(root, 'broken.txt'));
		const listed = await listLetterFiles([root]);
		// map/c.txt is a.txt again, reached by another link: read once.
		expect(listed.files).toEqual([path.join(root, 'a.txt'), path.join(root, 'broken.txt'), path.join(root, 'map', 'd.txt')]);
		await expectFailure(path.join(root, 'broken.txt'), /no such file/u);
	});
});
