import type {FlagName} from './flags.js';

export type {FlagName, ToggleFlag} from './flags.js';

/** How clearly an answer replies, by the CLARITY scheme. */
export type Clarity = 'clear' | 'ambivalent' | 'non-reply';

/** The yes/no reading of an answer to a closed question. */
export type YesNo = 'yes' | 'no' | null;

/** The words that made a rule fire: `start`/`end` are offsets into the answer text (end exclusive). */
export type Evidence = {
	/** Name of the rule that matched, e.g. "deflects.cross-reference". */
	readonly rule: string;
	/** The matched words, exactly `answer.slice(start, end)`. */
	readonly text: string;
	readonly start: number;
	readonly end: number;
};

/** A heuristic's verdict with the evidence behind it. */
export type Flag<V> = {
	readonly value: V;
	readonly evidence: readonly Evidence[];
};

/** The future flag also carries the deadline phrase when the answer names one ("later dit jaar"). */
export type FutureFlag = Flag<boolean> & {
	readonly deadline?: string;
};

/** All flags of one answer, one per flag of the register: direct is a yes/no reading, the others are on or off. */
export type Flags = {readonly [K in FlagName]: K extends 'direct' ? Flag<YesNo> : K extends 'future' ? FutureFlag : Flag<boolean>};

/** What one part of a question asks for: the kind of reply that would answer it. */
export type AskKind = 'yes-no' | 'when' | 'how-many' | 'which' | 'what' | 'why' | 'how' | 'who' | 'request' | 'other';

/**
 * One thing a question asks ("wanneer ontvangt de Kamer de rapportage?"), and whether the answer
 * addresses it. `start`/`end` are offsets into the question (end exclusive); `evidence` offsets
 * are into the answer. `addressed` is null where it cannot be told (no answer).
 */
export type Ask = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	readonly kind: AskKind;
	readonly addressed: boolean | null;
	readonly evidence: readonly Evidence[];
};

/** The tool's judgement of one question and its answer. */
export type AnswerScore = {
	readonly number: number;
	readonly question: string;
	readonly answer: string | null;
	/** True when the question contains a genuine yes/no question. */
	readonly closed: boolean;
	/** Evidence for `closed`: offsets into the question text. */
	readonly closedEvidence: readonly Evidence[];
	/** The question split into its sentences that end in "?" (or the whole text). */
	readonly subQuestions: readonly string[];
	/** Each thing the question asks, in question order, with whether the answer addresses it. */
	readonly asks: readonly Ask[];
	readonly answeredWith: readonly number[];
	readonly flags: Flags;
	readonly clarity: Clarity;
	/** 0–100, see the README for the formula. */
	readonly score: number;
};
