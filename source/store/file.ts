// The store's file adapter: the only code in the store that touches the disk.
import {readFile, readdir, realpath, rm, stat, writeFile} from 'node:fs/promises';
import {hostname, userInfo} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import lockfile from 'proper-lockfile';
import type {Letter} from '../letter/model.js';
import type {AnnotationFile} from './model.js';
import {createAnnotationFile} from './apply.js';
import {answerPrints, attachAnnotations} from './attach.js';
import type {SidecarProblem} from './schema.js';
import {serializeAnnotationFile} from './serialize.js';

/** A lock older than this (ms) belongs to a crashed process and may be taken over. */
const staleLockMs = 10_000;

/** A sidecar that cannot be used, or cannot be locked; the message is one line naming the file. */
export class SidecarError extends Error {
	/** What is wrong; 'locked' when another reviewer has the file open. */
	readonly problem: SidecarProblem | 'unreadable' | 'locked' | 'bad-reviewer';
	/** The sidecar's path. */
	readonly path: string;

	constructor(file: string, problem: SidecarError['problem'], message: string) {
		super(message);
		this.name = 'SidecarError';
		this.problem = problem;
		this.path = file;
	}
}

/** Where the sidecar goes, from the flags the user gave. */
export type SidecarFlags = {
	/** `--annotations FILE`: used as given. */
	readonly annotations?: string;
	/** `--reviewer NAME` as given explicitly on the command line. */
	readonly reviewer?: string;
};

/**
 * The sidecar's path. Rule: `--annotations FILE` wins; otherwise `<letter>.review.<name>.json` when a
 * reviewer name is given explicitly (lower-cased, anything but letters, digits, `_` and `-` becomes `-`),
 * and `<letter>.review.json` for the default reviewer.
 */
export function sidecarPath(letterPath: string, flags: SidecarFlags = {}): string {
	if (flags.annotations !== undefined && flags.annotations !== '') {
		return flags.annotations;
	}

	if (flags.reviewer !== undefined) {
		return `${letterPath}.review.${reviewerSlug(flags.reviewer)}.json`;
	}

	return `${letterPath}.review.json`;
}

/** The reviewer's name as used in a file name; throws SidecarError when nothing usable is left. */
export function reviewerSlug(name: string): string {
	const slug = name.trim().toLowerCase().replaceAll(/[^\p{L}\p{N}_-]+/gu, '-').replaceAll(/^-+|-+$/gu, '');
	if (slug === '') {
		throw new SidecarError(name, 'bad-reviewer', `--reviewer "${name}": give a name with at least one letter or digit`);
	}

	return slug;
}

/** The reviewer's name: `--reviewer` when given, else the login name. */
export function reviewerName(explicit: string | undefined): string {
	if (explicit !== undefined && explicit.trim() !== '') {
		return explicit.trim();
	}

	try {
		return userInfo().username;
	} catch {
		// No passwd entry (some containers): fall back to the environment.
		return process.env['USER'] ?? process.env['USERNAME'] ?? 'reviewer';
	}
}

const refuseAdvice = 'it was left untouched; move it away to start afresh, or pass --annotations FILE';

/**
 * Reads and validates a sidecar for `letter`. Returns undefined when the file does not exist; throws
 * SidecarError (one-line message, file left untouched) when it is not a review file, from a newer
 * format, or — when `reviewer` is given — from another reviewer. A review of an earlier text of the
 * letter is not refused: given the letter's questions, its annotations are attached to them as they are
 * now (see attach.ts), those on a changed answer marked `answerChanged`.
 */
export async function loadAnnotations(file: string, letter: Pick<Letter, 'fingerprint'> & Partial<Pick<Letter, 'questions'>>, reviewer?: string): Promise<AnnotationFile | undefined> {
	let text: string;
	try {
		// A pipe or device in the review file's place could block the read for ever.
		if (!(await stat(file)).isFile()) {
			throw new SidecarError(file, 'unreadable', `${file}: is not a regular file; ${refuseAdvice}`);
		}

		text = await readFile(file, 'utf8');
	} catch (error) {
		if (error instanceof SidecarError) {
			throw error;
		}

		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return undefined;
		}

		throw new SidecarError(file, 'unreadable', `${file}: cannot read the review file (${(error as Error).message.split('\n')[0]})`);
	}

	// zod is loaded only when there is a review file to check.
	const {checkAnnotationFile, parseAnnotationFile} = await import('./schema.js');
	const parsed = parseAnnotationFile(text);
	const checked = parsed.ok
		? checkAnnotationFile(parsed.file, {reviewer: reviewer ?? parsed.file.reviewer})
		: parsed;
	if (!checked.ok) {
		const advice = checked.problem === 'other-reviewer'
			// --reviewer alone names another file (<letter>.review.<name>.json): keep this one with --annotations.
			? `pass --reviewer "${parsed.ok ? parsed.file.reviewer : ''}" --annotations "${file}" to continue that review, or --reviewer YOURNAME for a file of your own`
			: refuseAdvice;
		throw new SidecarError(file, checked.problem, `${file}: ${checked.reason}; ${advice}`);
	}

	if (letter.questions === undefined) {
		return checked.file;
	}

	return {...checked.file, annotations: attachAnnotations(checked.file, letter.fingerprint, answerPrints(letter.questions))};
}

/** The reviewer's sidecar for a letter: the saved one, or a new empty one (not yet written). */
export async function openAnnotations(file: string, letter: Pick<Letter, 'fingerprint' | 'source'> & Partial<Pick<Letter, 'questions'>>, reviewer: string, now = new Date().toISOString()): Promise<AnnotationFile> {
	return (await loadAnnotations(file, letter, reviewer))
		?? createAnnotationFile({reviewer, fingerprint: letter.fingerprint, letter: letter.source, now});
}

