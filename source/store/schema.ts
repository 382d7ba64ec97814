import {z} from 'zod';
import {flagRegister, perToggleFlag, type FlagRegister} from '../scoring/flags.js';
import type {AnnotationFile} from './model.js';
import {annotationFormatVersion, maxNoteLength} from './model.js';

const clarity = z.enum(['clear', 'ambivalent', 'non-reply']);
const timestamp = z.string().min(1);

/** One annotation as stored, with a field for every flag of the register. Unknown fields are dropped, so a hand-edited file still loads. */
export function annotationSchemaFor(register: FlagRegister = flagRegister) {
	return z.object({
		verdict: clarity.optional(),
		accepted: z.boolean().optional(),
		direct: z.enum(['yes', 'no']).nullable().optional(),
		...perToggleFlag(register, () => z.boolean().optional()),
		note: z.string().max(maxNoteLength, `a note of more than ${maxNoteLength.toLocaleString('en')} characters`).optional(),
		answerFingerprint: z.string().regex(/^[\da-f]{16}$/u).optional(),
		questionFingerprint: z.string().regex(/^[\da-f]{16}$/u).optional(),
		answerChanged: z.boolean().optional(),
		skipped: z.boolean().optional(),
		updatedAt: timestamp,
	});
}

/** One annotation as stored, with the register's flags. */
export const annotationSchema = annotationSchemaFor();

const answerKey = z.string().regex(/^\d+(?:#\d+)?$/u, 'an answer key like "3" or "3#2"');

/** A note typed but not saved (see NoteDraft). */
const noteDraftSchema = z.object({
	note: z.string().max(maxNoteLength, `a note draft of more than ${maxNoteLength.toLocaleString('en')} characters`),
	updatedAt: timestamp,
	// Added within format 2, like the drafts themselves: a draft without them is read as of unknown text.
	answerFingerprint: z.string().regex(/^[\da-f]{16}$/u).optional(),
	questionFingerprint: z.string().regex(/^[\da-f]{16}$/u).optional(),
});

/** The sidecar file of format version 2, or 1 (the same without the fingerprints of each answer). */
export const annotationFileSchema = z.object({
	version: z.union([z.literal(1), z.literal(annotationFormatVersion)]),
	tool: z.literal('answer-review'),
	reviewer: z.string().min(1),
	fingerprint: z.string().regex(/^[\da-f]{64}$/u, 'a hex SHA-256'),
	letter: z.string(),
	createdAt: timestamp,
	updatedAt: timestamp,
	annotations: z.record(answerKey, annotationSchema),
	// Added within format 2: a file without it is read as having none, and an older build drops it.
	noteDrafts: z.record(answerKey, noteDraftSchema).optional(),
});

/** Why a sidecar could not be used. */
export type SidecarProblem = 'corrupt' | 'newer-version' | 'other-reviewer';

/** The outcome of reading a sidecar's text. */
export type ParsedSidecar =
	| {readonly ok: true; readonly file: AnnotationFile}
	| {readonly ok: false; readonly problem: SidecarProblem; readonly reason: string};

/** Parses and validates a sidecar's text; never throws. */
export function parseAnnotationFile(text: string): ParsedSidecar {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return {ok: false, problem: 'corrupt', reason: `not valid JSON (${(error as Error).message.split('\n')[0]})`};
	}

	const version = typeof json === 'object' && json !== null ? (json as {version?: unknown}).version : undefined;
	if (typeof version === 'number' && version > annotationFormatVersion) {
		return {ok: false, problem: 'newer-version', reason: `written by a newer answer-review (format ${version}; this version reads format ${annotationFormatVersion})`};
	}

	const result = annotationFileSchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0];
		const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
		return {ok: false, problem: 'corrupt', reason: `not a valid review file (${where}${issue?.message ?? 'invalid'})`};
	}

	return {ok: true, file: result.data as AnnotationFile};
}

/**
 * Checks that a parsed sidecar is this reviewer's. It need not match the letter's text: a review
 * survives edits of its letter, its annotations re-attached answer by answer (see attach.ts).
 */
export function checkAnnotationFile(file: AnnotationFile, expected: {readonly reviewer: string}): ParsedSidecar {
	if (file.reviewer !== expected.reviewer) {
		return {ok: false, problem: 'other-reviewer', reason: `holds the review of "${file.reviewer}", not "${expected.reviewer}"`};
	}

	return {ok: true, file};
}

export {serializeAnnotationFile} from './serialize.js';
