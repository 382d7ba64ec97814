// `npm run agreement`: the tool against the labelled letters, in-sample and held-out side by side.
// Held-out errors are never printed: only its figures (see held-out.ts).
import path from 'node:path';
import {formatAgreement, measureAgreement, type AgreementReport} from './agreement.js';
import {heldOutLetters} from './held-out.js';
import {loadLabelled, type LabelledLetter} from './labelled.js';

/** Agreement of a set of labelled letters, with the share of labelled questions the tool found. */
export function reportOn(letters: readonly LabelledLetter[]): AgreementReport & {readonly found: number; readonly labelled: number} {
	const pairs = letters.flatMap(letter => letter.pairs);
	const labelled = letters.reduce((sum, letter) => sum + letter.pairs.length + letter.missing.length, 0);
	return {...measureAgreement(pairs), found: pairs.length, labelled};
}

/** The in-sample and held-out parts of the labelled letters in `labelFolder`. */
export async function splitReports(labelFolder: string, letterFolder: string) {
	const letters = await loadLabelled(labelFolder, letterFolder);
	const held = heldOutLetters(letters.map(letter => letter.name));
	const inSample = letters.filter(letter => !held.has(letter.name));
	const heldOut = letters.filter(letter => held.has(letter.name));
	return {letters, inSample, heldOut, inSampleReport: reportOn(inSample), heldOutReport: reportOn(heldOut)};
}

/** One line per measure, in-sample beside held-out. */
export function formatSideBySide(parts: ReadonlyArray<{readonly name: string; readonly letters: number; readonly report: ReturnType<typeof reportOn>}>): string {
	const cell = (value: number) => value.toFixed(3).padStart(8);
	const rows: Array<[string, (report: ReturnType<typeof reportOn>) => number]> = [
		['questions found', report => (report.labelled === 0 ? 0 : report.found / report.labelled)],
		['closed F1', report => report.closed.f1],
		['yes/no accuracy', report => report.yesNo.accuracy],
		['deflects F1', report => report.deflects.f1],
		['confidential F1', report => report.confidential.f1],
		['future F1', report => report.future.f1],
		['clarity macro-F1', report => report.clarity.macroF1],
	];
	const header = `${''.padEnd(18)}${parts.map(part => `${part.name} (${part.letters} letters, ${part.report.answers} answers)`.padStart(34)).join('')}`;
	return [header, ...rows.map(([name, get]) => `${name.padEnd(18)}${parts.map(part => cell(get(part.report)).padStart(34)).join('')}`)].join('\n');
}

async function main(): Promise<void> {
	const showMisses = process.argv.includes('--misses');
	const labels = path.join('test', 'fixtures', 'labels');
	const letters = path.join('test', 'fixtures', 'letters');
	const {inSample, heldOut, inSampleReport, heldOutReport} = await splitReports(labels, letters);
	const parts = [
		{name: 'in-sample', letters: inSample.length, report: inSampleReport},
		{name: 'held-out', letters: heldOut.length, report: heldOutReport},
	];
	const extra = process.argv.find(argument => argument.startsWith('--unseen='));
	if (extra) {
		// Letters labelled after the rules were frozen (e.g. a new pool): figures only, never errors.
		const [labelFolder, letterFolder] = extra.slice('--unseen='.length).split(',');
		const unseen = await loadLabelled(labelFolder!, letterFolder!);
		parts.push({name: 'unseen', letters: unseen.length, report: reportOn(unseen)});
	}

	console.log(formatSideBySide(parts));
	if (showMisses) {
		console.log(`\nin-sample detail\n${formatAgreement(inSampleReport)}`);
		for (const [name, misses] of Object.entries({
			'yes/no': inSampleReport.yesNo.misses, deflects: inSampleReport.deflects.misses, confidential: inSampleReport.confidential.misses,
			future: inSampleReport.future.misses, clarity: inSampleReport.clarity.misses, closed: inSampleReport.closed.misses,
		})) {
			console.log(`\n${name} misses (${misses.length}):\n${misses.join('\n')}`);
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('eval/report.ts')) {
	await main();
}
