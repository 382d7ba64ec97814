import {execFileSync} from 'node:child_process';
import {copyFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runAgree, type AgreeFlags} from '../../source/commands/agree.js';
import type {AgreeReport} from '../../source/commands/agree.js';
import type {Change} from '../../source/store/index.js';
import {reviewOf, scored, seedLetter, spreadsheetLetter, tempFolder, writeSidecar} from '../core/export/helpers.js';

let folder = '';

beforeEach(async () => {
	folder = await tempFolder();
});

afterEach(async () => {
	await rm(folder, {recursive: true, force: true});
});

async function agreeOf(paths: string[], flags: AgreeFlags = {}) {
	let out = '';
	let err = '';
	const code = await runAgree(paths, flags, {out: text => { out += text; }, err: text => { err += text; }});
	return {code, out, err};
}

const verdicts = (...list: Array<'clear' | 'ambivalent' | 'non-reply'>): Array<[string, Change]> =>
	list.map((verdict, index) => [String(index + 1), {type: 'set-verdict', verdict}]);

describe('answer-review agree', () => {
	it('reports percent agreement and kappa per field, and each reviewer against the tool', async () => {
		const tool = (await scored(seedLetter)).answers.slice(0, 4).map(answer => answer.clarity);
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear', 'clear', 'ambivalent', 'non-reply')));
		const b = await writeSidecar(path.join(folder, 'b.json'), await reviewOf(seedLetter, 'bram', [
			...verdicts('clear', 'ambivalent', 'ambivalent'),
			['4', {type: 'toggle-flag', flag: 'future', current: false}],
		]));
		const {code, out, err} = await agreeOf([a, b], {json: true});
		expect(err).toBe('');
		expect(code).toBe(0);
		const report = JSON.parse(out) as AgreeReport;
		expect(report.reviewers).toEqual(['anna', 'bram']);
		// Both gave a verdict on 1–3 and agreed on 1 and 3; answer 4 has only bram's future flag.
		expect(report.between.clarity).toEqual({n: 3, agreed: 2, percent: 66.7, kappa: expect.any(Number) as number});
		expect(report.between.future.n).toBe(4);
		const annaAgrees = ['clear', 'clear', 'ambivalent', 'non-reply'].filter((verdict, index) => verdict === tool[index]).length;
		expect(report.versusTool[0].clarity).toMatchObject({n: 4, agreed: annaAgrees});
		expect(report.versusTool[1].clarity.n).toBe(3);
	});

	it('lists every disagreement, one line per answer and field, with the tool beside it; still exit 0', async () => {
		const tool = (await scored(seedLetter)).answers[1]!;
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear', 'ambivalent')));
		const b = await writeSidecar(path.join(folder, 'b.json'), await reviewOf(seedLetter, 'bram', [
			...verdicts('clear', 'non-reply'),
			['2', {type: 'toggle-flag', flag: 'deflects', current: tool.flags.deflects.value}],
		]));
		const text = await agreeOf([a, b]);
		expect(text.code).toBe(0);
		expect(text.err).toBe('');
		expect(text.out).toContain('Disagreements: 2 on 1 answer');
		expect(text.out).toMatch(new RegExp(String.raw`^ {2}q2 +clarity +ambivalent +non-reply +${tool.clarity}$`, 'mu'));
		expect(text.out).toMatch(new RegExp(String.raw`^ {2}q2 +deflects +${String(tool.flags.deflects.value)} +${String(!tool.flags.deflects.value)} +${String(tool.flags.deflects.value)}$`, 'mu'));
		expect(text.out).not.toMatch(/^ {2}q1 /mu);
		const json = JSON.parse((await agreeOf([a, b], {json: true})).out) as AgreeReport;
		expect(json.disagreements).toEqual([{key: '2', number: 2, fields: [
			{field: 'clarity', a: 'ambivalent', b: 'non-reply', tool: tool.clarity},
			{field: 'deflects', a: String(tool.flags.deflects.value), b: String(!tool.flags.deflects.value), tool: String(tool.flags.deflects.value)},
		]}]);
		const same = await agreeOf([a, await writeSidecar(path.join(folder, 'c.json'), await reviewOf(seedLetter, 'cas', verdicts('clear', 'ambivalent')))]);
		expect(same.out).toContain('No disagreements');
	});

	it('prints a readable table by default', async () => {
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear')));
		const b = await writeSidecar(path.join(folder, 'b.json'), await reviewOf(seedLetter, 'bram', verdicts('clear')));
		const {code, out} = await agreeOf([a, b]);
		expect(code).toBe(0);
		expect(out).toContain('anna vs bram');
		expect(out).toMatch(/^ {2}clarity {7}1 of 1 \(100%, κ n\/a\)$/mu);
		expect(out).toContain('bram vs the tool');
	});

	it('finds the letter beside the sidecar when the recorded path is relative to it, or takes --letter', async () => {
		const letter = path.join(folder, 'brief.txt');
		await copyFile(seedLetter, letter);
		const relative = {...await reviewOf(letter, 'anna', verdicts('clear')), letter: 'brief.txt'};
		const a = await writeSidecar(path.join(folder, 'a.json'), relative);
		const b = await writeSidecar(path.join(folder, 'b.json'), {...relative, reviewer: 'bram'});
		expect((await agreeOf([a, b])).code).toBe(0);
		const moved = await writeSidecar(path.join(folder, 'c.json'), {...relative, letter: 'elders/brief.txt'});
		const missing = await agreeOf([moved, b]);
		expect(missing.code).toBe(1);
		expect(missing.err).toContain('pass --letter FILE');
		expect((await agreeOf([moved, b], {letter})).code).toBe(0);
	});

	it('refuses, on one line, a sidecar of another letter or a corrupt one', async () => {
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear')));
		const other = await writeSidecar(path.join(folder, 'b.json'), await reviewOf(spreadsheetLetter, 'bram', verdicts('clear')));
		const mismatch = await agreeOf([a, other]);
		expect(mismatch.code).toBe(1);
		expect(mismatch.err).toMatch(/^answer-review agree: .*b\.json: does not match the letter .*belongs to a different letter.*\n$/u);
		const corrupt = path.join(folder, 'corrupt.json');
		await writeFile(corrupt, '{');
		expect((await agreeOf([a, corrupt])).err).toContain('not valid JSON');
	});

	it('refuses a pipe or a folder in a review file\'s place in one line instead of waiting on it', async () => {
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear')));
		const fifo = path.join(folder, 'pipe.json');
		execFileSync('mkfifo', [fifo]);
		const piped = await agreeOf([fifo, a]);
		expect(piped.code).toBe(1);
		expect(piped.err).toBe(`answer-review agree: ${fifo}: is not a regular file\n`);
		expect((await agreeOf([a, folder])).err).toContain('is a folder, not a review file');
	});

	it('is a usage error without exactly two review files, or with one file named twice', async () => {
		expect((await agreeOf(['a.json'])).code).toBe(2);
		const a = await writeSidecar(path.join(folder, 'a.json'), await reviewOf(seedLetter, 'anna', verdicts('clear')));
		const twice = await agreeOf([a, path.join(folder, '.', 'a.json')]);
		expect(twice.code).toBe(2);
		expect(twice.err).toContain('are the same file');
	});
});
