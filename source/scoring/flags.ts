// Every flag of an answer, declared once: how it is marked, named and coloured, and how it moves the
// score. The score, the flag marks of the tables and the reviewer's list, and the register read it.
import type {FlagName} from './model.js';

/** How a flag is shown and how it moves the score. */
export type FlagEntry = {
	/** One-character mark in tables and lists when the flag is set. */
	readonly mark: string;
	readonly label: string;
	/** Semantic colour token of its evidence (see ui/theme.ts). */
	readonly colour: `evidence-${FlagName}`;
	/** Points the score gains when the flag is set (negative: loses); for direct, a clear yes or no to a closed question. */
	readonly weight: number;
};

/** Every flag, once, in the order the marks are shown. A flag missing here is a compile error. */
export const flagRegister: Readonly<Record<FlagName, FlagEntry>> = {
	direct: {mark: 'Y', label: 'yes or no given', colour: 'evidence-direct', weight: 20},
	deflects: {mark: 'D', label: 'deflects', colour: 'evidence-deflects', weight: -15},
	confidential: {mark: 'C', label: 'confidential', colour: 'evidence-confidential', weight: -10},
	future: {mark: 'F', label: 'future promise', colour: 'evidence-future', weight: -5},
};
