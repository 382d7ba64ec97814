#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {errorLine} from './text/error-line.js';
import {safeText} from './text/safe-text.js';
import {commandFlags, commandNames, runCommand, type CommandName} from './commands/index.js';
import {handOutputLost} from './commands/output-lost.js';

const flags = {
	help: {type: 'boolean', shortFlag: 'h'},
	json: {type: 'boolean', default: false},
	markdown: {type: 'boolean', default: false},
	annotations: {type: 'string'},
	reviewer: {type: 'string'},
	limit: {type: 'number'},
	format: {type: 'string'},
	output: {type: 'string'},
	letter: {type: 'string'},
	csv: {type: 'boolean', default: false},
	column: {type: 'string'},
	nameColumn: {type: 'string'},
	cache: {type: 'boolean', default: true},
	bom: {type: 'boolean', default: true},
	compare: {type: 'string'},
} as const;

// A mistyped flag (--jsn) is a usage error in one line, not silently ignored nor taken to hold the
// next file name. Everything after `--` is a file name.
// meow's flag `nameColumn` is `--name-column` on the command line.
const option = (name: string) => `--${name.replaceAll(/[A-Z]/gu, letter => `-${letter.toLowerCase()}`)}`;
const knownFlags = new Set(['--version', '-h', ...Object.keys(flags).map(name => option(name))]);
// Flags that take a value: the argument after one is its value ("--reviewer -anna"), not a flag.
const takesValue = new Set(Object.entries(flags).filter(([, flag]) => flag.type !== 'boolean').map(([name]) => option(name)));
let valueOf: string | undefined;
// The flags given, by meow's name ("nameColumn"), to check against the command's own.
const given = new Set<string>();
const negated = new Set<string>();
for (const argument of process.argv.slice(2)) {
	if (argument === '--') {
		break;
	}

	if (valueOf !== undefined) {
		// The parser would read "-anna" as flags of its own and leave the value empty. A lone "-" is a
		// value (standard output, for --output).
		if (argument.startsWith('-') && argument !== '-' && !/^-\d/u.test(argument)) {
			const name = argument.split('=')[0]!;
			const advice = knownFlags.has(name) || name.startsWith('--') ? '' : `; for one that starts with "-", write ${valueOf}=${safeText(argument)}`;
			process.stderr.write(`answer-review: ${valueOf} needs a value${advice}\n`);
			process.exit(2);
		}

		valueOf = undefined;
		continue;
	}

	const [name = '', value] = argument.split(/=(.*)/su);
	if (name.startsWith('-') && name.length > 1 && !/^-\d/u.test(name) && !knownFlags.has(name) && !knownFlags.has(name.replace(/^--no-/u, '--'))) {
		process.stderr.write(`answer-review: unknown option ${safeText(name)} (see --help)\n`);
		process.exit(2);
	}

	if (name.startsWith('--') && knownFlags.has(name.replace(/^--no-/u, '--'))) {
		const flag = name.replace(/^--(?:no-)?/u, '').replaceAll(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase());
		given.add(flag);
		if (name.startsWith('--no-')) {
			negated.add(flag);
		}
	}

	valueOf = takesValue.has(name) && value === undefined ? name : undefined;
}

