// `answer-review reconcile <a.review.json> <b.review.json>`: step through where two readings differ and
// write the reconciled reading as a third review file, `<letter>.review.reconciled.json`.
import process from 'node:process';
import {scoreLetter} from '../scoring/index.js';
import {agreedReading, findDisagreements} from '../reconcile/reconcile.js';
import {withAnnotations} from '../store/apply.js';
import {createSaver, lockSidecar, openAnnotations, sidecarPath, writeAnnotations} from '../store/file.js';
import type {Annotations} from '../store/model.js';
import {errorLine} from '../text/error-line.js';
import {safeText} from '../text/safe-text.js';
import {createTheme, wantsNoColor} from '../ui/theme.js';
import {AgreeError, disagreementLines, readReviewPair} from './agree.js';
import {describeFailure} from './output.js';
import {processIo, type ReviewIo} from './review.js';

/** Flags the reconcile command reads. */
export type ReconcileFlags = {
	/** `--letter FILE`: the letter both review files belong to; default: the one the first records. */
	readonly letter?: string;
	/** `--no-cache`: read the letter afresh, not from the letter cache. */
	readonly cache?: boolean;
};

/** The reviewer who writes a reconciled reading; also names its file (`<letter>.review.reconciled.json`). */
export const reconciledReviewer = 'reconciled';

/** Exit 0 (disagreements are a result), 1 for files that cannot be read, 2 for misuse. */
export async function runReconcile(paths: readonly string[], flags: ReconcileFlags, io: ReviewIo = processIo()): Promise<number> {
	if (paths.length !== 2) {
		io.err('answer-review reconcile: name exactly two review files, e.g. brief.txt.review.anna.json brief.txt.review.bram.json (see --help)\n');
		return 2;
	}

	const sidecars = [paths[0]!, paths[1]!] as const;
	let pair;
	try {
		pair = await readReviewPair(sidecars, flags.letter, flags);
	} catch (error) {
		const message = error instanceof AgreeError ? error.message : describeFailure(sidecars[0], error);
		io.err(`answer-review reconcile: ${safeText(message.split('\n')[0] ?? '')}\n`);
		return 1;
	}

	const {a, b, letter, letterPath} = pair;
	const scorecard = scoreLetter(letter);
	const disagreements = findDisagreements(scorecard, a.annotations, b.annotations);
	const target = sidecarPath(letterPath, {reviewer: reconciledReviewer});
	const names = [a.reviewer, b.reviewer] as const;
	if (!io.stdinIsTty || !io.stdoutIsTty) {
		io.out(`${disagreementLines(disagreements, names).join('\n')}\n`);
		io.err(`answer-review reconcile: not a terminal, so the disagreements were printed; run it in a terminal to decide them into ${safeText(target)}\n`);
		return 0;
	}

	let lock;
	try {
		lock = await lockSidecar(target);
	} catch (error) {
		io.err(`answer-review reconcile: ${safeText(errorLine(error))}\n`);
		return 1;
	}

	try {
		let file = await openAnnotations(target, letter, reconciledReviewer);
		// A new reconciled reading starts from what the two agree on; an earlier one resumes as it was.
		if (Object.keys(file.annotations).length === 0) {
			file = withAnnotations(file, agreedReading(scorecard, a.annotations, b.annotations), new Date().toISOString());
			await writeAnnotations(target, file);
		}

		if (disagreements.length === 0) {
			io.out(`No disagreements: the reconciled reading is the agreed one, in ${safeText(target)}\n`);
			return 0;
		}

		const saver = createSaver(target);
		const save = async (annotations: Annotations) => {
			file = withAnnotations(file, annotations, new Date().toISOString());
			await saver.save(file);
		};

		process.env['NODE_ENV'] ??= 'production';
		const {runReconcile: show} = await import('../ui/reconcile/run-reconcile.js');
		await show({scorecard, names, a: a.annotations, b: b.annotations, disagreements, reconciled: file.annotations, target, save, theme: createTheme({noColor: wantsNoColor(io.env)})});
		await saver.flush();
		io.err(`answer-review reconcile: the reconciled reading is in ${safeText(target)}\n`);
		return 0;
	} catch (error) {
		io.err(`answer-review reconcile: ${safeText(errorLine(error))}; every decision before that is saved in ${safeText(target)}\n`);
		return 1;
	} finally {
		await lock.release();
	}
}
