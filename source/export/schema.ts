// The exported scorecard document (`export --format json`), described once with zod: the type, the
// validation of a file read back, and the committed JSON Schema (scorecard.schema.json) all come from it.
// The fields of the flags come from the flag register: each flag has its field wherever flags appear.
import {z} from 'zod';
import {flagRegister, perToggleFlag, type FlagRegister} from '../scoring/flags.js';

/** Version of the export format; raised when a key changes meaning or disappears. */
export const exportFormatVersion = 1;

/** The `format` marker, so a stray JSON file is not mistaken for an exported scorecard. */
export const exportFormatName = 'answer-review-scorecard';

const clarity = z.enum(['clear', 'ambivalent', 'non-reply']).describe('How clearly the answer replies (CLARITY scheme)');
const yesNo = z.enum(['yes', 'no']).nullable().describe('The yes/no reading of the answer; null when it gives neither');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a YYYY-MM-DD date');

const evidence = z.object({
	rule: z.string().describe('The rule that matched, e.g. "deflects.cross-reference"'),
	text: z.string().describe('The matched words, exactly answer.slice(start, end)'),
	start: z.int().min(0),
	end: z.int().min(0),
});

const flag = <V extends z.ZodType>(value: V) => z.object({value, evidence: z.array(evidence)});

const ask = z.object({
	text: z.string().describe('The part of the question that asks one thing, exactly question.slice(start, end)'),
	start: z.int().min(0),
	end: z.int().min(0),
	kind: z.enum(['yes-no', 'when', 'how-many', 'which', 'what', 'why', 'how', 'who', 'request', 'other']),
	addressed: z.boolean().nullable().describe('Whether the answer addresses it; null where it cannot be told (no answer)'),
	evidence: z.array(evidence).describe('The words of the answer that address it'),
}).describe('One thing the question asks');

const count = z.int().min(0);

/** Agreement of two raters on one field. */
export const agreementSchema = z.object({
	n: count.describe('Answers both judged'),
	agreed: count,
	percent: z.number().nullable().describe('Percent agreement, null when n is 0'),
	kappa: z.number().nullable().describe('Cohen\'s kappa, null when undefined (n is 0 or both raters used one category only)'),
});

const meta = z.object({
	date: date.optional(),
	reference: z.string().optional(),
	subject: z.string().optional(),
	askedBy: z.string().optional(),
	party: z.string().optional(),
	members: z.array(z.object({name: z.string(), party: z.string().optional()})).optional(),
	ministersAsked: z.string().optional(),
	answeredBy: z.string().optional(),
	submitted: date.optional(),
	received: date.optional(),
	caseNumber: z.string().optional(),
	aanhangselNumber: z.string().optional(),
	daysToAnswer: z.int().optional(),
	daysToNotice: z.int().optional(),
}).describe('Facts the letter states; each present only where the letter states it');

