import type {Letter, LetterKind, LetterMeta, Question} from '../letter/model.js';
import type {AnswerScore, Flags} from './model.js';
import {countAsks, readQuestion} from './closed.js';
import {asksAction, judgeDirect} from './direct.js';
import {judgeDeflects} from './deflects.js';
import {judgeConfidential} from './confidential.js';
import {judgeFuture} from './future.js';
import {findLapse, judgeClarity, scoreAnswer} from './clarity.js';
import {AnswerSentences} from './sentences.js';
import {findRepeat, type SentenceCache} from './repeats.js';
import {judgeAsks} from './asks.js';
import {addressee} from './addressee.js';

/** The tool's judgement of every answer in one letter. */
export type Scorecard = {
	readonly source: string;
	readonly kind: LetterKind;
	readonly meta: LetterMeta;
	readonly fingerprint: string;
	readonly notices: readonly string[];
	readonly answers: readonly AnswerScore[];
};

/** Scores every question of a letter with every heuristic. */
export function scoreLetter(letter: Letter): Scorecard {
	return scorecard(letter, (_question, score) => score());
}

/**
 * The same scorecard as scoreLetter, but each answer is scored when one of its judged fields is
 * first read: the reviewer draws its first screen after scoring only the answers on it (cold
 * scoring costs ~5 ms an answer), and scoreRemaining does the rest once the screen is up.
 */
export function scoreLetterLazily(letter: Letter): Scorecard {
	return scorecard(letter, lazyAnswer);
}

/** A letter's scorecard, each answer made by `answer` from its question and a function that scores it. */
function scorecard(letter: Letter, answer: (question: Question, score: () => AnswerScore) => AnswerScore): Scorecard {
	const year = letterYear(letter.meta);
	const cache: SentenceCache = new Map();
	return {
		source: letter.source,
		kind: letter.kind,
		meta: letter.meta,
		fingerprint: letter.fingerprint,
		notices: letter.notices,
		answers: letter.questions.map(question => answer(question, () => scoreQuestion(question, letter.questions, year, cache))),
	};
}

// The fields of an AnswerScore in scoreQuestion's order, and which of them need the scoring run.
const answerFields = ['number', 'question', 'answer', 'closed', 'closedEvidence', 'subQuestions', 'answeredWith', 'asks', 'flags', 'clarity', 'score'] as const;
const plainFields = new Set<string>(['number', 'question', 'answer', 'answeredWith']);

function lazyAnswer(question: Question, score: () => AnswerScore): AnswerScore {
	let scored: AnswerScore | undefined;
	const plain: Record<string, unknown> = {number: question.number, question: question.text, answer: question.answer, answeredWith: question.answeredWith};
	const lazy = {};
	for (const field of answerFields) {
		Object.defineProperty(lazy, field, plainFields.has(field)
			? {value: plain[field], enumerable: true}
			: {enumerable: true, get: () => (scored ??= score())[field]});
	}

	return lazy as AnswerScore;
}

/**
 * Scores every answer of a lazy scorecard not yet scored, one answer per turn of the event loop so
 * the reviewer stays responsive; stops early when `signal` aborts.
 */
