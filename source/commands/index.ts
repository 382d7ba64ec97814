import {runScore} from './score.js';
import {runSearch} from './search.js';

/** The scripted commands; none of them loads ink or react. */
export type CommandName = 'score' | 'search';

/** The names, for dispatching from the command line. */
export const commandNames: readonly CommandName[] = ['score', 'search'];

/** Flags shared by the scripted commands. */
export type CommandFlags = {
	readonly json?: boolean;
	readonly markdown?: boolean;
	readonly limit?: number;
};

/** Runs a scripted command and returns its exit code. */
export async function runCommand(name: CommandName, args: readonly string[], flags: CommandFlags): Promise<number> {
	switch (name) {
		case 'score': {
			return runScore(args, flags);
		}

		case 'search': {
			return runSearch(args, {json: flags.json, ...(flags.limit === undefined ? {} : {limit: flags.limit})});
		}
	}
}
