// Builds the export document from scorecards and the reviewers' sidecars. Pure: every format
// (Markdown, JSON, CSV) is rendered from this one document.
import type {Scorecard} from '../scoring/index.js';
import {flagRegister, perToggleFlag, type FlagRegister} from '../scoring/flags.js';
import {mergeReview, type AnnotationFile, type Annotations, type NoteDrafts, type ReviewedAnswer} from '../store/index.js';
import {reviewerVersusTool} from './agreement.js';
import {exportFormatName, exportFormatVersion, type ExportAnswer, type ExportDocument, type ExportLetter} from './schema.js';
import {judgeTimeliness} from './timeliness.js';

/** A reviewer's annotations of one letter, and where they came from. */
export type ReviewSource = {
	readonly annotations: Annotations;
	/** Who reviewed, from the sidecar. */
	readonly reviewer?: string;
	/** When the sidecar was last changed (ISO). */
	readonly updatedAt?: string;
	/** The sidecar's path, shown in the export. */
	readonly sidecar?: string;
	/** Notes typed in the reviewer and not saved, by answer key: listed, never taken for notes. */
	readonly noteDrafts?: NoteDrafts;
};

/** One letter to export: its scorecard and, when it was reviewed, the review. */
export type ExportInput = {
	readonly scorecard: Scorecard;
	/** Absent when the letter was not reviewed (no sidecar). */
	readonly review?: ReviewSource;
};

/** The review held in a sidecar file. */
export function reviewFromSidecar(file: AnnotationFile, sidecar?: string): ReviewSource {
	return {annotations: file.annotations, reviewer: file.reviewer, updatedAt: file.updatedAt, ...(sidecar === undefined ? {} : {sidecar}), ...(file.noteDrafts === undefined ? {} : {noteDrafts: file.noteDrafts})};
}

/** The export document for one or more letters, with every flag of the register; answers are listed letter by letter, in letter order. */
export function buildExport(inputs: readonly ExportInput[], register: FlagRegister = flagRegister): ExportDocument {
	const letters: ExportLetter[] = [];
	const answers: ExportAnswer[] = [];
	for (const input of inputs) {
		const reviewed = mergeReview(input.scorecard, input.review?.annotations ?? {}, register);
		letters.push(letterEntry(input, reviewed, register));
		answers.push(...reviewed.map(answer => answerRow(input.scorecard.source, answer)));
	}

	return {format: exportFormatName, version: exportFormatVersion, letters, answers};
}

function letterEntry(input: ExportInput, reviewed: readonly ReviewedAnswer[], register: FlagRegister): ExportLetter {
	const {scorecard, review} = input;
	const reviewedAnswers = reviewed.filter(answer => answer.reviewed).length;
	const skippedAnswers = reviewed.filter(answer => !answer.reviewed && answer.reviewer?.skipped === true).length;
	const touched = reviewed.some(answer => answer.reviewer !== undefined);
	const status = reviewedAnswers > 0 && reviewedAnswers === reviewed.length ? 'reviewed' : touched ? 'partly reviewed' : 'not reviewed';
	return {
		source: scorecard.source,
		kind: scorecard.kind,
		fingerprint: scorecard.fingerprint,
		meta: scorecard.meta,
		notices: scorecard.notices,
		timeliness: judgeTimeliness(scorecard.meta),
		review: {
			status,
			...(review?.reviewer === undefined ? {} : {reviewer: review.reviewer}),
			...(review?.sidecar === undefined ? {} : {sidecar: review.sidecar}),
			...(review?.updatedAt === undefined ? {} : {updatedAt: review.updatedAt}),
			reviewedAnswers,
			...orphans(review?.annotations ?? {}, reviewed),
			...drafts(review?.noteDrafts ?? {}),
			skippedAnswers,
			agreementWithTool: reviewerVersusTool(scorecard, review?.annotations ?? {}, register),
		},
		summary: summarise(reviewed, register),
	};
}

/** The annotations of questions the letter no longer has, when there are any. */
function orphans(annotations: Annotations, reviewed: readonly ReviewedAnswer[]): {orphaned?: Array<{key: string; annotation: Annotations[string]}>} {
	const keys = new Set(reviewed.map(answer => answer.key));
	const orphaned = Object.entries(annotations).filter(([key]) => !keys.has(key)).map(([key, annotation]) => ({key, annotation}));
	return orphaned.length === 0 ? {} : {orphaned};
}

/** The note drafts of the review file, when there are any. */
function drafts(noteDrafts: NoteDrafts): {noteDrafts?: Array<{key: string; note: string; updatedAt: string}>} {
	const listed = Object.entries(noteDrafts).map(([key, draft]) => ({key, note: draft.note, updatedAt: draft.updatedAt}));
	return listed.length === 0 ? {} : {noteDrafts: listed};
}

function summarise(reviewed: readonly ReviewedAnswer[], register: FlagRegister): ExportLetter['summary'] {
	const count = (predicate: (answer: ReviewedAnswer) => boolean) => reviewed.filter(answer => predicate(answer)).length;
	const answered = (answer: ReviewedAnswer) => answer.tool.answer !== null;
	return {
		answers: reviewed.length,
		answered: count(answered),
		closed: count(answer => answer.tool.closed),
		closedAnsweredYesNo: count(answer => answer.tool.closed && answer.final.direct !== null),
		...perToggleFlag(register, flag => count(answer => answer.final[flag])),
		clarity: {
			'clear': count(answer => answer.final.clarity === 'clear'),
			'ambivalent': count(answer => answer.final.clarity === 'ambivalent'),
			'non-reply': count(answer => answer.final.clarity === 'non-reply'),
		},
		tool: {
			closedAnsweredYesNo: count(answer => answer.tool.closed && answer.tool.flags.direct.value !== null),
			...perToggleFlag(register, flag => count(answer => answer.tool.flags[flag].value)),
			clarity: {
				'clear': count(answer => answer.tool.clarity === 'clear'),
				'ambivalent': count(answer => answer.tool.clarity === 'ambivalent'),
				'non-reply': count(answer => answer.tool.clarity === 'non-reply'),
			},
		},
	};
}

function answerRow(letter: string, answer: ReviewedAnswer): ExportAnswer {
	const {tool} = answer;
	return {
		letter,
		key: answer.key,
		number: tool.number,
		question: tool.question,
		answer: tool.answer,
		closed: tool.closed,
		answeredWith: tool.answeredWith,
		tool: {clarity: tool.clarity, score: tool.score, asks: tool.asks, flags: tool.flags},
		reviewer: answer.reviewer ?? null,
		reviewed: answer.reviewed,
		answerChanged: answer.answerChanged,
		final: answer.final,
		source: answer.source,
	};
}