/** The export's schemas for a register of flags: every flag has its field in the tool's flags, the reviewer's annotation, the final values and their sources, the agreement and the summary counts. */
export function exportSchemasFor(register: FlagRegister = flagRegister) {
	const toolJudgement = z.object({
		clarity,
		score: z.int().min(0).max(100).describe('0–100, see the README for the formula'),
		asks: z.array(ask).optional().describe('What the question asks, one entry per thing asked (exports of earlier versions have none)'),
		flags: z.object({
			direct: flag(yesNo),
			...perToggleFlag(register, () => flag(z.boolean())),
			// Keeps its place in the register's order: a spread key that is set again stays where it was.
			future: flag(z.boolean()).extend({deadline: z.string().optional().describe('The deadline phrase as written')}),
		}),
	}).describe('What the tool judged');

	const reviewerAnnotation = z.object({
		verdict: clarity.optional(),
		accepted: z.boolean().optional().describe('The verdict and flags were taken over from the tool with one key'),
		direct: yesNo.optional(),
		...perToggleFlag(register, () => z.boolean().optional()),
		note: z.string().optional(),
		skipped: z.boolean().optional().describe('Looked at and left undecided (s in the reviewer); a verdict replaces it'),
		updatedAt: z.string(),
	}).describe('The reviewer\'s annotation as saved in the sidecar');

	const judgement = z.object({clarity, direct: yesNo, ...perToggleFlag(register, () => z.boolean())});
	const judgementSource = z.enum(['tool', 'reviewer']);

	// One answer: the tool's judgement, the reviewer's annotation, and the final values (reviewer wins).
	const answer = z.object({
		letter: z.string().describe('The letter\'s source path; matches letters[].source'),
		key: z.string().describe('The annotation key: the number, with "#2" for a repeated number'),
		number: z.int(),
		question: z.string(),
		answer: z.string().nullable(),
		closed: z.boolean().describe('The question asks a genuine yes/no question'),
		answeredWith: z.array(z.int()),
		tool: toolJudgement,
		reviewer: reviewerAnnotation.nullable().describe('null when the reviewer has not touched this answer'),
		reviewed: z.boolean().describe('The reviewer gave a verdict'),
		answerChanged: z.boolean().default(false).describe('The answer\'s text changed since the reviewer judged it; their annotation is kept, and counts'),
		final: judgement.describe('The values that count: the reviewer\'s where given, the tool\'s otherwise'),
		source: z.object({clarity: judgementSource, direct: judgementSource, ...perToggleFlag(register, () => judgementSource)}),
	});

	const agreementByField = z.object({
		clarity: agreementSchema,
		direct: agreementSchema,
		...perToggleFlag(register, () => agreementSchema),
	});

	// One letter: metadata, the answer-time rule, the review and the summary counts.
	const letter = z.object({
		source: z.string(),
		kind: z.enum(['answers', 'postponement', 'questions-only']),
		fingerprint: z.string().regex(/^[\da-f]{64}$/u, 'a hex SHA-256'),
		meta,
		notices: z.array(z.string()),
		timeliness: z.object({
			days: z.int().nullable().describe('Calendar days from submitted to answered; null when a date is missing'),
			limitDays: z.union([z.literal(21), z.literal(42)]).describe('Three weeks, or six when a postponement notice was sent'),
			postponed: z.boolean().nullable().describe('A postponement notice was sent; null when the letter does not say'),
			withinRule: z.boolean().nullable().describe('Answered within limitDays; null when unknown'),
		}),
		review: z.object({
			status: z.enum(['not reviewed', 'partly reviewed', 'reviewed']),
			reviewer: z.string().optional(),
			sidecar: z.string().optional(),
			updatedAt: z.string().optional(),
			reviewedAnswers: count,
			orphaned: z.array(z.object({key: z.string(), annotation: reviewerAnnotation})).optional()
				.describe('Annotations of questions the letter no longer has (its text was edited); kept in the review file, counted nowhere'),
		noteDrafts: z.array(z.object({key: z.string(), note: z.string(), updatedAt: z.string()})).optional()
			.describe('Notes being typed when the reviewer was left, not saved as notes; kept in the review file, offered back by the reviewer, never counted as notes'),
			skippedAnswers: count.describe('Answers skipped (looked at, undecided) and still without a verdict'),
			agreementWithTool: agreementByField.describe('How often the reviewer agreed with the tool, over the answers they judged'),
		}),
		summary: z.object({
			answers: count,
			answered: count,
			closed: count,
			closedAnsweredYesNo: count.describe('Closed questions answered with a clear yes or no (final values)'),
			...perToggleFlag(register, () => count),
			clarity: z.object({'clear': count, 'ambivalent': count, 'non-reply': count}),
			tool: z.object({
				closedAnsweredYesNo: count,
				...perToggleFlag(register, () => count),
				clarity: z.object({'clear': count, 'ambivalent': count, 'non-reply': count}),
			}).describe('The same counts from the tool\'s judgement alone'),
		}).describe('Counts from the final values (reviewer wins), and from the tool alone'),
	});

	// The whole exported document: letters, and one row per answer across letters.
	const document = z.object({
		format: z.literal(exportFormatName),
		version: z.literal(exportFormatVersion),
		letters: z.array(letter),
		answers: z.array(answer),
	}).describe('An answer-review scorecard export');

	return {answer, letter, document, agreementByField};
}

const schemas = exportSchemasFor();

/** One answer: the tool's judgement, the reviewer's annotation, and the final values (reviewer wins). */
export const exportAnswerSchema = schemas.answer;
/** One letter: metadata, the answer-time rule, the review and the summary counts. */
export const exportLetterSchema = schemas.letter;
/** The whole exported document: letters, and one row per answer across letters. */
export const exportDocumentSchema = schemas.document;
const agreementByField = schemas.agreementByField;

type DeepReadonly<T> = T extends ReadonlyArray<infer U> ? ReadonlyArray<DeepReadonly<U>> : T extends object ? {readonly [K in keyof T]: DeepReadonly<T[K]>} : T;

/** The exported document. */
export type ExportDocument = DeepReadonly<z.infer<typeof exportDocumentSchema>>;
/** One letter of the export. */
export type ExportLetter = DeepReadonly<z.infer<typeof exportLetterSchema>>;
/** One answer row of the export. */
export type ExportAnswer = DeepReadonly<z.infer<typeof exportAnswerSchema>>;
/** Agreement of two raters on one field. */
export type Agreement = DeepReadonly<z.infer<typeof agreementSchema>>;
/** Agreement on clarity and each flag. */
export type AgreementByField = DeepReadonly<z.infer<typeof agreementByField>>;

/** The JSON Schema of the export, generated from the zod schema (committed as scorecard.schema.json for the register's flags). */
export function exportJsonSchema(register: FlagRegister = flagRegister): Record<string, unknown> {
	const document = register === flagRegister ? exportDocumentSchema : exportSchemasFor(register).document;
	return {
		...z.toJSONSchema(document, {target: 'draft-2020-12'}),
		title: 'answer-review scorecard export',
	} as Record<string, unknown>;
}
