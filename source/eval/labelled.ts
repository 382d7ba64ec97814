import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {readLetterFile} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import type {GoldLetter, LabelledAnswer} from './agreement.js';

/** One labelled letter with the tool's scorecard of it. */
export type LabelledLetter = {
	/** The letter's file name (as in test/fixtures/letters). */
	readonly name: string;
	/** The folder the letter was read from (test/fixtures/letters, or test/fixtures/ocr-pool for the OCR pool). */
	readonly folder: string;
	readonly gold: GoldLetter;
	/** Undefined when the tool could not read the letter: every labelled question is then missing. */
	readonly scorecard: Scorecard | undefined;
	/** Each labelled question paired with the tool's answer; questions the tool did not find are left out. */
	readonly pairs: readonly LabelledAnswer[];
	/** Labelled question numbers the tool did not find. */
	readonly missing: readonly string[];
};

/** The fixture file a label set is for: the seed under its fixture name, other letters by name. */
function letterFile(gold: GoldLetter, letterFolders: readonly string[]): string | undefined {
	const candidates = [gold.letter, gold.letter.replace(/^kamervragen-digitale-soevereiniteit-digid-2026Z12034\.txt$/u, 'seed-digitale-soevereiniteit.txt')];
	return letterFolders.flatMap(folder => candidates.map(name => path.join(folder, name))).find(file => existsSync(file));
}

/** Reads every label file in `labelFolder` whose letter is in one of `letterFolders`, and scores that letter. */
export async function loadLabelled(labelFolder: string, letterFolders: string | readonly string[]): Promise<LabelledLetter[]> {
	const folders = typeof letterFolders === 'string' ? [letterFolders] : letterFolders;
	const letters: LabelledLetter[] = [];
	for (const file of readdirSync(labelFolder).filter(name => name.endsWith('.json')).sort()) {
		const gold = JSON.parse(readFileSync(path.join(labelFolder, file), 'utf8')) as GoldLetter;
		const letter = letterFile(gold, folders);
		if (letter === undefined || Object.keys(gold.answers).length === 0) {
			continue;
		}

		const name = path.basename(letter);
		let scorecard: Scorecard | undefined;
		try {
			// eslint-disable-next-line no-await-in-loop
			scorecard = scoreLetter(await readLetterFile(letter));
		} catch {
			scorecard = undefined;
		}

		const pairs: LabelledAnswer[] = [];
		const missing: string[] = [];
		for (const [number, label] of Object.entries(gold.answers)) {
			const tool = scorecard?.answers.find(answer => answer.number === Number(number));
			if (tool === undefined) {
				missing.push(number);
			} else {
				pairs.push({id: `${name} #${number}`, gold: label, tool});
			}
		}

		letters.push({name, folder: path.dirname(letter), gold, scorecard, pairs, missing});
	}

	return letters;
}

/** Whether a labelled letter is one of the OCR pool pages labelled on 2026-12-07 (test/fixtures/ocr-pool). */
export function inOcrPool(letter: Pick<LabelledLetter, 'folder'>): boolean {
	return path.basename(letter.folder) === 'ocr-pool';
}
