import {runScore} from './score.js';
import {runSearch} from './search.js';
import {runExport} from './export.js';
import {runCommitments} from './commitments.js';
import {runAgree} from './agree.js';

/** The scripted commands; none of them loads ink or react. */
export type CommandName = 'score' | 'search' | 'export' | 'commitments' | 'agree';

/** The names, for dispatching from the command line. */
export const commandNames: readonly CommandName[] = ['score', 'search', 'export', 'commitments', 'agree'];

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
};

/** Runs a scripted command and returns its exit code. */
export async function runCommand(name: CommandName, args: readonly string[], flags: CommandFlags): Promise<number> {
	switch (name) {
		case 'score': {
			return runScore(args, {json: flags.json, markdown: flags.markdown, ...(flags.column === undefined ? {} : {column: flags.column}), ...(flags.nameColumn === undefined ? {} : {nameColumn: flags.nameColumn})});
		}

		case 'export': {
			return runExport(args, {format: flags.format, output: flags.output, annotations: flags.annotations, reviewer: flags.reviewer});
		}

		case 'commitments': {
			return runCommitments(args, {json: flags.json, csv: flags.csv});
		}

		case 'agree': {
			return runAgree(args, {letter: flags.letter, json: flags.json});
		}

		case 'search': {
			return runSearch(args, {json: flags.json, ...(flags.limit === undefined ? {} : {limit: flags.limit})});
		}
	}
}
