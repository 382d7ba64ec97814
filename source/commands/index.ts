// Each command loads only its own modules: the reviewer and every scripted command start faster.

/** The scripted commands; none of them loads ink or react. */
export type CommandName = 'score' | 'search' | 'export' | 'commitments' | 'agree' | 'reconcile';

/** The names, for dispatching from the command line. */
export const commandNames: readonly CommandName[] = ['score', 'search', 'export', 'commitments', 'agree', 'reconcile'];

/** Flags shared by the scripted commands. */
export type CommandFlags = {
	readonly json?: boolean;
	readonly markdown?: boolean;
	readonly limit?: number;
	readonly format?: string;
	readonly output?: string;
	readonly annotations?: string;
	readonly reviewer?: string;
	readonly letter?: string;
	readonly csv?: boolean;
	readonly column?: string;
	readonly nameColumn?: string;
	/** `--no-cache` (false): read every letter again instead of taking it from the cache of read letters. */
	readonly cache?: boolean;
	readonly bom?: boolean;
	readonly compare?: string;
};

/** The flags each command reads ('review': the reviewer, no command); any other is a usage error there. */
export const commandFlags: Readonly<Record<CommandName | 'review', ReadonlyArray<keyof CommandFlags>>> = {
	score: ['json', 'markdown', 'column', 'nameColumn', 'cache'],
	search: ['json', 'limit', 'column', 'nameColumn', 'cache'],
	export: ['format', 'output', 'annotations', 'reviewer', 'column', 'nameColumn', 'bom', 'cache'],
	commitments: ['json', 'csv', 'column', 'nameColumn', 'cache'],
	agree: ['letter', 'json', 'cache'],
	reconcile: ['letter', 'cache'],
	review: ['annotations', 'reviewer', 'column', 'nameColumn', 'compare', 'cache'],
};

/** Runs a scripted command and returns its exit code. */
export async function runCommand(name: CommandName, args: readonly string[], flags: CommandFlags): Promise<number> {
	switch (name) {
		case 'score': {
			const {runScore} = await import('./score.js');
			return runScore(args, {json: flags.json, markdown: flags.markdown, column: flags.column, nameColumn: flags.nameColumn, cache: flags.cache});
		}

		case 'export': {
			const {runExport} = await import('./export.js');
			return runExport(args, {format: flags.format, output: flags.output, annotations: flags.annotations, reviewer: flags.reviewer, column: flags.column, nameColumn: flags.nameColumn, bom: flags.bom, cache: flags.cache});
		}

		case 'commitments': {
			const {runCommitments} = await import('./commitments.js');
			return runCommitments(args, {json: flags.json, csv: flags.csv, column: flags.column, nameColumn: flags.nameColumn, cache: flags.cache});
		}

		case 'agree': {
			const {runAgree} = await import('./agree.js');
			return runAgree(args, {letter: flags.letter, json: flags.json, cache: flags.cache});
		}

		case 'reconcile': {
			const {runReconcile} = await import('./reconcile.js');
			return runReconcile(args, {letter: flags.letter, cache: flags.cache});
		}

		case 'search': {
			const {runSearch} = await import('./search.js');
			return runSearch(args, {json: flags.json, ...(flags.limit === undefined ? {} : {limit: flags.limit}), column: flags.column, nameColumn: flags.nameColumn, cache: flags.cache});
		}
	}
}
