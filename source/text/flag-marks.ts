// The one-character flag marks the score table, the Markdown table and the reviewer's list share.
import {flagRegister} from '../scoring/flags.js';
import type {AnswerScore} from '../scoring/model.js';

/** One-character marks for the flags, in the register's order: yes/no, deflects, confidential, future. */
export function flagMarks(answer: Pick<AnswerScore, 'closed' | 'flags'>): string {
	const direct = answer.flags.direct.value === 'yes' ? 'Y' : answer.flags.direct.value === 'no' ? 'N' : answer.closed ? '?' : '·';
	return [direct, ...(['deflects', 'confidential', 'future'] as const).map(flag => (answer.flags[flag].value ? flagRegister[flag].mark : '·'))].join('');
}
