// The register: every flag and every phrase rule of the scoring, declared once, with the example
// sentences each rule must and must not fire on (rule-examples.ts). A generic test runs them all
// (test/core/scoring/register.test.ts); `npm run rules` prints how often each fires on the labelled
// letters and how often readers agreed.
import type {FlagName} from './model.js';
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

/** How a flag is shown and how it moves the score. */
export type FlagEntry = {
	/** One-character mark in tables and lists. */
	readonly mark: string;
	readonly label: string;
	/** Semantic colour token (see ui/theme.ts). */
	readonly colour: string;
	/** Points the score loses when the flag is set (the yes/no flag instead adds, see clarity.ts). */
	readonly weight: number;
};

/** Every flag, once. A flag missing here is a compile error. */
export const flagRegister: Readonly<Record<FlagName, FlagEntry>> = {
	direct: {mark: 'Y', label: 'yes or no given', colour: 'evidence-direct', weight: -20},
	deflects: {mark: 'D', label: 'deflects', colour: 'evidence-deflects', weight: 15},
	confidential: {mark: 'C', label: 'confidential', colour: 'evidence-confidential', weight: 10},
	future: {mark: 'F', label: 'future promise', colour: 'evidence-future', weight: 5},
};

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
