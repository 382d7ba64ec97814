// Agreement between two raters (two reviewers, or a reviewer and the tool): percent agreement and
// Cohen's kappa, per flag and for clarity. Pure.
import type {Scorecard} from '../scoring/index.js';
import type {AnswerScore} from '../scoring/model.js';
import {flagRegister, toggleFlags, type FlagRegister} from '../scoring/flags.js';
import {answerKeys, toolJudgement, type Annotation, type Annotations, type FinalJudgement} from '../store/index.js';
import type {Agreement, AgreementByField} from './schema.js';

/** The fields two raters are compared on. */
export type JudgedField = keyof FinalJudgement;

/** The fields of a register in the order they are reported: clarity, the yes/no reading, then each toggle flag. */
export function judgedFieldsOf(register: FlagRegister = flagRegister): readonly JudgedField[] {
	return ['clarity', 'direct', ...toggleFlags(register)];
}

/** The fields in the order they are reported. */
export const judgedFields: readonly JudgedField[] = judgedFieldsOf();

/** How a field is named in reports: "yes/no" for direct, each other field by its own name. */
export function fieldName(field: JudgedField): string {
	return field === 'direct' ? 'yes/no' : field;
}

/** One rater's value for a field, as a category name; undefined when the rater did not judge it. */
export type Rating = string | undefined;

/** Percent agreement and Cohen's kappa over the items both raters judged. */
export function measurePairs(pairs: ReadonlyArray<readonly [Rating, Rating]>): Agreement {
	const both = pairs.filter((pair): pair is readonly [string, string] => pair[0] !== undefined && pair[1] !== undefined);
	const n = both.length;
	const agreed = both.filter(([a, b]) => a === b).length;
	if (n === 0) {
		return {n, agreed, percent: null, kappa: null};
	}

	const observed = agreed / n;
	const counts = (side: 0 | 1) => {
		const tally = new Map<string, number>();
		for (const pair of both) {
			tally.set(pair[side], (tally.get(pair[side]) ?? 0) + 1);
		}

		return tally;
	};

	const first = counts(0);
	const second = counts(1);
	let expected = 0;
	for (const [category, times] of first) {
		expected += (times / n) * ((second.get(category) ?? 0) / n);
	}

	// Kappa is undefined when chance agreement is certain (both raters used one and the same category).
	const kappa = expected >= 1 ? null : round((observed - expected) / (1 - expected), 3);
	return {n, agreed, percent: round(observed * 100, 1), kappa};
}

/**
 * A reviewer's judgement of one field of one answer. Rule: an answer counts as judged once the
 * reviewer gave a verdict; a flag they left standing then counts as their agreement with the tool.
 * A flag they set explicitly counts even without a verdict. Undefined means "not judged".
 */
export function reviewerRating(field: JudgedField, tool: AnswerScore, annotation: Annotation | undefined, register: FlagRegister = flagRegister): Rating {
	if (annotation === undefined) {
		return undefined;
	}

	const explicit = field === 'clarity' ? annotation.verdict : annotation[field];
	if (explicit !== undefined) {
		return category(explicit);
	}

	return annotation.verdict === undefined ? undefined : toolRating(field, tool, register);
}

/** The tool's judgement of one field, as a category name. */
export function toolRating(field: JudgedField, tool: AnswerScore, register: FlagRegister = flagRegister): string {
	return category(toolJudgement(tool, register)[field]);
}

/** Agreement per field (clarity and each flag of the register) between two raters over the answers of one or more scorecards. */
export function compareRaters(
	scorecards: readonly Scorecard[],
	rate: (field: JudgedField, answer: AnswerScore, key: string, letter: number) => readonly [Rating, Rating],
	register: FlagRegister = flagRegister,
): AgreementByField {
	const entries = judgedFieldsOf(register).map(field => {
		const pairs = scorecards.flatMap((scorecard, letter) => {
			const keys = answerKeys(scorecard.answers.map(answer => answer.number));
			return scorecard.answers.map((answer, index) => rate(field, answer, keys[index]!, letter));
		});
		return [field, measurePairs(pairs)] as const;
	});
	return Object.fromEntries(entries) as unknown as AgreementByField;
}

/** How often a reviewer agreed with the tool on one letter. */
export function reviewerVersusTool(scorecard: Scorecard, annotations: Annotations, register: FlagRegister = flagRegister): AgreementByField {
	return compareRaters([scorecard], (field, answer, key) => [reviewerRating(field, answer, annotations[key], register), toolRating(field, answer, register)], register);
}

function category(value: string | boolean | null): string {
	return value === null ? 'none' : String(value);
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
