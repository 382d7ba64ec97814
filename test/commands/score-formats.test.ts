import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {runScore} from '../../source/commands/score.js';
import {progressLine} from '../../source/commands/progress-line.js';

const csv = fileURLToPath(new URL('../fixtures/csv/kamervragen-limburg-questions-2024-11.csv', import.meta.url));

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	return {out, err, output: {out: (text: string) => out.push(text), err: (text: string) => err.push(text)}};
}

describe('score on a CSV of letters', () => {
	it('scores one letter per row and lists the rows without answers with their reason, exit 0', async () => {
		const {out, err, output} = capture();
		const code = await runScore([csv], {json: true, column: 'text_content', nameColumn: 'name'}, output);
		expect(code).toBe(0);
		expect((JSON.parse(out.join('')) as {letters: unknown[]}).letters).toHaveLength(43);
		const skipped = err.join('').split('\n').filter(line => line.startsWith('skipped: '));
		expect(skipped).toHaveLength(43);
		expect(skipped.filter(line => line.includes('a postponement notice'))).toHaveLength(4);
	});

	it('says which option is missing when a CSV is given without --column', async () => {
		const {err, output} = capture();
		expect(await runScore([csv], {}, output)).toBe(1);
		expect(err.join('')).toContain('this is a CSV of letters: name the column that holds the letter text (--column)');
	});

	it('stays silent about progress unless stderr is a terminal', async () => {
		const {err, output} = capture();
		await runScore(['test/fixtures/letters'], {json: true}, output);
		expect(err.join('')).not.toContain('reading');
	});

	it('shows progress on a terminal with a bar, the count and the file, and clears it at the end', async () => {
		const {err, output} = capture();
		const written: string[] = [];
		await runScore(['test/fixtures/letters'], {json: true}, {...output, progress: progressLine(text => written.push(text), () => 100)});
		expect(written.some(text => /reading [█░]+ 3\/\d+ \S+/u.test(text))).toBe(true);
		expect(written.at(-1)).toBe('\r\u001B[K');
		expect(err.join('')).toBe('');
	});
});
