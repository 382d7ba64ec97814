// A review survives edits of its letter: each annotation records the answer it was made on, and is
// re-attached to the letter as it is now. Pure (hashing only).
import {createHash} from 'node:crypto';
import type {Annotation, AnnotationFile, Annotations, AnswerPrint, AnswerPrints, NoteDraft} from './model.js';
import {answerKeys} from './apply.js';

/**
 * A short fingerprint of a question's or answer's text that ignores whitespace: line endings, doubled
 * spaces and re-wrapped lines give the same one. 16 hex digits (64 bits) of SHA-256.
 */
export function textFingerprint(text: string | null): string {
	return createHash('sha256').update((text ?? '').replaceAll(/\s+/gu, ' ').trim()).digest('hex').slice(0, 16);
}

export type {AnswerPrint, AnswerPrints} from './model.js';

/** The fingerprints of a letter's questions and answers, by answer key (see `answerKeys`). */
export function answerPrints(questions: ReadonlyArray<{readonly number: number; readonly text?: string; readonly question?: string; readonly answer: string | null}>): AnswerPrints {
	const keys = answerKeys(questions.map(question => question.number));
	return Object.fromEntries(questions.map((question, index) => [keys[index]!, {answer: textFingerprint(question.answer), question: textFingerprint(question.text ?? question.question ?? '')}]));
}

/**
 * The sidecar's annotations attached to the letter as it is now. An annotation whose question still
 * exists is attached by its key; where the answer's text changed since it was made (its recorded
 * fingerprint differs; for a file without fingerprints, when the letter's text changed at all), it is
 * kept and marked `answerChanged`; while the letter's text is the same, nothing is. An annotation whose question is gone stays as it is (orphaned): it is
 * kept in the file, never deleted.
 */
export function attachAnnotations(file: Pick<AnnotationFile, 'fingerprint' | 'annotations'>, letterFingerprint: string, prints: AnswerPrints): Annotations {
	const sameText = file.fingerprint === letterFingerprint;
	return Object.fromEntries(Object.entries(file.annotations).map(([key, annotation]) => {
		const print = prints[key];
		if (print === undefined || annotation.answerChanged === true) {
			return [key, annotation];
		}

		// The same letter text cannot hold a changed answer: a print that differs then comes from a newer
		// reader (one that puts back spaces PDF text lost, say), not from an edit of the letter.
		const unchanged = sameText || annotation.answerFingerprint === print.answer;
		return [key, unchanged ? annotation : {...annotation, answerChanged: true}];
	}));
}

/**
 * The annotations with the fingerprint of the answer (and question) they are made on, as written to the
 * file. One marked `answerChanged` keeps the fingerprint it was made on until the reviewer confirms or
 * judges it again.
 */
export function stampAnnotations(annotations: Annotations, prints: AnswerPrints): Annotations {
	let changed = false;
	const stamped = Object.fromEntries(Object.entries(annotations).map(([key, annotation]): [string, Annotation] => {
		const print = prints[key];
		if (print === undefined || annotation.answerChanged === true || (annotation.answerFingerprint === print.answer && annotation.questionFingerprint === print.question)) {
			return [key, annotation];
		}

		changed = true;
		return [key, {...annotation, answerFingerprint: print.answer, questionFingerprint: print.question}];
	}));
	return changed ? stamped : annotations;
}

/** What of a note draft's question read differently when it was typed: its answer, or only its question. */
export type DraftChange = 'answer' | 'question';

/**
 * The note drafts to offer back (texts by answer key), and which of them were typed when their
 * question or answer read differently (the letter was edited since: its questions renumbered, say).
 * As with annotations, while the letter's text is the one the file records nothing is marked; a
 * draft without fingerprints (written before they were recorded) is marked once the letter's text
 * changed at all. A draft of only whitespace is not offered (and so not kept). A draft on a question
 * the letter no longer has is kept unmarked; the reviewer never offers it.
 */
export function noteDraftOffers(file: Pick<AnnotationFile, 'fingerprint' | 'noteDrafts'>, letterFingerprint: string, prints: AnswerPrints): {readonly texts: Readonly<Record<string, string>>; readonly changed: Readonly<Record<string, DraftChange>>} {
	const sameText = file.fingerprint === letterFingerprint;
	const offered = Object.entries(file.noteDrafts ?? {}).filter(([, draft]) => draft.note.trim() !== '');
	const changed: Array<[string, DraftChange]> = [];
	for (const [key, draft] of offered) {
		const change = sameText ? undefined : draftChange(draft, prints[key]);
		if (change !== undefined) {
			changed.push([key, change]);
		}
	}

	return {texts: Object.fromEntries(offered.map(([key, draft]) => [key, draft.note])), changed: Object.fromEntries(changed)};
}

function draftChange(draft: NoteDraft, print: AnswerPrint | undefined): DraftChange | undefined {
	if (print === undefined) {
		return undefined;
	}

	if (draft.answerFingerprint !== print.answer) {
		return 'answer';
	}

	return draft.questionFingerprint !== undefined && draft.questionFingerprint !== print.question ? 'question' : undefined;
}

/** Keys of annotations whose question is no longer in the letter, in file order. */
export function orphanedKeys(annotations: Annotations, prints: AnswerPrints): string[] {
	return Object.keys(annotations).filter(key => prints[key] === undefined);
}

/**
 * True when a review was made on this letter, in this text or an earlier one: the letter's text is the
 * one the file records, or at least one annotation was made on an answer the letter still gives.
 */
export function reviewOfLetter(file: Pick<AnnotationFile, 'fingerprint' | 'annotations'>, letterFingerprint: string, prints: AnswerPrints): boolean {
	return file.fingerprint === letterFingerprint
		|| Object.entries(file.annotations).some(([key, annotation]) => annotation.answerFingerprint !== undefined && annotation.answerFingerprint === prints[key]?.answer);
}
