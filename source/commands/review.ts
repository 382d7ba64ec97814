// The reviewer on one letter already read. Ink and react are imported only after the TTY check.
import process from 'node:process';
import {stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {scoreLetter, scoreLetterLazily, scoreRemaining} from '../scoring/index.js';
import {noteDraftTexts, withAnnotations, withNoteDrafts} from '../store/apply.js';
import {answerPrints, noteDraftOffers, stampAnnotations} from '../store/attach.js';
import {createSaver, lockSidecar, openAnnotations, reviewerName, sidecarPath, writeAnnotations} from '../store/file.js';
import type {AnnotationFile, Annotations} from '../store/model.js';
import type {Letter} from '../letter/model.js';
import {safeText} from '../text/safe-text.js';
import {errorLine} from '../text/error-line.js';
import {createTheme, wantsNoColor} from '../ui/theme.js';
import {takeOutputLost} from './output-lost.js';
import {formatScoreTable} from './score-format.js';

/** The flags the reviewer reads. */
export type ReviewFlags = {
	/** `--annotations FILE`: where the review is kept. */
	readonly annotations?: string;
	/** `--reviewer NAME`: who reviews; also names the sidecar (see `sidecarPath`). */
	readonly reviewer?: string;
	/** `--no-cache` (false): read every letter again, not from the cache of read letters. */
	readonly cache?: boolean;
};

/** The process around the reviewer; injectable so the non-terminal path is testable in-process. */
export type ReviewIo = {
	readonly stdinIsTty: boolean;
	readonly stdoutIsTty: boolean;
	readonly env: Readonly<Record<string, string | undefined>>;
	readonly out: (text: string) => void;
	readonly err: (text: string) => void;
};

/** The real process's terminal and streams. */
export const processIo = (): ReviewIo => ({
	stdinIsTty: process.stdin.isTTY === true,
	stdoutIsTty: process.stdout.isTTY === true,
	env: process.env,
	out: text => process.stdout.write(text),
	err: text => process.stderr.write(text),
});

/** The bundled seed letter, found from this file's location so it works from any working directory. */
export const seedLetterPath = fileURLToPath(new URL('../../seeds/kamervragen-digitale-soevereiniteit-digid-2026Z12034.txt', import.meta.url));

/** How the reviewer is opened besides the flags. */
export type ReviewOptions = {
	/** Opened from the folder picker: Esc goes back to it (as q does). */
	readonly fromPicker?: boolean;
};

/** Opens the reviewer on a letter already read (from a file or the folder picker) and returns the exit code. */
export async function reviewLetter(letter: Letter, letterPath: string, flags: ReviewFlags, io: ReviewIo = processIo(), options: ReviewOptions = {}): Promise<number> {
	if (!io.stdinIsTty || !io.stdoutIsTty) {
		io.out(`${formatScoreTable(scoreLetter(letter))}\n`);
		io.err('answer-review: not a terminal, so the scorecard was printed instead; run it in a terminal to review\n');
		return 0;
	}

	let sidecar = '';
	let lock;
	try {
		sidecar = sidecarPath(letterPath, flags);
		lock = await lockSidecar(sidecar);
	} catch (error) {
		io.err(`answer-review: ${oneLine(error)}\n`);
		return 1;
	}

	// Late failures to write the closed terminal are the reviewer's until the lock is released.
	let giveBackOutput: (() => void) | undefined;
	try {
		let file: AnnotationFile;
		try {
			file = await openAnnotations(sidecar, letter, reviewerName(flags.reviewer));
		} catch (error) {
			io.err(`answer-review: ${oneLine(error)}\n`);
			return 1;
		}

		// Scored as the screen needs each answer; the rest once the first screen is drawn (below).
		const scorecard = scoreLetterLazily(letter);
		const saver = createSaver(sidecar);
		const prints = answerPrints(letter.questions);
		const held = lock;
		// Once the lock is lost nothing more is written: leaving then must not be silent.
		let lockLost: Error | undefined;
		const checkLock = () => {
			const lost = held.compromised();
			if (lost !== undefined) {
				lockLost = new Error(`lost the lock on ${sidecar} (${lost.message})`);
				throw lockLost;
			}
		};

		const save = async (annotations: Annotations) => {
			checkLock();
			// Each annotation records the answer it was made on; the file now belongs to the letter as it is.
			file = withAnnotations(file, stampAnnotations(annotations, prints), new Date().toISOString(), letter.fingerprint);
			await saver.save(file);
		};
		// The note being typed, and drafts not yet resumed: through the same saver, so one writer has the file.
		const saveDrafts = async (drafts: Readonly<Record<string, string>>) => {
			checkLock();
			// A draft records the answer it is typed on, so it can say so when offered on an edited letter.
			file = withNoteDrafts(file, drafts, new Date().toISOString(), prints);
			await saver.save(file);
		};
		// `w` after a failed save: the review as on screen, in a new file beside the review file.
		const saveElsewhere = async (annotations: Annotations) => {
			const elsewhere = await freePath(sidecar.replace(/\.json$/u, ''), '.json', 'unsaved');
			await writeAnnotations(elsewhere, withAnnotations(file, stampAnnotations(annotations, prints), new Date().toISOString(), letter.fingerprint));
			return elsewhere;
		};
		// `x`: the Markdown scorecard next to the letter, with the review as it is on screen. The export
		// code loads on the first `x`, so it costs nothing at start.
		const exportScorecard = async (annotations: Annotations) => {
			const {writeScorecardFile} = await import('../export/index.js');
			const written = await writeScorecardFile(letterPath, scorecard, {annotations, reviewer: file.reviewer, updatedAt: file.updatedAt, sidecar});
			return written.kept === undefined ? written.path : `${written.path} (${written.kept} was edited since it was written, and is left as it is)`;
		};

		// React's development build makes every keystroke slower; a CLI user never needs it.
		process.env['NODE_ENV'] ??= 'production';
		const {runReviewer} = await import('../ui/index.js');
		let crashed: unknown;
		let interrupted = false;
		const left = new AbortController();
		// SIGTERM and SIGHUP (the terminal was closed) leave the reviewer; the pending change is then written.
		const signalled = new AbortController();
		let signalName: NodeJS.Signals | undefined;
		const onSignal = (name: NodeJS.Signals) => {
			signalName ??= name;
			signalled.abort();
		};

		process.on('SIGTERM', onSignal);
		process.on('SIGHUP', onSignal);
		// The terminal gone (writing to it fails) is a hang-up, whether or not SIGHUP came first.
		giveBackOutput = takeOutputLost(() => {
			onSignal('SIGHUP');
		});
		try {
			const theme = createTheme({noColor: wantsNoColor(io.env)});
			// runReviewer draws the first screen before it first waits; this runs after that.
			setImmediate(() => {
				// An answer that fails to score fails again, and is reported, when the screen reads it.
				scoreRemaining(scorecard, left.signal).catch(() => undefined);
			});
			// Drafts typed when their answer read differently (the letter edited since) are offered saying so.
			// All drafts are handed over as stored: the reviewer drops one of only whitespace from the file.
			const {changed} = noteDraftOffers(file, letter.fingerprint, prints);
			({interrupted} = await runReviewer({letter, scorecard, annotations: file.annotations, drafts: noteDraftTexts(file), draftChanges: changed, sidecar, save, saveDrafts, exportScorecard, saveElsewhere, theme}, {back: options.fromPicker === true, signal: signalled.signal}));
		} catch (error) {
			crashed = error;
		} finally {
			left.abort();
		}

		try {
			await saver.flush();
		} catch (error) {
			io.err(`answer-review: ${sidecar}: the last change could not be saved (${oneLine(error)})\n`);
			return 1;
		} finally {
			process.removeListener('SIGTERM', onSignal);
			process.removeListener('SIGHUP', onSignal);
		}

		if (lockLost !== undefined) {
			io.err(`answer-review: ${sidecar}: changes made after this were not saved: ${oneLine(lockLost)}\n`);
			return 1;
		}

		if (signalName !== undefined) {
			// The conventional exit code of a process ended by a signal: 128 + its number.
			return 128 + (signalName === 'SIGHUP' ? 1 : 15);
		}

		if (interrupted) {
			return 130;
		}

		if (crashed !== undefined) {
			io.err(`answer-review: the reviewer stopped (${oneLine(crashed)}); every change before that is saved in ${sidecar}\n`);
			return 1;
		}

		return 0;
	} finally {
		await lock.release();
		giveBackOutput?.();
	}
}

/** `<base>.<label>.json`, or with a number (`<base>.<label>-2.json` …) when that exists. */
async function freePath(base: string, extension: string, label: string): Promise<string> {
	for (let copy = 1; ; copy++) {
		const candidate = `${base}.${label}${copy === 1 ? '' : `-${copy}`}${extension}`;
		// eslint-disable-next-line no-await-in-loop
		if (!(await stat(candidate).then(() => true, () => false))) {
			return candidate;
		}
	}
}

function oneLine(error: unknown): string {
	return safeText(errorLine(error));
}
