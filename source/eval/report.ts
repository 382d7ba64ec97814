// `npm run agreement`: the tool against the labelled letters, in-sample and held-out side by side.
// Held-out errors are never printed: only its figures (see held-out.ts).
import path from 'node:path';
import {flagRegister, perToggleFlag, toggleFlags} from '../scoring/flags.js';
import {formatAgreement, measureAgreement, type AgreementReport} from './agreement.js';
import {readHeldOut} from './held-out.js';
import {inOcrPool, loadLabelled, type LabelledLetter} from './labelled.js';

/** Agreement of a set of labelled letters, with the share of labelled questions the tool found. */
export function reportOn(letters: readonly LabelledLetter[]): AgreementReport & {readonly found: number; readonly labelled: number} {
	const pairs = letters.flatMap(letter => letter.pairs);
	const labelled = letters.reduce((sum, letter) => sum + letter.pairs.length + letter.missing.length, 0);
	return {...measureAgreement(pairs), found: pairs.length, labelled};
}


/** The in-sample and held-out parts of the labelled letters in `labelFolder` (split as test/fixtures/held-out.json says). */
export async function splitReports(labelFolder: string, letterFolders: readonly string[], heldOutFile: string) {
	const letters = await loadLabelled(labelFolder, letterFolders);
	const held = readHeldOut(heldOutFile).letters;
	const inSample = letters.filter(letter => !held.has(letter.name));
	const heldOut = letters.filter(letter => held.has(letter.name));
	const part = (name: string, chosen: readonly LabelledLetter[]) => ({name, letters: chosen.length, report: reportOn(chosen)});
	return {
		letters, inSample, heldOut, inSampleReport: reportOn(inSample), heldOutReport: reportOn(heldOut),
		parts: [
			part('in-sample', inSample), part('held-out', heldOut),
			// The OCR pages labelled on 2026-12-07: reported apart, as the letters most unlike those the rules were written from.
			part('OCR pool in', inSample.filter(letter => inOcrPool(letter))), part('OCR pool held', heldOut.filter(letter => inOcrPool(letter))),
		],
	};
}

/** One line per measure, in-sample beside held-out. */
export function formatSideBySide(parts: ReadonlyArray<{readonly name: string; readonly letters: number; readonly report: ReturnType<typeof reportOn>}>): string {
	const cell = (value: number) => value.toFixed(3).padStart(8);
	const rows: Array<[string, (report: ReturnType<typeof reportOn>) => number]> = [
		['questions found', report => (report.labelled === 0 ? 0 : report.found / report.labelled)],
		['closed F1', report => report.closed.f1],
		['yes/no accuracy', report => report.yesNo.accuracy],
		...toggleFlags().map((flag): [string, (report: ReturnType<typeof reportOn>) => number] => [`${flag} F1`, report => report[flag].f1]),
		['clarity macro-F1', report => report.clarity.macroF1],
	];
	const width = 16;
	const header = `${''.padEnd(18)}${parts.map(part => part.name.padStart(width)).join('')}`;
	const sizes = `${''.padEnd(18)}${parts.map(part => `${part.letters} l, ${part.report.answers} a`.padStart(width)).join('')}`;
	return [header, sizes, ...rows.map(([name, get]) => `${name.padEnd(18)}${parts.map(part => cell(get(part.report)).padStart(width)).join('')}`)].join('\n');
}

async function main(): Promise<void> {
	const showMisses = process.argv.includes('--misses');
	const labels = path.join('test', 'fixtures', 'labels');
	const letters = [path.join('test', 'fixtures', 'letters'), path.join('test', 'fixtures', 'ocr-pool')];
	const {inSampleReport, parts} = await splitReports(labels, letters, path.join('test', 'fixtures', 'held-out.json'));
	const extra = process.argv.find(argument => argument.startsWith('--unseen='));
	if (extra) {
		// Letters labelled after the rules were frozen (e.g. a new pool): figures only, never errors.
		const [labelFolder, letterFolder] = extra.slice('--unseen='.length).split(',');
		const unseen = await loadLabelled(labelFolder!, letterFolder!);
		return console.log(formatSideBySide([...parts, {name: 'unseen', letters: unseen.length, report: reportOn(unseen)}]));
	}

	console.log(formatSideBySide([...parts]));
	if (showMisses) {
		console.log(`\nin-sample detail\n${formatAgreement(inSampleReport)}`);
		for (const [name, misses] of Object.entries({
			'yes/no': inSampleReport.yesNo.misses, ...perToggleFlag(flagRegister, flag => inSampleReport[flag].misses),
			clarity: inSampleReport.clarity.misses, closed: inSampleReport.closed.misses,
		})) {
			console.log(`\n${name} misses (${misses.length}):\n${misses.join('\n')}`);
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval/report.ts')) {
	await main();
}
