// `answer-review agree <a.review.json> <b.review.json>`: how often two reviewers agree, per flag and for
// clarity (percent and Cohen's kappa), and how often each agrees with the tool. Never loads ink or react.
import {readFile, realpath, stat} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {describeFsError, letterCacheFor, readLetterFile, type Letter} from '../letter/index.js';
import {scoreLetter, type Scorecard} from '../scoring/index.js';
import {answerPrints, parseAnnotationFile, reviewOfLetter, type AnnotationFile} from '../store/index.js';
import {compareRaters, describeAgreement, fieldName, judgedFields, reviewerRating, reviewerVersusTool, type AgreementByField} from '../export/index.js';
import {findDisagreements, type AnswerDisagreement} from '../reconcile/reconcile.js';
import {safeText} from '../text/safe-text.js';
import {safeJson} from '../text/safe-json.js';
import {describeFailure, type Output} from './output.js';

/** Flags the agree command reads. */
export type AgreeFlags = {
	/** `--letter FILE`: the letter both sidecars review; default: the path the first sidecar records. */
	readonly letter?: string;
	readonly json?: boolean;
	/** `--no-cache` (false): read every letter again, not from the cache of read letters. */
	readonly cache?: boolean;
};

/** Version of the `agree --json` format. */
export const agreeJsonVersion = 1;

/** The agreement report of two reviews of one letter. */
export type AgreeReport = {
	readonly letter: string;
	readonly reviewers: readonly [string, string];
	readonly sidecars: readonly [string, string];
	/** Reviewer A against reviewer B. */
	readonly between: AgreementByField;
	/** Each reviewer against the tool, in the order of `reviewers`. */
	readonly versusTool: readonly [AgreementByField, AgreementByField];
	/** Every answer both reviewers judged differently, in letter order: a result, not an error. */
	readonly disagreements: readonly AnswerDisagreement[];
};

const processOutput: Output = {
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
};

/** Agreement of two reviews of one scorecard. Pure. */
export function compareReviews(scorecard: Scorecard, a: AnnotationFile, b: AnnotationFile, sidecars: readonly [string, string]): AgreeReport {
	return {
		letter: scorecard.source,
		reviewers: [a.reviewer, b.reviewer],
		sidecars,
		between: compareRaters([scorecard], (field, answer, key) => [reviewerRating(field, answer, a.annotations[key]), reviewerRating(field, answer, b.annotations[key])]),
		versusTool: [reviewerVersusTool(scorecard, a.annotations), reviewerVersusTool(scorecard, b.annotations)],
		disagreements: findDisagreements(scorecard, a.annotations, b.annotations),
	};
}

/** The disagreements as lines: question, field, A's value, B's value, the tool's value. */
export function disagreementLines(disagreements: readonly AnswerDisagreement[], names: readonly [string, string]): string[] {
	if (disagreements.length === 0) {
		return ['No disagreements: on every answer both judged, they judged alike.'];
	}

	const count = disagreements.reduce((sum, answer) => sum + answer.fields.length, 0);
	const [a, b] = names;
	const width = Math.max(10, ...disagreements.flatMap(answer => answer.fields.map(each => each.a.length + 1)));
	return [
		`Disagreements: ${count} on ${disagreements.length} answer${disagreements.length === 1 ? '' : 's'} (reconcile them with: answer-review reconcile A B)`,
		`  ${'question'.padEnd(9)} ${'field'.padEnd(13)} ${a.slice(0, width).padEnd(width)} ${b.slice(0, width).padEnd(width)} tool`,
		...disagreements.flatMap(answer => answer.fields.map(each => `  ${`q${answer.key}`.padEnd(9)} ${fieldName(each.field).padEnd(13)} ${each.a.padEnd(width)} ${each.b.padEnd(width)} ${each.tool}`)),
	];
}

/** The report as a small text table per comparison. */
export function formatAgreeReport(report: AgreeReport): string {
	const [a, b] = report.reviewers.map(name => safeText(name));
	const table = (title: string, agreement: AgreementByField) => [
		title,
		...judgedFields.map(field => `  ${fieldName(field).padEnd(13)} ${describeAgreement(agreement[field])}`),
	];
	const sameName = a === b;
	const label = (index: 0 | 1) => (sameName ? `${[a, b][index]} (${safeText(report.sidecars[index])})` : [a, b][index]!);
	return [
		safeText(`Letter: ${report.letter}`),
		'An answer counts as judged once the reviewer gave a verdict; a flag left standing counts as the tool\'s value.',
		'',
		...table(`${label(0)} vs ${label(1)}`, report.between),
		'',
		...table(`${label(0)} vs the tool`, report.versusTool[0]),
		'',
		...table(`${label(1)} vs the tool`, report.versusTool[1]),
		'',
		...disagreementLines(report.disagreements, [label(0), label(1)]),
		'',
	].join('\n');
}

