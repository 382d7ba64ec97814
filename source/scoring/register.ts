// The register: every flag and every phrase rule of the scoring, declared once, with the example
// sentences each rule must and must not fire on (rule-examples.ts). A generic test runs them all
// (test/core/scoring/register.test.ts); `npm run rules` prints how often each fires on the labelled
// letters and how often readers agreed.
import type {PhraseRule, RegisteredRule} from './patterns.js';
import {concernRules, lateRules, noRules, withholdRules, yesRules} from './direct.js';
import {boilerplateRules, crossReferenceRules, noInformationRules, referralRules} from './deflects.js';
import {confidentialRules, groundsRules} from './confidential.js';
import {deadlineRules, promiseRules} from './future.js';
import {declineRules} from './declines.js';
import {lapseRules} from './clarity.js';
import {askRules} from './ask-rules.js';
import {ruleExamples} from './rule-examples.js';
import {ownStepRules} from '../export/commitments.js';

export {flagRegister, toggleFlags, type FlagEntry, type FlagRegister} from './flags.js';

/** Phrase rule lists by the module that reads them, before their examples are attached. */
const phraseRules: readonly PhraseRule[] = [
	...yesRules, ...noRules, ...lateRules, ...concernRules, ...withholdRules,
	...crossReferenceRules, ...referralRules, ...noInformationRules, ...boilerplateRules,
	...confidentialRules, ...groundsRules,
	...deadlineRules, ...promiseRules,
	...declineRules, ...lapseRules,
];

/** Every phrase rule with its examples: the scoring's own lists, the asks' rules and the commitments' own steps. */
export const ruleRegister: readonly RegisteredRule[] = [
	// A rule without examples gets none here, and the register test names it.
	...phraseRules.map(rule => ({...rule, ...(ruleExamples[rule.name] ?? {fires: [], silent: []})})),
	...askRules,
	...ownStepRules,
];
