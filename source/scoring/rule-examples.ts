// Example sentences for every phrase rule of the scoring (see register.ts): each `fires` sentence
// must hold a match of the rule, each `silent` sentence none. Written from real answers.

/** Sentences one rule must fire on and must leave alone. */
export type RuleExamples = {readonly fires: readonly string[]; readonly silent: readonly string[]};

/** Examples by rule name. */
export const ruleExamples: Readonly<Record<string, RuleExamples>> = {
};
