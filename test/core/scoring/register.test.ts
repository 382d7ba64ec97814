import {describe, expect, it} from 'vitest';
import {compileRules, findEvidence} from '../../../source/scoring/patterns.js';
import {flagRegister, ruleRegister, toggleFlags} from '../../../source/scoring/register.js';

describe('the rule register', () => {
	it('declares each rule once, each with sentences it must and must not fire on', () => {
		const names = ruleRegister.map(rule => rule.name);
		expect(new Set(names).size).toBe(names.length);
		const withoutExamples = ruleRegister.filter(rule => rule.fires.length === 0 || rule.silent.length === 0).map(rule => rule.name);
		expect(withoutExamples).toEqual([]);
	});

	it.each(ruleRegister.map(rule => [rule.name, rule] as const))('%s fires on its examples and leaves the others alone', (_name, rule) => {
		const compiled = compileRules([rule]);
		for (const sentence of rule.fires) {
			expect(findEvidence(sentence, compiled), `should fire: ${sentence}`).not.toEqual([]);
		}

		for (const sentence of rule.silent) {
			expect(findEvidence(sentence, compiled), `should not fire: ${sentence}`).toEqual([]);
		}
	});

	it('declares every flag with a mark, a label and a colour', () => {
		for (const [name, entry] of Object.entries(flagRegister)) {
			expect(entry.mark).toMatch(/^\S$/u);
			expect(entry.label).not.toBe('');
			// The reviewer paints evidence by the flag's name (ui/theme.ts), so the token must be that name's.
			expect(entry.colour).toBe(`evidence-${name}`);
		}
	});

	it('gives every flag the reviewer toggles a key (the key table makes no row for a flag without one)', () => {
		for (const flag of toggleFlags()) {
			expect(flagRegister[flag].key, flag).toMatch(/^\S$/u);
		}
	});
});
