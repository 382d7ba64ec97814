import type {AnswerScore, Clarity, ToggleFlag, YesNo} from '../scoring/model.js';
import {perToggleFlag, flagRegister, toggleFlags} from '../scoring/flags.js';

/** One reader's labels for one question, as written by the labelling guide, a label per toggle flag; a missing key is borderline. */
export type GoldLabel = {
	readonly closed?: boolean;
	readonly yesNo?: YesNo;
	readonly clarity?: Clarity;
} & {readonly [K in ToggleFlag]?: boolean};

/** A labelled letter: the file it labels and the labels by question number. */
export type GoldLetter = {
	readonly letter: string;
	/** Who labelled it and how the labels were kept. */
	readonly about?: string;
	readonly answers: Readonly<Record<string, GoldLabel>>;
};

/** Precision, recall and F1 of one boolean flag. */
export type BinaryAgreement = {
	readonly n: number;
	readonly truePositives: number;
	readonly falsePositives: number;
	readonly falseNegatives: number;
	readonly precision: number;
	readonly recall: number;
	readonly f1: number;
	/** "letter #number" of every disagreement, for reading. */
	readonly misses: readonly string[];
};

/** Agreement of the tool with a set of gold labels: closed, yes/no, clarity and each toggle flag. */
export type AgreementReport = {readonly [K in ToggleFlag]: BinaryAgreement} & {
	readonly answers: number;
	readonly closed: BinaryAgreement;
	/** Share of gold closed questions with a yesNo label where the tool gives the same yes/no/null. */
	readonly yesNo: {readonly n: number; readonly correct: number; readonly accuracy: number; readonly misses: readonly string[]};
	readonly clarity: {readonly n: number; readonly accuracy: number; readonly macroF1: number; readonly perClass: Readonly<Record<Clarity, number>>; readonly misses: readonly string[]};
};

/** A tool answer paired with the gold label for the same question. */
export type LabelledAnswer = {
	readonly id: string;
	readonly gold: GoldLabel;
	readonly tool: AnswerScore;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function binary(pairs: readonly LabelledAnswer[], gold: (label: GoldLabel) => boolean | undefined, tool: (answer: AnswerScore) => boolean): BinaryAgreement {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	let n = 0;
	const misses: string[] = [];
	for (const pair of pairs) {
		const expected = gold(pair.gold);
		if (expected === undefined) {
			continue;
		}

		n++;
		const got = tool(pair.tool);
		if (got && expected) {
			truePositives++;
		} else if (got) {
			falsePositives++;
			misses.push(`FP ${pair.id}`);
		} else if (expected) {
			falseNegatives++;
			misses.push(`FN ${pair.id}`);
		}
	}

	const precision = ratio(truePositives, truePositives + falsePositives);
	const recall = ratio(truePositives, truePositives + falseNegatives);
	return {n, truePositives, falsePositives, falseNegatives, precision, recall, f1: ratio(2 * precision * recall, precision + recall), misses};
}

/** Compares the tool's answers with gold labels: F1 per flag, yes/no accuracy, clarity macro-F1. */
export function measureAgreement(pairs: readonly LabelledAnswer[]): AgreementReport {
	const yesNoPairs = pairs.filter(pair => pair.gold.closed === true && pair.gold.yesNo !== undefined);
	const yesNoMisses = yesNoPairs.filter(pair => pair.tool.flags.direct.value !== pair.gold.yesNo).map(pair => `${pair.id} gold=${String(pair.gold.yesNo)} tool=${String(pair.tool.flags.direct.value)}`);
	const clarityPairs = pairs.filter(pair => pair.gold.clarity !== undefined);
	const classes: Clarity[] = ['clear', 'ambivalent', 'non-reply'];
	const perClass = Object.fromEntries(classes.map(name => [name, binary(clarityPairs, gold => gold.clarity === name, tool => tool.clarity === name).f1])) as Record<Clarity, number>;
	const clarityMisses = clarityPairs.filter(pair => pair.tool.clarity !== pair.gold.clarity).map(pair => `${pair.id} gold=${pair.gold.clarity!} tool=${pair.tool.clarity}`);
	return {
		answers: pairs.length,
		closed: binary(pairs, gold => gold.closed, tool => tool.closed),
		...perToggleFlag(flagRegister, flag => binary(pairs, gold => gold[flag], tool => tool.flags[flag].value)),
		yesNo: {n: yesNoPairs.length, correct: yesNoPairs.length - yesNoMisses.length, accuracy: ratio(yesNoPairs.length - yesNoMisses.length, yesNoPairs.length), misses: yesNoMisses},
		clarity: {n: clarityPairs.length, accuracy: ratio(clarityPairs.length - clarityMisses.length, clarityPairs.length), macroF1: classes.reduce((sum, name) => sum + perClass[name], 0) / classes.length, perClass, misses: clarityMisses},
	};
}

/** The report as a small fixed-width table. */
export function formatAgreement(report: AgreementReport): string {
	const row = (name: string, flag: BinaryAgreement) => `${name.padEnd(13)} n=${String(flag.n).padStart(4)}  P ${flag.precision.toFixed(2)}  R ${flag.recall.toFixed(2)}  F1 ${flag.f1.toFixed(3)}`;
	return [
		`answers labelled: ${report.answers}`,
		row('closed', report.closed),
		`${'yes/no'.padEnd(13)} n=${String(report.yesNo.n).padStart(4)}  accuracy ${report.yesNo.accuracy.toFixed(3)}`,
		...toggleFlags().map(flag => row(flag, report[flag])),
		`${'clarity'.padEnd(13)} n=${String(report.clarity.n).padStart(4)}  accuracy ${report.clarity.accuracy.toFixed(3)}  macro-F1 ${report.clarity.macroF1.toFixed(3)} (clear ${report.clarity.perClass.clear.toFixed(2)}, ambivalent ${report.clarity.perClass.ambivalent.toFixed(2)}, non-reply ${report.clarity.perClass['non-reply'].toFixed(2)})`,
	].join('\n');
}
