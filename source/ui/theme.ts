// The only place that names colours. Components ask for a semantic token, never for a colour.
import {flagNames, type FlagName} from '../scoring/flags.js';

/** How one token is painted; maps onto Ink's <Text> props. */
export type Paint = {
	readonly color?: string;
	readonly bold?: boolean;
	readonly dimColor?: boolean;
	readonly inverse?: boolean;
	readonly underline?: boolean;
	readonly italic?: boolean;
};

/** The categories of evidence, from the first part of a rule name ("deflects.cross-reference"): a flag of the register (each needs its colour below), closed, or other. */
export type EvidenceKind = FlagName | 'closed' | 'other';

/** Every semantic token the reviewer paints with. */
export type ThemeToken =
	| 'plain'
	| 'title'
	| 'heading'
	| 'muted'
	| 'selected'
	| 'question'
	| 'label'
	| 'reviewer'
	| 'success'
	| 'warning'
	| 'error'
	| 'key'
	/** Characters a search matched, and the same inside the picked (inverse) result. */
	| 'match'
	| 'selected-match'
	| `evidence-${EvidenceKind}`;

/** A complete mapping from tokens to paint. */
export type Theme = Readonly<Record<ThemeToken, Paint>>;

const colour: Theme = {
	plain: {},
	title: {bold: true, color: 'cyan'},
	heading: {bold: true},
	muted: {dimColor: true},
	selected: {inverse: true},
	question: {bold: true},
	label: {dimColor: true, italic: true},
	reviewer: {color: 'magenta', bold: true},
	success: {color: 'green'},
	warning: {color: 'yellow'},
	error: {color: 'red', bold: true},
	key: {bold: true, color: 'cyan'},
	match: {bold: true, color: 'yellow', underline: true},
	'selected-match': {bold: true, inverse: true, color: 'yellow', underline: true},
	'evidence-direct': {color: 'green', inverse: true},
	'evidence-deflects': {color: 'yellow', inverse: true},
	'evidence-confidential': {color: 'red', inverse: true},
	'evidence-future': {color: 'blue', inverse: true},
	'evidence-closed': {color: 'cyan', underline: true},
	'evidence-other': {inverse: true},
};

/** Without colour, highlights stay visible through inverse, bold and underline. */
const monochrome: Theme = {
	plain: {},
	title: {bold: true},
	heading: {bold: true},
	muted: {dimColor: true},
	selected: {inverse: true},
	question: {bold: true},
	label: {dimColor: true},
	reviewer: {bold: true, underline: true},
	success: {bold: true},
	warning: {bold: true},
	error: {bold: true, inverse: true},
	key: {bold: true},
	match: {bold: true, underline: true},
	'selected-match': {bold: true, inverse: true, underline: true},
	'evidence-direct': {inverse: true, bold: true},
	'evidence-deflects': {inverse: true},
	'evidence-confidential': {inverse: true, underline: true},
	'evidence-future': {underline: true, bold: true},
	'evidence-closed': {underline: true},
	'evidence-other': {inverse: true},
};

/** The theme: colour, or monochrome when `noColor` (see `wantsNoColor`). */
export function createTheme(options: {readonly noColor: boolean}): Theme {
	return options.noColor ? monochrome : colour;
}

/** True when the environment asks for no colour: NO_COLOR set to a non-empty value (no-color.org). */
export function wantsNoColor(env: Readonly<Record<string, string | undefined>>): boolean {
	const value = env['NO_COLOR'];
	return value !== undefined && value !== '';
}

/** The evidence kind of a rule name, e.g. "future.deadline" → "future". */
export function evidenceKind(rule: string): EvidenceKind {
	const head = rule.split('.')[0];
	return head === 'closed' || flagNames.includes(head as FlagName) ? head as EvidenceKind : 'other';
}
