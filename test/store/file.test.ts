import {execFileSync, spawnSync} from 'node:child_process';
import {mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises';
import {hostname, tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createAnnotationFile, withAnnotations} from '../../source/store/apply.js';
import {SidecarError, createSaver, loadAnnotations, lockSidecar, openAnnotations, reviewerSlug, sidecarPath, writeAnnotations} from '../../source/store/file.js';
import type {AnnotationFile} from '../../source/store/model.js';

const fingerprint = 'f'.repeat(64);
const letter = {fingerprint, source: 'brief.txt'};
const now = '2026-07-01T10:00:00.000Z';
let folder = '';

beforeEach(async () => {
	folder = await mkdtemp(path.join(tmpdir(), 'answer-review-store-'));
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

describe('the sidecar name', () => {
	it('is <letter>.review.json by default', () => {
		expect(sidecarPath('a/brief.txt')).toBe('a/brief.txt.review.json');
	});

	it('carries the reviewer name when one is given explicitly', () => {
		expect(sidecarPath('a/brief.txt', {reviewer: 'Anna de Vries'})).toBe('a/brief.txt.review.anna-de-vries.json');
	});

	it('is exactly --annotations when given', () => {
		expect(sidecarPath('a/brief.txt', {annotations: 'elders.json', reviewer: 'anna'})).toBe('elders.json');
	});

	it('refuses a reviewer name with nothing usable in it', () => {
		expect(() => reviewerSlug('../')).toThrow(SidecarError);
		expect(reviewerSlug('José/../x')).toBe('josé-x');
	});
});

describe('loading', () => {
	it('gives undefined for a missing file, and a fresh file to open', async () => {
		const file = path.join(folder, 'x.review.json');
		expect(await loadAnnotations(file, letter)).toBeUndefined();
		const opened = await openAnnotations(file, letter, 'anna', now);
		expect(opened).toMatchObject({reviewer: 'anna', fingerprint, annotations: {}, createdAt: now});
	});

	it('refuses a pipe in the review file\'s place instead of waiting on it', async () => {
		const file = path.join(folder, 'x.review.json');
		execFileSync('mkfifo', [file]);
		await expect(loadAnnotations(file, letter)).rejects.toThrow(`${file}: is not a regular file; it was left untouched`);
	});

	it('reads back what was written', async () => {
		const file = path.join(folder, 'x.review.json');
		const saved = withAnnotations(createAnnotationFile({reviewer: 'anna', fingerprint, letter: 'brief.txt', now}), {'1': {verdict: 'clear', updatedAt: now}}, now);
		await writeAnnotations(file, saved);
		expect(await loadAnnotations(file, letter, 'anna')).toEqual(saved);
	});

	it.each([
		['corrupt', '{"version": 1, "annotations": ', 'not valid JSON'],
		['newer-version', JSON.stringify({version: 9}), 'newer answer-review'],
		['other-reviewer', JSON.stringify({...createAnnotationFile({reviewer: 'bram', fingerprint, letter: 'b', now})}), '"bram"'],
	])('refuses a %s file with one line naming it, and leaves it untouched', async (problem, text, words) => {
		const file = path.join(folder, 'x.review.json');
		await writeFile(file, text);
		const error = await openAnnotations(file, letter, 'anna').catch((error_: unknown) => error_);
		expect(error).toBeInstanceOf(SidecarError);
		expect((error as SidecarError).problem).toBe(problem);
		expect((error as Error).message).toContain(file);
		expect((error as Error).message).toContain(words);
		expect((error as Error).message).not.toContain('\n');
		expect(await readFile(file, 'utf8')).toBe(text);
	});

	it('tells another reviewer how to continue that very file: --reviewer alone would open another one', async () => {
		const file = path.join(folder, 'x.review.json');
		await writeFile(file, JSON.stringify(createAnnotationFile({reviewer: 'bram', fingerprint, letter: 'b', now})));
		const error = await openAnnotations(file, letter, 'anna').catch((error_: unknown) => error_);
		expect((error as Error).message).toContain(`pass --reviewer "bram" --annotations "${file}" to continue that review`);
		expect(sidecarPath('brief.txt', {reviewer: 'bram', annotations: file})).toBe(file);
		await expect(openAnnotations(file, letter, 'bram')).resolves.toMatchObject({reviewer: 'bram'});
	});
});

describe('saving', () => {
	const state = (note: string): AnnotationFile => withAnnotations(createAnnotationFile({reviewer: 'anna', fingerprint, letter: 'b', now}), {'1': {note, updatedAt: now}}, now);

	it('writes a burst of saves in order and ends with the latest', async () => {
		const written: string[] = [];
		const saver = createSaver('x', async (_file, annotations) => {
			written.push(annotations.annotations['1']?.note ?? '');
		});
		void saver.save(state('a'));
		void saver.save(state('b'));
		await saver.save(state('c'));
		await saver.flush();
		expect(written.at(-1)).toBe('c');
		expect(written.length).toBeLessThanOrEqual(3);
	});

	it('keeps a failed save and writes it on flush', async () => {
		let fail = true;
		const written: string[] = [];
		const saver = createSaver('x', async (_file, annotations) => {
			if (fail) {
				fail = false;
				throw new Error('disk full');
			}

			written.push(annotations.annotations['1']?.note ?? '');
		});
		await expect(saver.save(state('a'))).rejects.toThrow('disk full');
		await saver.flush();
		expect(written).toEqual(['a']);
	});
});

describe('locking', () => {
	it('refuses a second reviewer on the same file until the first one lets go', async () => {
		const file = path.join(folder, 'x.review.json');
		const first = await lockSidecar(file);
		const refused = await lockSidecar(path.join(folder, '.', 'x.review.json')).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(SidecarError);
		expect((refused as SidecarError).problem).toBe('locked');
		expect((refused as Error).message).toContain('already open in another answer-review');
		await first.release();
		const second = await lockSidecar(file);
		await second.release();
	});

	it('refuses another name (a symbolic link) for a file that is open', async () => {
		const file = path.join(folder, 'x.review.json');
		await writeFile(file, '{}');
		const alias = path.join(folder, 'alias.json');
		await symlink(file, alias);
		const first = await lockSidecar(file);
		const refused = await lockSidecar(alias).catch((error: unknown) => error);
		expect((refused as SidecarError).problem).toBe('locked');
		await first.release();
	});

	it('takes over at once the lock of a process of this host that no longer exists, not that of one that runs', async () => {
		const file = path.join(folder, 'x.review.json');
		const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
		await mkdir(`${file}.lock`);
		await writeFile(`${file}.lock.owner`, JSON.stringify({pid: gone, host: hostname()}));
		const taken = await lockSidecar(file);
		await taken.release();
		await mkdir(`${file}.lock`);
		await writeFile(`${file}.lock.owner`, JSON.stringify({pid: process.ppid, host: hostname()}));
		expect(((await lockSidecar(file).catch((error: unknown) => error)) as SidecarError).problem).toBe('locked');
	});

	it('removes the temporary files a killed write left, and nothing else', async () => {
		const file = path.join(folder, 'x.review.json');
		await writeFile(`${file}.2389472934`, '{"half');
		await writeFile(`${file}.bak`, 'mine');
		const lock = await lockSidecar(file);
		expect((await readdir(folder)).sort()).toEqual(['x.review.json.bak', 'x.review.json.lock', 'x.review.json.lock.owner']);
		await lock.release();
		expect(await readdir(folder)).toEqual(['x.review.json.bak']);
	});
});