const cli = meow(
	`
	Usage
	  $ answer-review [letter|folder]           Review a letter in the terminal (default: the bundled seed letter);
	                                            a folder opens a letter picker
	  $ answer-review score <file|folder>...    Score every answer; a table, --json or --markdown
	  $ answer-review search <query> <file|folder>...
	                                            Find questions by words you remember (fuzzy)
	  $ answer-review export <letter|folder>... [--format markdown|json|csv] [--output FILE]
	                                            The scorecard with the reviewer's annotations
	  $ answer-review commitments <file|folder>... [--json|--csv]
	                                            Every future promise, with its deadline
	  $ answer-review agree <a.review.json> <b.review.json> [--letter FILE]
	                                            Agreement between two reviewers and the tool, and every disagreement
	  $ answer-review reconcile <a.review.json> <b.review.json> [--letter FILE]
	                                            Decide each disagreement; writes <letter>.review.reconciled.json

	Options
	  --json              Print JSON (score, search, commitments, agree)
	  --markdown          Print Markdown (score)
	  --csv               Print CSV (commitments)
	  --format F          markdown (default), json or csv (export)
	  --output FILE       Write to FILE instead of standard output, atomically (export)
	  --letter FILE       The letter the review files belong to (agree, reconcile)
	  --compare FILE      Open the reviewer on the disagreements with another review file
	  --limit N           At most N search results (default 20)
	  --column NAME       For a .csv of letters: the column with the letter text (all but agree)
	  --name-column NAME  For a .csv of letters: the column that names each letter
	  --no-bom            Leave the UTF-8 byte order mark off the CSV (export)
	  --annotations FILE  Where the reviewer's annotations live (default: <letter>.review.json)
	  --reviewer NAME     Who is reviewing (default: your login name)
	  --no-cache          Read every letter again instead of taking it from the cache of letters
	                      already read ($XDG_CACHE_HOME/answer-review, else ~/.cache/answer-review;
	                      delete that folder to clear it)
	  --help              Show this help
	  --version           Show the version

	Examples
	  $ answer-review
	  $ answer-review score letters/ --json > scores.json
	  $ answer-review score ah-tk-20242025-573.txt brief.docx aanhangsel.pdf
	  $ answer-review score kamervragen.csv --column text_content --name-column name
	  $ answer-review letters/
	  $ answer-review export brief.txt --format csv --output brief.csv
	  $ answer-review commitments letters/ --csv > toezeggingen.csv
	  $ answer-review search "exitplan" letters/
	  $ answer-review search 'koekoek !cloud "digitale soevereiniteit"' letters/ --json

	Search syntax
	  words      every word must occur (any order); fuzzy, accents and ij ignored
	  "a b"      exact phrase      =word  exact word      !word  leave out matches
`,
	{
		importMeta: import.meta,
		// Unknown flags are refused above; none reaches meow's own two-line report.
		allowUnknownFlags: false,
		flags,
	},
);

// meow shows the help by itself only when --help comes alone; `answer-review score --help` wants it too.
if (cli.flags.help) {
	cli.showHelp(0);
}

// Output piped into `head` and the like: once the reader has gone, stop quietly (no stack trace).
// Any other failure to write (a full disk: ENOSPC) is one line on stderr and exit 1. The reviewer's
// terminal closing (EIO) is the reviewer's to handle: it writes the review first, then ends.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	if (handOutputLost(error)) {
		return;
	}

	process.stderr.write(`answer-review: cannot write the output (${safeText(errorLine(error))})\n`);
	process.exit(1);
});
// Standard error gone too (`2>&1 | head`): nothing is left to tell; keep the exit code of the run.
process.stderr.on('error', () => {
	process.exit(process.exitCode ?? 1);
});

const commands = new Set<string>(commandNames);
const [first, ...rest] = cli.input;
// "score --format json" would print the table as if the flag were not there: a flag another command
// reads is a usage error here, in one line.
const command = first !== undefined && commands.has(first) ? first as CommandName : 'review';
const allowed = new Set<string>(['help', 'version', ...commandFlags[command]]);
const foreign = [...given].find(flag => !allowed.has(flag));
if (foreign !== undefined) {
	const instead = command === 'export' && ['json', 'markdown', 'csv'].includes(foreign) && !negated.has(foreign) ? `; write --format ${foreign}` : ' (see --help)';
	process.stderr.write(`answer-review: ${option(foreign)} is not an option of ${command === 'review' ? 'the reviewer' : command}${instead}\n`);
	process.exit(2);
}

if (first !== undefined && commands.has(first)) {
	process.exitCode = await runCommand(first as CommandName, rest, cli.flags);
} else {
	// The reviewer is the only path that loads ink and react: import it lazily.
	const {startReviewer} = await import('./commands/open.js');
	process.exitCode = await startReviewer(first, cli.flags);
}
