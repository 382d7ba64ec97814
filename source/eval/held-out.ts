import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

// The held-out third of the labelled letters, frozen on 2026-12-07 before the rules of issue 12 were
// changed: within each layout (the file-name families below), letters are ordered by the SHA-256 of
// this seed and their name, and every third one from the first is held out. Its errors are never
// printed by the agreement tools; only its figures are.
export const heldOutSeed = 'answer-review held-out 2026-12-07';

/** The layout family of a labelled letter, from its file name: every family is represented in both parts. */
export function layoutFamily(name: string): string {
	if (name.startsWith('seed-')) {
		return 'seed';
	}

	if (name.endsWith('.docx')) {
		return 'word';
	}

	return /^(ah-tk|csv-row|ministry|sgd)-/u.exec(name)?.[1] ?? 'other';
}

const rank = (name: string) => createHash('sha256').update(`${heldOutSeed}\n${name}`).digest('hex');

/** The held-out letters among `names` (file names): a third of each layout family, by the seed above. */
export function heldOutLetters(names: readonly string[]): ReadonlySet<string> {
	const families = new Map<string, string[]>();
	for (const name of names) {
		// The seed letter is the one the rules were designed from: it is never held out.
		if (layoutFamily(name) === 'seed') {
			continue;
		}

		const family = families.get(layoutFamily(name)) ?? [];
		family.push(name);
		families.set(layoutFamily(name), family);
	}

	const held = new Set<string>();
	for (const family of families.values()) {
		const ordered = family.sort((a, b) => rank(a).localeCompare(rank(b)));
		for (let index = 0; index < ordered.length; index += 3) {
			held.add(ordered[index]!);
		}
	}

	return held;
}

/** The frozen held-out list (test/fixtures/held-out.json): letter names by batch. */
export type HeldOutFile = {readonly seed: string; readonly batches: ReadonlyArray<{readonly name: string; readonly letters: readonly string[]}>};

/** Reads the frozen held-out letters: the split is stored, so adding letters never moves a letter between parts. */
export function readHeldOut(file: string): {readonly letters: ReadonlySet<string>; readonly batchOf: ReadonlyMap<string, string>} {
	const frozen = JSON.parse(readFileSync(file, 'utf8')) as HeldOutFile;
	const batchOf = new Map(frozen.batches.flatMap(batch => batch.letters.map(letter => [letter, batch.name] as const)));
	return {letters: new Set(batchOf.keys()), batchOf};
}
