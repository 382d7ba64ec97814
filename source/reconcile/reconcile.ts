// Two readings of one letter made into one, as Prodigy's review recipe does: where the two reviewers
// agree their reading stands; each disagreement is decided by taking A's reading, B's, or the tool's. Pure.
import type {Scorecard} from '../scoring/index.js';
import type {AnswerScore} from '../scoring/model.js';
import {answerKeys} from '../store/apply.js';
import {toolJudgement} from '../store/merge.js';
import type {Annotation, Annotations} from '../store/model.js';
import {reviewerRating, toolRating, judgedFields, type JudgedField} from '../export/agreement.js';

/** One field two reviewers judged differently: A's value, B's value, and the tool's. */
export type FieldDisagreement = {readonly field: JudgedField; readonly a: string; readonly b: string; readonly tool: string};

/** The fields of one answer two reviewers judged differently. */
export type AnswerDisagreement = {
	/** The answer key ("2", or "2#2" for a number the letter repeats). */
	readonly key: string;
	/** The question's printed number. */
	readonly number: number;
	readonly fields: readonly FieldDisagreement[];
};

/** Where two reviews of one scorecard differ: per answer, each field both judged and judged otherwise. */
export function findDisagreements(scorecard: Scorecard, a: Annotations, b: Annotations): AnswerDisagreement[] {
	const keys = answerKeys(scorecard.answers.map(answer => answer.number));
	return scorecard.answers.flatMap((answer, index) => {
		const key = keys[index]!;
		const fields = judgedFields.flatMap(field => {
			const mine = reviewerRating(field, answer, a[key]);
			const theirs = reviewerRating(field, answer, b[key]);
			return mine === undefined || theirs === undefined || mine === theirs ? [] : [{field, a: mine, b: theirs, tool: toolRating(field, answer)}];
		});
		return fields.length === 0 ? [] : [{key, number: answer.number, fields}];
	});
}

/**
 * The reconciled reading to start from: every answer the two do not disagree on keeps its reading
 * (A's where both have one, else whichever has one); the disagreements are left to decide.
 */
export function agreedReading(scorecard: Scorecard, a: Annotations, b: Annotations): Annotations {
	const disputed = new Set(findDisagreements(scorecard, a, b).map(each => each.key));
	const keys = answerKeys(scorecard.answers.map(answer => answer.number));
	const entries = keys.flatMap(key => {
		const kept = disputed.has(key) ? undefined : a[key] ?? b[key];
		return kept === undefined ? [] : [[key, kept] as const];
	});
	return Object.fromEntries(entries);
}

/** Whose reading decides a disagreement. */
export type Side = 'a' | 'b' | 'tool';

/** The reconciled annotation of one answer when `side` decides it. */
export function decide(scorecard: Scorecard, key: string, side: Side, a: Annotations, b: Annotations, now: string): Annotation | undefined {
	if (side !== 'tool') {
		const chosen = (side === 'a' ? a : b)[key];
		return chosen === undefined ? undefined : {...chosen, updatedAt: now};
	}

	const answer = answerOfKey(scorecard, key);
	if (answer === undefined) {
		return undefined;
	}

	const {clarity: verdict, ...flags} = toolJudgement(answer);
	return {verdict, accepted: true, ...flags, updatedAt: now};
}

/** The value a reconciled annotation gives a field, as a category name ("–" while undecided). */
export function reconciledValue(field: JudgedField, scorecard: Scorecard, key: string, annotation: Annotation | undefined): string {
	const answer = answerOfKey(scorecard, key);
	return answer === undefined ? '–' : reviewerRating(field, answer, annotation) ?? '–';
}

/** The answer of a scorecard that has this answer key (see `answerKeys`), if any. */
export function answerOfKey(scorecard: Scorecard, key: string): AnswerScore | undefined {
	return scorecard.answers[answerKeys(scorecard.answers.map(answer => answer.number)).indexOf(key)];
}
