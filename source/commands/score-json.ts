import type {LetterMeta} from '../letter/model.js';
import type {Scorecard} from '../scoring/index.js';

/** Version of the `score --json` format; raised when a key changes meaning or disappears. */
export const scoreJsonVersion = 1;

// Every fact a letter can state, in this order; one it does not state is null, so a pipeline can tell
// "not in the letter" from a missing key. (A postponement notice adds daysToNotice.)
const metaKeys = ['date', 'reference', 'subject', 'askedBy', 'party', 'members', 'ministersAsked', 'answeredBy', 'submitted', 'received', 'caseNumber', 'aanhangselNumber', 'daysToAnswer'] as const satisfies ReadonlyArray<keyof LetterMeta>;

/** The letter's metadata with every key present: null where the letter does not state it. */
function fullMeta(meta: LetterMeta): Record<string, unknown> {
	return {...Object.fromEntries(metaKeys.map(key => [key, meta[key] ?? null])), ...meta};
}

/** The `score --json` document for a list of scorecards. */
export function scorecardsToJson(scorecards: readonly Scorecard[]) {
	return {
		version: scoreJsonVersion,
		letters: scorecards.map(scorecard => ({
			source: scorecard.source,
			kind: scorecard.kind,
			fingerprint: scorecard.fingerprint,
			meta: fullMeta(scorecard.meta),
			notices: scorecard.notices,
			answers: scorecard.answers.map(answer => ({
				number: answer.number,
				question: answer.question,
				answer: answer.answer,
				closed: answer.closed,
				closedEvidence: answer.closedEvidence,
				subQuestions: answer.subQuestions,
				answeredWith: answer.answeredWith,
				asks: answer.asks,
				flags: answer.flags,
				clarity: answer.clarity,
				score: answer.score,
			})),
		})),
	};
}
