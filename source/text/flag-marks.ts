// The one-character flag marks the score table, the Markdown table and the reviewer's list share.
import {flagRegister, toggleFlags, type FlagRegister} from '../scoring/flags.js';
import type {AnswerScore} from '../scoring/model.js';

/** One-character marks for the flags, in the register's order: yes/no, then each toggle flag. */
export function flagMarks(answer: Pick<AnswerScore, 'closed' | 'flags'>): string {
	const direct = answer.flags.direct.value === 'yes' ? flagRegister.direct.mark : answer.flags.direct.value === 'no' ? 'N' : answer.closed ? '?' : '·';
	return [direct, ...toggleFlags().map(flag => (answer.flags[flag].value ? flagRegister[flag].mark : '·'))].join('');
}

/**
 * What each flag mark means, in the register's order: "Y/N yes or no given (? none) · D deflects · …",
 * each toggle flag by its label ("F future promise"), or by its name where space is short ("F future").
 */
export function flagLegend(words: 'label' | 'name' = 'label', register: FlagRegister = flagRegister): string {
	const toggles = toggleFlags(register).map(flag => `${register[flag]!.mark} ${words === 'label' ? register[flag]!.label : flag}`);
	return [`Y/N ${register.direct!.label} (? none)`, ...toggles].join(' · ');
}
