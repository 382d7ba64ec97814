// The one-character flag marks the score table, the Markdown table and the reviewer's list share.
import {flagRegister, toggleFlags} from '../scoring/flags.js';
import type {AnswerScore} from '../scoring/model.js';

/** One-character marks for the flags, in the register's order: yes/no, then each toggle flag. */
export function flagMarks(answer: Pick<AnswerScore, 'closed' | 'flags'>): string {
	const direct = answer.flags.direct.value === 'yes' ? flagRegister.direct.mark : answer.flags.direct.value === 'no' ? 'N' : answer.closed ? '?' : '·';
	return [direct, ...toggleFlags().map(flag => (answer.flags[flag].value ? flagRegister[flag].mark : '·'))].join('');
}
