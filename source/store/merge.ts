import type {Scorecard} from '../scoring/index.js';
import type {AnswerScore, Clarity} from '../scoring/model.js';
import {flagRegister, perToggleFlag, type FlagRegister} from '../scoring/flags.js';
import type {Annotation, Annotations, FlagValues} from './model.js';
import {answerKeys} from './apply.js';

/** The values that count for one answer: the reviewer's where given, the tool's otherwise. */
export type FinalJudgement = {readonly clarity: Clarity} & FlagValues;

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

/** The tool's values for an answer, in the shape of a final judgement: clarity, then every flag of the register. */
export function toolJudgement(answer: AnswerScore, register: FlagRegister = flagRegister): FinalJudgement {
	return {
		clarity: answer.clarity,
		direct: answer.flags.direct.value,
		...perToggleFlag(register, flag => answer.flags[flag].value),
	};
}

/** Merges one answer's score with the reviewer's annotation, field by field: clarity, then every flag of the register. */
export function mergeAnswer(key: string, tool: AnswerScore, reviewer: Annotation | undefined, register: FlagRegister = flagRegister): ReviewedAnswer {
	const fromTool = toolJudgement(tool, register);
	const given: Partial<Record<keyof FinalJudgement, FinalJudgement[keyof FinalJudgement]>> = {...reviewer, clarity: reviewer?.verdict};
	const final: Record<string, unknown> = {};
	const source: Record<string, 'tool' | 'reviewer'> = {};
	for (const field of Object.keys(fromTool) as Array<keyof FinalJudgement>) {
		const value = given[field];
		final[field] = value === undefined ? fromTool[field] : value;
		source[field] = value === undefined ? 'tool' : 'reviewer';
	}

	return {
		key,
		tool,
		...(reviewer ? {reviewer} : {}),
		final: final as FinalJudgement,
		source: source as JudgementSource,
		reviewed: reviewer?.verdict !== undefined,
		answerChanged: reviewer?.answerChanged === true,
	};
}

/** Every answer of a scorecard merged with the reviewer's annotations, in letter order. */
export function mergeReview(scorecard: Scorecard, annotations: Annotations, register: FlagRegister = flagRegister): ReviewedAnswer[] {
	const keys = answerKeys(scorecard.answers.map(answer => answer.number));
	return scorecard.answers.map((answer, index) => {
		const key = keys[index]!;
		return mergeAnswer(key, answer, annotations[key], register);
	});
}
