import type {Scorecard} from '../scoring/index.js';

/** Version of the `score --json` format; raised when a key changes meaning or disappears. */
export const scoreJsonVersion = 1;

/** The `score --json` document for a list of scorecards. */
export function scorecardsToJson(scorecards: readonly Scorecard[]) {
	return {
		version: scoreJsonVersion,
		letters: scorecards.map(scorecard => ({
			source: scorecard.source,
			kind: scorecard.kind,
			fingerprint: scorecard.fingerprint,
			meta: scorecard.meta,
			notices: scorecard.notices,
			answers: scorecard.answers.map(answer => ({
				number: answer.number,
				question: answer.question,
				answer: answer.answer,
				closed: answer.closed,
				closedEvidence: answer.closedEvidence,
				subQuestions: answer.subQuestions,
				answeredWith: answer.answeredWith,
				flags: answer.flags,
				clarity: answer.clarity,
				score: answer.score,
			})),
		})),
	};
}
