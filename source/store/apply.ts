import type {Annotation, AnnotationFile, Annotations, AnswerPrints, Change, NoteDrafts} from './model.js';
import {annotationFormatVersion, maxNoteLength} from './model.js';

/** How many changes `u` can undo; old steps beyond this are forgotten (the file keeps the result). */
export const undoLimit = 1000;

/**
 * One stable key per question, in letter order: the printed number, with "#2", "#3" … for a number
 * the letter repeats, so a letter with duplicate numbers still gets one annotation per question.
 */
export function answerKeys(numbers: readonly number[]): string[] {
	const seen = new Map<number, number>();
	return numbers.map(number => {
		const count = (seen.get(number) ?? 0) + 1;
		seen.set(number, count);
		return count === 1 ? String(number) : `${number}#${count}`;
	});
}

/** True once the reviewer has given a verdict on the answer. */
export function isReviewed(annotation: Annotation | undefined): boolean {
	return annotation?.verdict !== undefined;
}

/** Index of the first answer without a verdict, or 0 when every answer (or none) is reviewed. */
export function firstUnreviewed(keys: readonly string[], annotations: Annotations): number {
	const index = keys.findIndex(key => !isReviewed(annotations[key]));
	return index === -1 ? 0 : index;
}

/** How many of `keys` were skipped (looked at, undecided) and have no verdict yet. */
export function countSkipped(keys: readonly string[], annotations: Annotations): number {
	return keys.filter(key => annotations[key]?.skipped === true && !isReviewed(annotations[key])).length;
}

/** How many of `keys` have a verdict. */
export function countReviewed(keys: readonly string[], annotations: Annotations): number {
	return keys.filter(key => isReviewed(annotations[key])).length;
}

// Fields that record when and on what an annotation was made, not what the reviewer said.
const bookkeeping = new Set(['updatedAt', 'answerFingerprint', 'questionFingerprint']);

/** The annotation after one change; `now` is an ISO timestamp. Pure. */
export function applyToAnnotation(before: Annotation | undefined, change: Change, now: string): Annotation | undefined {
	// Any change is the reviewer's word on the answer as it is now: a mark that it changed is cleared.
	const {answerChanged: _changed, ...base}: Omit<Annotation, 'updatedAt'> = before ?? {};
	// A judgement made by hand is no longer "accepted from the tool".
	const {accepted: _accepted, ...manual} = base;
	// A verdict ends "looked at, undecided".
	const {skipped: _skipped, ...decided} = manual;
	switch (change.type) {
		case 'confirm': {
			return before === undefined ? undefined : {...base, updatedAt: now};
		}

		case 'set-verdict': {
			return {...decided, verdict: change.verdict, updatedAt: now};
		}

		case 'accept': {
			const {skipped: _was, ...kept} = base;
			const {verdict, ...flags} = change.tool;
			return {...kept, verdict, ...flags, accepted: true, updatedAt: now};
		}

		case 'skip': {
			return base.verdict === undefined ? {...base, skipped: true, updatedAt: now} : {...base, updatedAt: now};
		}

		case 'toggle-flag': {
			return {...manual, [change.flag]: !change.current, updatedAt: now};
		}

		case 'set-direct': {
			return {...manual, direct: change.direct, updatedAt: now};
		}

		case 'set-note': {
			const {note: _note, ...rest} = base;
			const note = change.note.trim();
			const next = note === '' ? rest : {...rest, note};
			// An annotation that only ever held a note which is now removed disappears entirely.
			return Object.keys(next).some(field => !bookkeeping.has(field)) ? {...next, updatedAt: now} : undefined;
		}
	}
}

/** All annotations after one change to the answer `key`. Pure. */
export function applyChange(annotations: Annotations, key: string, change: Change, now: string): Annotations {
	const next = applyToAnnotation(annotations[key], change, now);
	const {[key]: _old, ...others} = annotations;
	return next === undefined ? others : {...others, [key]: next};
}

/** A new, empty sidecar for a letter. */
export function createAnnotationFile(options: {readonly reviewer: string; readonly fingerprint: string; readonly letter: string; readonly now: string}): AnnotationFile {
	return {
		version: annotationFormatVersion,
		tool: 'answer-review',
		reviewer: options.reviewer,
		fingerprint: options.fingerprint,
		letter: options.letter,
		createdAt: options.now,
		updatedAt: options.now,
		annotations: {},
	};
}

/** The file with new annotations and an updated timestamp; with `fingerprint`, it now belongs to that text of the letter. */
export function withAnnotations(file: AnnotationFile, annotations: Annotations, now: string, fingerprint = file.fingerprint): AnnotationFile {
	return {...file, version: annotationFormatVersion, fingerprint, updatedAt: now, annotations};
}

/** The note drafts' texts by answer key, as the reviewer works with them. */
export function noteDraftTexts(file: Pick<AnnotationFile, 'noteDrafts'>): Readonly<Record<string, string>> {
	return Object.fromEntries(Object.entries(file.noteDrafts ?? {}).map(([key, draft]) => [key, draft.note]));
}

/**
 * The file holding exactly these note drafts (texts by answer key), without the field when there are
 * none. A draft whose text is unchanged keeps its timestamp and fingerprints; a new or changed one gets
 * `now` and, with `prints`, the fingerprints of the answer and question it is typed on, so it can be
 * told apart later when the letter is edited. A text of only whitespace is no draft and is dropped. A
 * text longer than a note may be is cut to that length, so the file stays one the store reads.
 */
export function withNoteDrafts(file: AnnotationFile, texts: Readonly<Record<string, string>>, now: string, prints: AnswerPrints = {}): AnnotationFile {
	const before = file.noteDrafts ?? {};
	const drafts: NoteDrafts = Object.fromEntries(Object.entries(texts).filter(([, text]) => text.trim() !== '').map(([key, text]) => {
		const note = text.slice(0, maxNoteLength);
		const kept = before[key];
		if (kept?.note === note) {
			return [key, kept];
		}

		const print = prints[key];
		return [key, print === undefined ? {note, updatedAt: now} : {note, updatedAt: now, answerFingerprint: print.answer, questionFingerprint: print.question}];
	}));
	const {noteDrafts: _old, ...rest} = file;
	return Object.keys(drafts).length === 0 ? rest : {...rest, noteDrafts: drafts};
}

/** A stack of earlier states for undo, newest last, at most `undoLimit` deep. */
export type UndoStack<T> = readonly T[];

/** The stack with `entry` pushed, dropping the oldest entries beyond `undoLimit`. */
export function pushUndo<T>(stack: UndoStack<T>, entry: T, limit = undoLimit): UndoStack<T> {
	const next = [...stack, entry];
	return next.length > limit ? next.slice(next.length - limit) : next;
}

/** The newest entry and the stack without it, or undefined when there is nothing to undo. */
export function popUndo<T>(stack: UndoStack<T>): {readonly entry: T; readonly rest: UndoStack<T>} | undefined {
	if (stack.length === 0) {
		return undefined;
	}

	return {entry: stack.at(-1)!, rest: stack.slice(0, -1)};
}