export async function scoreRemaining(scorecard: Scorecard, signal?: AbortSignal): Promise<void> {
	for (const answer of scorecard.answers) {
		if (signal?.aborted) {
			return;
		}

		void answer.score;
		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** Scores one question and its answer; `all` lets the deflection rule see repeated answers. */
export function scoreQuestion(question: Question, all: readonly Question[] = [question], year?: number, cache: SentenceCache = new Map()): AnswerScore {
	const reading = readQuestion(question.text);
	const base = {
		number: question.number,
		question: question.text,
		answer: question.answer,
		closed: reading.closed,
		closedEvidence: reading.evidence,
		subQuestions: reading.subQuestions.map(sub => sub.text),
		answeredWith: question.answeredWith,
	};
	const answer = question.answer;
	if (answer === null || answer.trim() === '') {
		const none = {value: false, evidence: []};
		const flags: Flags = {direct: {value: null, evidence: []}, deflects: none, confidential: none, future: none};
		return {...base, asks: judgeAsks(question.text, answer, {direct: flags.direct}), flags, clarity: 'non-reply', score: 0};
	}

	const sentences = new AnswerSentences(answer);
	// Whether the question opens with its yes/no sentence ("Hoeveel…? Zijn er…?" does not).
	const opensClosed = reading.subQuestions[0]?.closed ?? reading.closed;
	const direct = judgeDirect(answer, reading.closed, question.text, sentences, reading);
	const repeats = findRepeat(question, all, cache);
	const future = judgeFuture(answer, year, sentences);
	// A question that lapsed with an earlier answer ("vervalt de aanleiding voor de vragen 2 t/m 4") is not deflected.
	const lapsed = findLapse(answer).length > 0;
	const flags: Flags = {
		direct,
		// "Er is geen inzicht" says no to "Heeft u inzicht?" and still leaves the facts asked for out.
		deflects: lapsed ? {value: false, evidence: []} : judgeDeflects(answer, sentences, {
			closed: reading.closed,
			opensClosed,
			direct: direct.value !== null && direct.evidence[0]?.rule !== 'direct.no.not-known',
			number: question.number,
			sharedWith: sharedAnswer(question, all),
			asks: countAsks(reading.subQuestions),
			future,
			asksWhen: asksWhen(question.text),
			...(repeats ? {repeats} : {}),
		}),
		confidential: judgeConfidential(answer, sentences),
		future: agreesToAct(reading.subQuestions, direct, future),
	};
	const asks = judgeAsks(question.text, answer, {direct});
	// The asks are shown, not counted: an answer addressing none of its asks as deflecting, or
	// leaving one unaddressed as at most ambivalent, lowered agreement in-sample and held-out alike
	// (README, "What each question asks").
	const {clarity} = judgeClarity(answer, sentences, reading.closed, flags, opensClosed, countAsks(reading.subQuestions));
	return {...base, asks, flags, clarity, score: scoreAnswer(answer, reading.closed, clarity, flags)};
}

/** The questions whose answer this one is word for word (a grouped answer); none when it has words of its own. */
function sharedAnswer(question: Question, all: readonly Question[]): readonly number[] {
	const firstNumber = Math.min(...question.answeredWith);
	const first = all.find(other => other.number === firstNumber);
	return question.answeredWith.length > 1 && first?.answer === question.answer ? question.answeredWith : [];
}

// "Wanneer…?", "Op welke termijn…?", "Per wanneer…?": a question a date answers.
const asksWhenWords = /(?<![\p{L}])(?:wanneer|op welke termijn|per wanneer|binnen welke termijn|hoe lang)(?![\p{L}])/iu;

/** Whether a question asks when: a date answers it. */
function asksWhen(question: string): boolean {
	// The whole-word check costs a look-behind at every position; most questions hold none of the words.
	return /wanneer|termijn|hoe lang/iu.test(question) && asksWhenWords.test(question);
}

// "Bent u bereid…?", "Bent u voornemens…?", "Gaat u…?", "Wilt u … delen?": a request for future action.
// "Is de Minister bereid …?", "Wil de Regering toezeggen …?" in older letters.
// "Kan de Minister toezeggen …?" promises as much as "Bent u bereid …?" (asksAction).
const asksPromise = new RegExp(String.raw`^(?:kunt|kan)\s+${addressee}\s+(?:\p{L}+\s+){0,3}toezeggen(?![\p{L}])`, 'iu');
const asksToAct = (sentence: string) => asksAction.test(sentence) || asksPromise.test(sentence);

/** A yes to a request for future action is itself a promise: the future flag, with the yes as evidence. */
function agreesToAct(subQuestions: ReturnType<typeof readQuestion>['subQuestions'], direct: Flags['direct'], future: Flags['future']): Flags['future'] {
	const first = subQuestions.find(sub => sub.closed);
	if (direct.value !== 'yes' || first === undefined || !asksToAct(first.text)) {
		return future;
	}

	const agreed = direct.evidence.map(hit => ({...hit, rule: 'future.agrees-to-act'}));
	const evidence = [...agreed, ...future.evidence.filter(hit => agreed.every(other => hit.end <= other.start || hit.start >= other.end))].sort((a, b) => a.start - b.start);
	return {...future, value: true, evidence};
}

function letterYear(meta: LetterMeta): number | undefined {
	const date = meta.date ?? meta.received ?? meta.submitted;
	return date === undefined ? undefined : Number(date.slice(0, 4));
}
