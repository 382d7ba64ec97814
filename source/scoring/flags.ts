// Every flag of an answer, declared once: how it is marked, named and coloured, how it moves the
// score, and the key a reviewer toggles it with. The score, the flag marks, the key table, the CSV
// columns, the export schema, the merge of a review and the agreement figures all read it, so a
// flag added here (and judged by the scoring, which the Flags type then demands) appears in each.

/** How a flag is shown and how it moves the score. */
export type FlagEntry = {
	/** One-character mark in tables and lists when the flag is set. */
	readonly mark: string;
	/** The flag in a few words, for legends and help ("future promise"). */
	readonly label: string;
	/** Semantic colour token of its evidence (see ui/theme.ts). */
	readonly colour: `evidence-${string}`;
	/** Points the score gains when the flag is set (negative: loses); for direct, a clear yes or no to a closed question. */
	readonly weight: number;
	/** The reviewer's key that toggles their own flag; direct has none (y, n and 0 set its yes/no). */
	readonly key?: string;
};

/** Flags by name, in the order they are shown. The real one is flagRegister; a test may pass it extended. */
export type FlagRegister = Readonly<Record<string, FlagEntry>>;

/** Every flag, once, in the order the marks, columns and fields are shown. */
export const flagRegister = {
	direct: {mark: 'Y', label: 'yes or no given', colour: 'evidence-direct', weight: 20},
	deflects: {mark: 'D', label: 'deflects', colour: 'evidence-deflects', weight: -15, key: 'd'},
	confidential: {mark: 'C', label: 'confidential', colour: 'evidence-confidential', weight: -10, key: 'c'},
	future: {mark: 'F', label: 'future promise', colour: 'evidence-future', weight: -5, key: 'f'},
} as const satisfies FlagRegister;

/** The names of the per-answer flags: the register's keys. */
export type FlagName = keyof typeof flagRegister;

/** Every flag's name, in the register's order. */
export const flagNames = Object.keys(flagRegister) as readonly FlagName[];

/** The flags a reviewer toggles on or off: every flag but direct, which is a yes/no reading. */
export type ToggleFlag = Exclude<FlagName, 'direct'>;

/**
 * The toggle flags of a register, in its order. The names of an extended register are typed as the
 * real ones': the code handed one reads each flag by name, whatever the name.
 */
export function toggleFlags(register: FlagRegister = flagRegister): readonly ToggleFlag[] {
	return Object.keys(register).filter(name => name !== 'direct') as ToggleFlag[];
}

/** One value per toggle flag of a register, by name, in its order. */
export function perToggleFlag<T>(register: FlagRegister, value: (name: ToggleFlag) => T): {readonly [K in ToggleFlag]: T} {
	return Object.fromEntries(toggleFlags(register).map(name => [name, value(name)])) as {[K in ToggleFlag]: T};
}
