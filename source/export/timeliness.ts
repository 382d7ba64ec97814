import type {LetterMeta} from '../letter/model.js';
import type {ExportLetter} from './schema.js';

/** Days a minister has to answer written questions (Reglement van Orde: three weeks). */
export const answerDays = 21;

/** Days when the minister sent a postponement notice (uitstelbericht): six weeks. */
export const postponedAnswerDays = 42;

/** The letter meta with the postponement hint the letter reader may add; absent means "not stated". */
type MetaWithPostponement = LetterMeta & {readonly postponed?: boolean; readonly postponementNotice?: string};

/**
 * The answer time against the three-week rule (six weeks after a postponement notice). The letter
 * rarely says whether a notice was sent, so `postponed` is null unless the reader recorded it; the
 * rule is then judged at three weeks, and a text renderer says the six-week case in words.
 */
export function judgeTimeliness(meta: LetterMeta): ExportLetter['timeliness'] {
	const hint = meta as MetaWithPostponement;
	const postponed = hint.postponed ?? (hint.postponementNotice === undefined ? null : true);
	const limitDays = postponed === true ? postponedAnswerDays : answerDays;
	const days = meta.daysToAnswer ?? null;
	return {days, limitDays, postponed, withinRule: days === null ? null : days <= limitDays};
}

/** One sentence on the answer time, e.g. "21 days; within the three-week rule". */
export function describeTimeliness(timeliness: ExportLetter['timeliness']): string {
	const {days, postponed} = timeliness;
	if (days === null) {
		return 'unknown (the letter does not give both dates)';
	}

	const taken = `${days} day${days === 1 ? '' : 's'}`;
	if (postponed === true) {
		return days <= postponedAnswerDays
			? `${taken}; within the six-week rule (a postponement notice was sent)`
			: `${taken}; over the six-week rule, even with the postponement notice (by ${days - postponedAnswerDays} days)`;
	}

	if (days <= answerDays) {
		return `${taken}; within the three-week rule`;
	}

	if (postponed === false) {
		return `${taken}; over the three-week rule (by ${days - answerDays} days; no postponement notice)`;
	}

	return days <= postponedAnswerDays
		? `${taken}; over the three-week rule (by ${days - answerDays} days); within six weeks, which is allowed only if a postponement notice was sent (the letter does not say)`
		: `${taken}; over the three-week rule, and over the six weeks allowed after a postponement notice (by ${days - postponedAnswerDays} days)`;
}
