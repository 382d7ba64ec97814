// The one-character flag marks the score table, the Markdown table and the reviewer's list share.
import type {AnswerScore} from '../scoring/model.js';

/** One-character marks for the flags, in a fixed order: yes/no, deflects, confidential, future. */
export function flagMarks(answer: Pick<AnswerScore, 'closed' | 'flags'>): string {
	const direct = answer.flags.direct.value === 'yes' ? 'Y' : answer.flags.direct.value === 'no' ? 'N' : answer.closed ? '?' : '·';
	return [
		direct,
		answer.flags.deflects.value ? 'D' : '·',
		answer.flags.confidential.value ? 'C' : '·',
		answer.flags.future.value ? 'F' : '·',
	].join('');
}
