// The `F` filter: which answers the list shows when the reviewer asks for what needs attention. Pure.
import type {AnswerScore} from '../scoring/model.js';
import type {Annotations} from '../store/model.js';
import {mergeAnswer, type ReviewedAnswer} from '../store/merge.js';
import {toggleFlags} from '../scoring/flags.js';

/** What the list can be narrowed to. */
export type FilterName = 'non-reply' | 'ambivalent' | 'deflects' | 'confidential' | 'future' | 'unreviewed' | 'skipped' | 'disagree' | 'changed';

/** One row of the filter table: its name and what it keeps. */
export type FilterOption = {
	readonly name: FilterName;
	/** What it keeps, for the prompt and the help. */
	readonly description: string;
	readonly keeps: (entry: ReviewedAnswer) => boolean;
};

/** True when the answer's text changed since it was reviewed (the store's mark, merged into the entry). */
export function isAnswerChanged(entry: ReviewedAnswer): boolean {
	return entry.answerChanged;
}

/** True when the reviewer's verdict or any flag they set differs from the tool's. */
export function disagreesWithTool(entry: ReviewedAnswer): boolean {
	const mine = entry.reviewer;
	if (mine === undefined) {
		return false;
	}

	const {tool} = entry;
	return (mine.verdict !== undefined && mine.verdict !== tool.clarity)
		|| (mine.direct !== undefined && mine.direct !== tool.flags.direct.value)
		|| toggleFlags().some(flag => mine[flag] !== undefined && mine[flag] !== tool.flags[flag].value);
}

/** Every filter, in the order the prompt offers them. Clarity and flags are the final values (yours where given). */
export const filterOptions: readonly FilterOption[] = [
	{name: 'non-reply', description: 'answers judged non-reply', keeps: entry => entry.final.clarity === 'non-reply'},
	{name: 'ambivalent', description: 'answers judged ambivalent', keeps: entry => entry.final.clarity === 'ambivalent'},
	{name: 'deflects', description: 'answers that deflect', keeps: entry => entry.final.deflects},
	{name: 'confidential', description: 'answers that hide behind confidentiality', keeps: entry => entry.final.confidential},
	{name: 'future', description: 'answers that promise or defer', keeps: entry => entry.final.future},
	{name: 'unreviewed', description: 'answers without your verdict', keeps: entry => !entry.reviewed},
	{name: 'skipped', description: 'answers you skipped (s)', keeps: entry => entry.reviewer?.skipped === true && !entry.reviewed},
	{name: 'disagree', description: 'your verdict or flags differ from the tool\'s', keeps: entry => disagreesWithTool(entry)},
	{name: 'changed', description: 'answer changed since you reviewed it', keeps: entry => isAnswerChanged(entry)},
];

/** The filters whose name starts with what was typed (all for nothing typed); an exact name alone. */
export function matchingFilters(typed: string): FilterOption[] {
	const text = typed.trim().toLowerCase();
	const exact = filterOptions.find(option => option.name === text);
	return exact === undefined ? filterOptions.filter(option => option.name.startsWith(text)) : [exact];
}

/** Indexes of the answers a filter keeps, in letter order; every index without a filter. */
export function visibleIndexes(answers: readonly AnswerScore[], keys: readonly string[], annotations: Annotations, filter: FilterName | undefined): number[] {
	const all = answers.map((_, index) => index);
	if (filter === undefined) {
		return all;
	}

	const option = filterOptions.find(each => each.name === filter)!;
	return all.filter(index => option.keeps(mergeAnswer(keys[index]!, answers[index]!, annotations[keys[index]!])));
}
