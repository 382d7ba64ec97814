import {spawn} from 'node:child_process';
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, describe, expect, it} from 'vitest';
import {parseAnnotationFile} from '../../source/store/schema.js';

const child = fileURLToPath(new URL('save-loop-child.ts', import.meta.url));
const fingerprint = 'c'.repeat(64);
// Each round starts a child process; the count, not the clock, bounds the test (its ceiling is generous).
const rounds = 25;

/**
 * Starts the saving child, kills it with SIGKILL at a random moment after a random number (1–5) of
 * acknowledged changes, and returns the last acknowledged change. Counting acknowledgements, not
 * milliseconds, keeps the test the same on a slow machine, where a change takes longer to reach the disk.
 */
async function killWhileSaving(file: string): Promise<number> {
	const process_ = spawn(process.execPath, ['--import', 'tsx', child, file, fingerprint], {stdio: ['ignore', 'pipe', 'pipe']});
	let acked = 0;
	let stderr = '';
	let buffered = '';
	const killAfterAcks = 1 + Math.floor(Math.random() * 5);
	const killAfter = Math.floor(Math.random() * 20);
	let killing = false;
	let countdown = killAfterAcks;
	const exited = new Promise<void>(resolve => {
		process_.on('exit', () => {
			resolve();
		});
	});
	process_.stderr.on('data', (chunk: Buffer) => {
		stderr += chunk.toString();
	});
	process_.stdout.on('data', (chunk: Buffer) => {
		buffered += chunk.toString();
		const lines = buffered.split('\n');
		buffered = lines.pop() ?? '';
		for (const line of lines) {
			const match = /^ack (\d+)$/u.exec(line);
			if (match) {
				acked = Number(match[1]);
				if (!killing && --countdown === 0) {
					killing = true;
					setTimeout(() => process_.kill('SIGKILL'), killAfter);
				}
			}
		}
	});
	await exited;
	if (stderr.trim() !== '') {
		throw new Error(`child failed: ${stderr}`);
	}

	return acked;
}

describe('killing the process while it saves', () => {
	let folder = '';
	afterAll(async () => {
		if (folder !== '') {
			await rm(folder, {recursive: true, force: true});
		}
	});

	it(`leaves a sidecar that parses and holds every acknowledged change (${rounds} rounds)`, async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'answer-review-crash-'));
		const file = path.join(folder, 'letter.txt.review.json');
		let highest = 0;
		for (let round = 0; round < rounds; round++) {
			// eslint-disable-next-line no-await-in-loop
			const acked = await killWhileSaving(file);
			// eslint-disable-next-line no-await-in-loop
			const text = await readFile(file, 'utf8').catch(() => '');
			if (acked === 0 && text === '') {
				continue;
			}

			const parsed = parseAnnotationFile(text);
			expect(parsed.ok, `round ${round}: ${parsed.ok ? '' : parsed.reason}`).toBe(true);
			const notes = parsed.ok ? Object.keys(parsed.file.annotations).map(Number) : [];
			const saved = Math.max(0, ...notes);
			expect(saved, `round ${round}: acknowledged ${acked}, file holds up to ${saved}`).toBeGreaterThanOrEqual(acked);
			// Every change, from every earlier round too, is still there: no gaps.
			expect(notes.length).toBe(saved);
			highest = saved;
		}

		// Every round acknowledged at least one change before the kill.
		expect(highest).toBeGreaterThanOrEqual(rounds);
	}, 600_000);
});
