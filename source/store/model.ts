import type {Clarity, ToggleFlag, YesNo} from '../scoring/model.js';

/** The version of the sidecar format this build writes; files with a higher version are refused. */
export const annotationFormatVersion = 2;

export type {ToggleFlag} from '../scoring/model.js';

/** A value for every flag of the register a reviewer can set: the yes/no reading and each toggle flag. */
export type FlagValues = {
	/** The yes/no reading; null means "neither yes nor no". */
	readonly direct: YesNo;
} & {readonly [K in ToggleFlag]: boolean};

/** The reviewer's word on one answer; a field is absent until the reviewer sets it (each flag too). */
export type Annotation = Partial<FlagValues> & {
	/** The reviewer's CLARITY verdict; an answer counts as reviewed once this is set. */
	readonly verdict?: Clarity;
	/** True when the verdict and flags were taken over from the tool with one key (`a`). */
	readonly accepted?: boolean;
	/** Free text; absent rather than empty. */
	readonly note?: string;
	/** Fingerprint (see `textFingerprint`) of the answer's text the annotation was made on. */
	readonly answerFingerprint?: string;
	/** Fingerprint of the question's text the annotation was made on. */
	readonly questionFingerprint?: string;
	/** The answer's text changed since the reviewer judged it; cleared when they confirm or judge it again. */
	readonly answerChanged?: boolean;
	/** Looked at and left undecided (`s`); a verdict given later replaces it. */
	readonly skipped?: boolean;
	/** ISO timestamp of the last change to this annotation. */
	readonly updatedAt: string;
};

/** Annotations by answer key (see `answerKeys`). */
export type Annotations = Readonly<Record<string, Annotation>>;

/**
 * A note being typed when the reviewer was left (a signal, a closed terminal, Ctrl-C, a crash after it
 * was written): kept apart from the note, which it never replaces until the reviewer saves it.
 */
export type NoteDraft = {
	/** The text as typed, not yet trimmed. */
	readonly note: string;
	/** ISO timestamp of when this text was written. */
	readonly updatedAt: string;
	/**
	 * Fingerprint (see `textFingerprint`) of the answer's text when this text was written, so a draft
	 * offered after the letter was edited (its questions renumbered, say) can say so. Absent in files
	 * written before it was recorded.
	 */
	readonly answerFingerprint?: string;
	/** Fingerprint of the question's text when this text was written. */
	readonly questionFingerprint?: string;
};

/** Note drafts by answer key; the reviewer offers each back on the next open. */
export type NoteDrafts = Readonly<Record<string, NoteDraft>>;

/** The whole sidecar file: who reviewed which letter, and their annotations. */
export type AnnotationFile = {
	/** Format version, `annotationFormatVersion` when written by this build. */
	readonly version: number;
	/** Always "answer-review", so a stray JSON file is not mistaken for a sidecar. */
	readonly tool: 'answer-review';
	/** Who reviewed. */
	readonly reviewer: string;
	/** Letter.fingerprint of the letter's text when the file was last written (format 1: when it was created). */
	readonly fingerprint: string;
	/** The letter's path as given when the file was created; informative only. */
	readonly letter: string;
	/** ISO timestamps. */
	readonly createdAt: string;
	readonly updatedAt: string;
	readonly annotations: Annotations;
	/** Notes typed but not saved, by answer key; absent when there are none. */
	readonly noteDrafts?: NoteDrafts;
};

/** One change the reviewer can make to an answer's annotation. */
export type Change =
	| {readonly type: 'set-verdict'; readonly verdict: Clarity}
	| {readonly type: 'accept'; readonly tool: {readonly verdict: Clarity} & FlagValues}
	| {readonly type: 'toggle-flag'; readonly flag: ToggleFlag; readonly current: boolean}
	| {readonly type: 'set-direct'; readonly direct: YesNo}
	| {readonly type: 'set-note'; readonly note: string}
	/** The reviewer keeps their judgement of an answer whose text changed: the mark is cleared. */
	| {readonly type: 'confirm'}
	| {readonly type: 'skip'};

/**
 * The longest note a review keeps: far beyond any reviewer's remark (a page is ~3,000 characters),
 * short of what would stall the screen. A longer note typed is cut to it; a review file holding a
 * longer one is refused, with the reason, and left untouched.
 */
export const maxNoteLength = 100_000;

/** The fingerprints of one answer and its question, under its answer key (see attach.ts). */
export type AnswerPrint = {readonly answer: string; readonly question: string};

/** Answer key → fingerprints, for every question of a letter. */
export type AnswerPrints = Readonly<Record<string, AnswerPrint>>;
