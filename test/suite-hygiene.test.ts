// The suite must pass on a busy machine: no test measures time, and every wait is a generous ceiling.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const files = readdirSync('test', {recursive: true, withFileTypes: true})
	.filter(entry => entry.isFile() && /\.tsx?$/u.test(entry.name) && !entry.parentPath.includes('fixtures'))
	.map(entry => path.join(entry.parentPath, entry.name));

describe('the test suite', () => {
	it('measures no time: timing figures belong in npm run bench', () => {
		const timed = files.filter(file => /performance\.now\(\)|Date\.now\(\) - /u.test(readFileSync(file, 'utf8')));
		expect(timed).toEqual([]);
	});

	it('gives every test, and every wait for a frame, a ceiling that a busy machine stays under', () => {
		const script = (JSON.parse(readFileSync('package.json', 'utf8')) as {scripts: Record<string, string>}).scripts['test'] ?? '';
		expect(Number(/--testTimeout=(\d+)/u.exec(script)?.[1])).toBeGreaterThanOrEqual(180_000);
		for (const file of files) {
			for (const [, ms] of readFileSync(file, 'utf8').matchAll(/^\s*\}, ([\d_]+)\);$/gmu)) {
				expect(Number(ms!.replaceAll('_', '')), file).toBeGreaterThanOrEqual(180_000);
			}
		}

		const helpers = readFileSync('test/ui/ink-helpers.ts', 'utf8');
		expect(Number(/generousWait = ([\d_]+)/u.exec(helpers)?.[1]?.replaceAll('_', ''))).toBeGreaterThanOrEqual(20_000);
	});
});
