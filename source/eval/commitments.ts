// `npm run commitments-agreement`: the commitments register against sentences two readers marked.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {readLetterFile} from '../letter/index.js';
import {scoreLetter} from '../scoring/index.js';
import {findCommitments} from '../export/commitments.js';
import {heldOutSeed} from './held-out.js';
import {createHash} from 'node:crypto';

/** Sentences two readers marked as commitments in one letter, and those only one marked. */
export type MarkedLetter = {readonly letter: string; readonly commitments: ReadonlyArray<{readonly question: number; readonly sentence: string}>; readonly disputed: readonly string[]};

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
/** Whether two sentences are the same sentence, allowing for how each was cut and spaced. */
export function sameSentence(a: string, b: string): boolean {
	const wa = words(a);
	const wb = words(b);
	let shared = 0;
	for (const word of wa) {
		shared += wb.has(word) ? 1 : 0;
	}

	return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.8;
}

/** Precision and recall of the register on some marked letters; disputed sentences count neither way. */
export async function measureCommitments(marked: readonly MarkedLetter[], letterFolder: string) {
	let listed = 0;
	let right = 0;
	let found = 0;
	let gold = 0;
	const wrong: string[] = [];
	const missed: string[] = [];
	for (const letter of marked) {
		// eslint-disable-next-line no-await-in-loop
		const tool = findCommitments(scoreLetter(await readLetterFile(path.join(letterFolder, letter.letter))));
		for (const commitment of tool) {
			if (letter.disputed.some(sentence => sameSentence(sentence, commitment.sentence))) {
				continue;
			}

			listed++;
			if (letter.commitments.some(each => sameSentence(each.sentence, commitment.sentence))) {
				right++;
			} else {
				wrong.push(`${letter.letter} #${commitment.number}: ${commitment.sentence}`);
			}
		}

		for (const each of letter.commitments) {
			gold++;
			if (tool.some(commitment => sameSentence(each.sentence, commitment.sentence))) {
				found++;
			} else {
				missed.push(`${letter.letter} #${each.question}: ${each.sentence}`);
			}
		}
	}

	return {listed, right, gold, found, precision: listed === 0 ? 0 : right / listed, recall: gold === 0 ? 0 : found / gold, wrong, missed};
}

/** The held-out third of the marked letters, by the same seed as the labelled letters. */
export function heldOutMarked(names: readonly string[]): ReadonlySet<string> {
	const rank = (name: string) => createHash('sha256').update(`${heldOutSeed}\ncommitments\n${name}`).digest('hex');
	return new Set([...names].sort((a, b) => rank(a).localeCompare(rank(b))).filter((_, index) => index % 3 === 0));
}

async function main(): Promise<void> {
	const folder = path.join('test', 'fixtures', 'commitments');
	const marked = readdirSync(folder).filter(name => name.endsWith('.json')).map(name => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as MarkedLetter);
	const held = heldOutMarked(marked.map(letter => letter.letter));
	const letters = path.join('test', 'fixtures', 'letters');
	const inSample = await measureCommitments(marked.filter(letter => !held.has(letter.letter)), letters);
	const heldOut = await measureCommitments(marked.filter(letter => held.has(letter.letter)), letters);
	const line = (name: string, result: typeof inSample) => `${name.padEnd(10)} listed ${result.listed}, right ${result.right} (precision ${result.precision.toFixed(2)}); marked ${result.gold}, found ${result.found} (recall ${result.recall.toFixed(2)})`;
	console.log(line('in-sample', inSample));
	console.log(line('held-out', heldOut));
	if (process.argv.includes('--misses')) {
		console.log(`\nlisted, not marked:\n${inSample.wrong.join('\n')}\n\nmarked, not listed:\n${inSample.missed.join('\n')}`);
	}
}

if (process.argv[1]?.endsWith('eval/commitments.ts') || process.argv[1]?.endsWith('eval/commitments.js')) {
	await main();
}