/** A problem with the files given, in one line naming the file. */
export class AgreeError extends Error {}

/** Two review files of one letter, read and checked against that letter (named by `--letter` or recorded in the first file). */
export type ReviewPair = {readonly a: AnnotationFile; readonly b: AnnotationFile; readonly letter: Letter; readonly letterPath: string};

/** Reads two review files and their letter; throws AgreeError naming the file at fault. */
export async function readReviewPair(sidecars: readonly [string, string], letterFlag: string | undefined, flags: {readonly cache?: boolean} = {}): Promise<ReviewPair> {
	const a = await readSidecar(sidecars[0]);
	const b = await readSidecar(sidecars[1]);
	const letterPath = letterFlag ?? await recordedLetter(sidecars[0], a.letter);
	let letter: Letter;
	try {
		letter = await readLetterFile(letterPath, {cache: letterCacheFor(flags, process.env)});
	} catch (error) {
		throw new AgreeError(`${describeFailure(letterPath, error)}${letterFlag === undefined ? ` (recorded in ${sidecars[0]}; pass --letter FILE)` : ''}`);
	}

	// A review made on an earlier text of the letter still counts; one of another letter does not.
	const prints = answerPrints(letter.questions);
	for (const [file, review] of [[sidecars[0], a], [sidecars[1], b]] as const) {
		if (!reviewOfLetter(review, letter.fingerprint, prints)) {
			throw new AgreeError(`${file}: does not match the letter ${letterPath}: belongs to a different letter (no answer it judged is in it)`);
		}
	}

	return {a, b, letter, letterPath};
}

async function readSidecar(file: string): Promise<AnnotationFile> {
	let text: string;
	try {
		const info = await stat(file);
		if (!info.isFile()) {
			// A pipe or device could block the read for ever.
			throw new AgreeError(`${file}: ${info.isDirectory() ? 'is a folder, not a review file' : 'is not a regular file'}`);
		}

		text = await readFile(file, 'utf8');
	} catch (error) {
		throw error instanceof AgreeError ? error : new AgreeError(`${file}: ${describeFsError(error)}`);
	}

	const parsed = parseAnnotationFile(text);
	if (!parsed.ok) {
		throw new AgreeError(`${file}: ${parsed.reason}`);
	}

	return parsed.file;
}

/** The letter a sidecar records: as written, else relative to the sidecar's folder. */
async function recordedLetter(sidecar: string, recorded: string): Promise<string> {
	if (recorded === '') {
		throw new AgreeError(`${sidecar}: does not record its letter; pass --letter FILE`);
	}

	if (path.isAbsolute(recorded) || await stat(recorded).then(() => true, () => false)) {
		return recorded;
	}

	const beside = path.join(path.dirname(sidecar), recorded);
	return await stat(beside).then(() => beside, () => recorded);
}

/** `answer-review agree <a.review.json> <b.review.json> [--letter FILE] [--json]`: exit 0, 1 on bad input, 2 on misuse. */
export async function runAgree(paths: readonly string[], flags: AgreeFlags, output: Output = processOutput): Promise<number> {
	if (paths.length !== 2) {
		output.err('answer-review agree: name exactly two review files, e.g. brief.txt.review.anna.json brief.txt.review.bram.json (see --help)\n');
		return 2;
	}

	const sidecars = [paths[0]!, paths[1]!] as const;
	const [first, second] = await Promise.all(sidecars.map(async file => realpath(file).catch(() => path.resolve(file))));
	if (first === second) {
		output.err(`answer-review agree: ${safeText(sidecars[0])} and ${safeText(sidecars[1])} are the same file; name the review files of two reviewers\n`);
		return 2;
	}

	try {
		const {a, b, letter} = await readReviewPair(sidecars, flags.letter, flags);
		const report = compareReviews(scoreLetter(letter), a, b, sidecars);
		output.out(flags.json ? `${safeJson({version: agreeJsonVersion, ...report})}\n` : formatAgreeReport(report));
		return 0;
	} catch (error) {
		const message = error instanceof AgreeError ? error.message : describeFailure(sidecars[0], error);
		output.err(`answer-review agree: ${safeText(message.split('\n')[0] ?? '')}\n`);
		return 1;
	}
}