/** Writes a sidecar atomically (temp file, fsync, rename): a crash leaves the old or the new file. */
export async function writeAnnotations(file: string, annotations: AnnotationFile): Promise<void> {
	// Loaded on the first save, not before the reviewer's first screen.
	const {default: writeFileAtomic} = await import('write-file-atomic');
	await writeFileAtomic(file, serializeAnnotationFile(annotations), {fsync: true});
}

/** Serialises saves of one sidecar; a burst of changes is written as its latest state. */
export type Saver = {
	/** Saves this state (or a later one); resolves once it is on disk. */
	readonly save: (file: AnnotationFile) => Promise<void>;
	/** Resolves once everything handed to `save` is on disk. */
	readonly flush: () => Promise<void>;
};

/** A saver for one path; `write` is injectable for tests. */
export function createSaver(file: string, write: (file: string, annotations: AnnotationFile) => Promise<void> = writeAnnotations): Saver {
	let pending: AnnotationFile | undefined;
	let running: Promise<void> | undefined;

	const drain = async () => {
		try {
			while (pending !== undefined) {
				const next = pending;
				pending = undefined;
				try {
					await write(file, next);
				} catch (error) {
					// Keep the unsaved state so the next save (or flush) tries again.
					pending ??= next;
					throw error;
				}
			}
		} finally {
			running = undefined;
		}
	};

	const save = async (annotations: AnnotationFile) => {
		pending = annotations;
		running ??= drain();
		return running;
	};

	const flush = async () => {
		while (running !== undefined || pending !== undefined) {
			running ??= drain();
			// eslint-disable-next-line no-await-in-loop
			await running;
		}
	};

	return {save, flush};
}

/** A held lock on a sidecar. */
export type SidecarLock = {
	/** Releases the lock; safe to call twice. */
	readonly release: () => Promise<void>;
	/** Set when the lock was lost (e.g. its directory was removed); saving is no longer safe. */
	readonly compromised: () => Error | undefined;
};

/**
 * Locks a sidecar (proper-lockfile, `<file>.lock`) so a second reviewer on the same file is refused
 * instead of overwriting the first one's work. The lock is taken on the file's real path, so another
 * name for it (a symbolic link) is refused too. The file itself need not exist yet. Beside the lock,
 * `<file>.lock.owner` names the process holding it: a lock left by a process of this host that no
 * longer exists (a crash, a kill) is taken over at once rather than after `staleLockMs`. Once locked,
 * temporary files a killed write left (`<file>.<digits>`) are removed.
 */
export async function lockSidecar(file: string): Promise<SidecarLock> {
	const target = await canonicalPath(file);
	let lost: Error | undefined;
	const owner = `${target}.lock.owner`;
	const take = async () => lockfile.lock(target, {
		realpath: false,
		stale: staleLockMs,
		retries: 0,
		onCompromised(error) {
			lost = error;
		},
	});
	try {
		let release: () => Promise<void>;
		try {
			release = await take();
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || !(await ownerIsGone(owner))) {
				throw error;
			}

			// The process that held it is gone: its lock is no one's.
			await rm(`${target}.lock`, {recursive: true, force: true});
			release = await take();
		}

		await writeFile(owner, `${JSON.stringify({pid: process.pid, host: hostname()})}\n`).catch(() => undefined);
		await removeLeftovers(target);
		let released = false;
		return {
			async release() {
				if (!released) {
					released = true;
					await rm(owner, {force: true}).catch(() => undefined);
					await release().catch(() => undefined);
				}
			},
			compromised: () => lost,
		};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOCKED') {
			throw new SidecarError(file, 'locked', `${file}: already open in another answer-review (lock ${target}.lock); close that one first, or use --reviewer NAME for your own file`);
		}

		throw new SidecarError(file, 'unreadable', `${file}: cannot lock the review file (${(error as Error).message.split('\n')[0]})`);
	}
}

/** True when the lock's owner file names a process of this host that no longer runs. */
async function ownerIsGone(owner: string): Promise<boolean> {
	let recorded: {pid?: unknown; host?: unknown};
	try {
		recorded = JSON.parse(await readFile(owner, 'utf8')) as {pid?: unknown; host?: unknown};
	} catch {
		return false; // Unknown owner: wait for the lock to go stale.
	}

	if (recorded.host !== hostname() || typeof recorded.pid !== 'number' || recorded.pid === process.pid) {
		return false;
	}

	try {
		process.kill(recorded.pid, 0);
		return false;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ESRCH';
	}
}

/** Removes the temporary files (`<file>.<digits>`) an atomic write leaves when the process is killed mid-write. */
async function removeLeftovers(target: string): Promise<void> {
	const folder = path.dirname(target);
	const prefix = `${path.basename(target)}.`;
	const names = await readdir(folder).catch(() => [] as string[]);
	await Promise.all(names
		.filter(name => name.startsWith(prefix) && /^\d+$/u.test(name.slice(prefix.length)))
		.map(async name => rm(path.join(folder, name), {force: true}).catch(() => undefined)));
}

/** The file's real path (through symbolic links), or for a file not there yet its folder's; undefined when its folder is not there either. */
export async function realPathOf(file: string): Promise<string | undefined> {
	const absolute = path.resolve(file);
	try {
		return await realpath(absolute);
	} catch {
		try {
			return path.join(await realpath(path.dirname(absolute)), path.basename(absolute));
		} catch {
			return undefined;
		}
	}
}

/** The file's real path, so every name of one file shares one lock (see realPathOf); the absolute path when it cannot be resolved. */
async function canonicalPath(file: string): Promise<string> {
	return await realPathOf(file) ?? path.resolve(file);
}
