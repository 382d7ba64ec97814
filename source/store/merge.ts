import type {Scorecard} from '../scoring/index.js';
import type {AnswerScore, Clarity, YesNo} from '../scoring/model.js';
import type {Annotation, Annotations} from './model.js';
import {answerKeys} from './apply.js';

/** The values that count for one answer: the reviewer's where given, the tool's otherwise. */
export type FinalJudgement = {
	readonly clarity: Clarity;
	readonly direct: YesNo;
	readonly deflects: boolean;
	readonly confidential: boolean;
	readonly future: boolean;
};

/** Which of the final values came from the reviewer rather than the tool. */
export type JudgementSource = {readonly [K in keyof FinalJudgement]: 'tool' | 'reviewer'};

/** One answer with the tool's score and the reviewer's annotation side by side. */
export type ReviewedAnswer = {
	/** The answer key the annotation is stored under. */
	readonly key: string;
	readonly tool: AnswerScore;
	/** The reviewer's annotation, absent when they have not touched this answer. */
	readonly reviewer?: Annotation;
	/** Reviewer's word wins; both are kept in `tool` and `reviewer`. */
	readonly final: FinalJudgement;
	readonly source: JudgementSource;
	readonly reviewed: boolean;
	/** The answer's text changed since the reviewer judged it (their annotation is kept, marked). */
	readonly answerChanged: boolean;
};

/** The tool's values for an answer, in the shape of a final judgement. */
export function toolJudgement(answer: AnswerScore): FinalJudgement {
	return {
		clarity: answer.clarity,
		direct: answer.flags.direct.value,
		deflects: answer.flags.deflects.value,
		confidential: answer.flags.confidential.value,
		future: answer.flags.future.value,
	};
}

/** Merges one answer's score with the reviewer's annotation. */
export function mergeAnswer(key: string, tool: AnswerScore, reviewer: Annotation | undefined): ReviewedAnswer {
	const fromTool = toolJudgement(tool);
	const pick = <K extends keyof FinalJudgement>(field: K, value: FinalJudgement[K] | undefined) =>
		value === undefined ? {value: fromTool[field], source: 'tool' as const} : {value, source: 'reviewer' as const};
	const clarity = pick('clarity', reviewer?.verdict);
	const direct = pick('direct', reviewer?.direct);
	const deflects = pick('deflects', reviewer?.deflects);
	const confidential = pick('confidential', reviewer?.confidential);
	const future = pick('future', reviewer?.future);
	return {
		key,
		tool,
		...(reviewer ? {reviewer} : {}),
		final: {clarity: clarity.value, direct: direct.value, deflects: deflects.value, confidential: confidential.value, future: future.value},
		source: {clarity: clarity.source, direct: direct.source, deflects: deflects.source, confidential: confidential.source, future: future.source},
		reviewed: reviewer?.verdict !== undefined,
		answerChanged: reviewer?.answerChanged === true,
	};
}

/** Every answer of a scorecard merged with the reviewer's annotations, in letter order. */
export function mergeReview(scorecard: Scorecard, annotations: Annotations): ReviewedAnswer[] {
	const keys = answerKeys(scorecard.answers.map(answer => answer.number));
	return scorecard.answers.map((answer, index) => {
		const key = keys[index]!;
		return mergeAnswer(key, answer, annotations[key]);
	});
}
