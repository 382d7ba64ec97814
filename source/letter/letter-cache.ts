// Letters already read, kept on disk so that a folder is read once: a Word letter takes mammoth
// 50–100 ms, a cached one a fraction of a millisecond. An entry is keyed by the file's bytes and by
// the build of the tool that read it, so a changed letter or a changed reader is read again.
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {homedir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type {Letter} from './model.js';

/** The shape of an entry on disk; bump when it changes (the tool's hash changes with it anyway). */
const entryVersion = 1;

/** Where the cache lives and which build of the tool it belongs to; plain data, so a worker thread can be handed it. */
export type LetterCacheLocation = {
	/** The cache folder (`$XDG_CACHE_HOME/answer-review` or `~/.cache/answer-review`). */
	readonly root: string;
	/** Hash of the built tool: entries of another build are never read. */
	readonly tool: string;
};

/** A letter as kept on disk: everything but its path, which is the caller's. */
type Entry = {
	readonly version: number;
	readonly bytes: string;
	readonly letter: Omit<Letter, 'source'>;
};

// Folders of other builds not written to for this long are removed when a new build first writes.
const staleBuildMs = 7 * 24 * 60 * 60 * 1000;

/** The cache folder: `$XDG_CACHE_HOME/answer-review`, else `~/.cache/answer-review` (a relative XDG_CACHE_HOME is ignored, as the XDG spec says). */
export function letterCacheRoot(env: Readonly<Record<string, string | undefined>>): string {
	const xdg = env['XDG_CACHE_HOME'];
	return xdg !== undefined && path.isAbsolute(xdg) ? path.join(xdg, 'answer-review') : path.join(homedir(), '.cache', 'answer-review');
}

let builtToolHash: string | undefined;

/**
 * A hash of the built tool, not of its version number (which stays put while the reading code
 * changes): the `build-id` that `npm run build` writes beside the bundle, or, run from the compiled
 * or source tree, a hash of the reading code (this folder and source/text) itself.
 */
export function toolHash(): string {
	if (builtToolHash !== undefined) {
		return builtToolHash;
	}

	const here = path.dirname(fileURLToPath(import.meta.url));
	try {
		builtToolHash = readFileSync(path.join(here, 'build-id'), 'utf8').trim();
	} catch {
		const hash = createHash('sha256');
		for (const folder of [here, path.join(here, '..', 'text')]) {
			let names: string[] = [];
			try {
				names = readdirSync(folder).filter(name => /\.(?:js|ts)$/u.test(name)).sort();
			} catch {
				// A folder that is not there holds no reading code.
			}

			for (const name of names) {
				hash.update(name).update('\0').update(readFileSync(path.join(folder, name))).update('\0');
			}
		}

		builtToolHash = hash.digest('hex');
	}

	return builtToolHash;
}

/** The cache for a command's flags (`--no-cache` gives none) and environment. */
export function letterCacheFor(flags: {readonly cache?: boolean | undefined}, env: Readonly<Record<string, string | undefined>>): LetterCache | undefined {
	return flags.cache === false ? undefined : new LetterCache({root: letterCacheRoot(env), tool: toolHash()});
}

/** The key of a file's bytes (SHA-256: faster here than MD5 or SHA-1, with the CPU's SHA instructions). */
export function bytesKey(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Read letters on disk. Never fails: an entry that cannot be read or does not hold a letter is a
 * miss (and is written again), a write that fails is skipped. Writes are atomic (a temporary file
 * renamed into place), so processes reading and writing the same folder at once see whole entries.
 */
export class LetterCache {
	/** Where it is; hand this to a worker thread to open the same cache there. */
	readonly location: LetterCacheLocation;
	private readonly folder: string;
	private writable = true;
	private prepared = false;

	constructor(location: LetterCacheLocation) {
		this.location = location;
		this.folder = path.join(location.root, 'letters', location.tool.slice(0, 32));
	}

	/** The letter read earlier from these bytes, with `source` as its path; undefined when there is none. */
	get(key: string, source: string): Letter | undefined {
		let text: string;
		try {
			text = readFileSync(this.file(key), 'utf8');
		} catch {
			return undefined;
		}

		try {
			const entry = JSON.parse(text) as unknown;
			return isEntry(entry, key) ? {source, ...entry.letter} : undefined;
		} catch {
			return undefined;
		}
	}

	/** Keeps a letter read from the bytes with this key. */
	set(key: string, letter: Letter): void {
		if (!this.writable) {
			return;
		}

		const {source: _source, ...rest} = letter;
		const entry: Entry = {version: entryVersion, bytes: key, letter: rest};
		try {
			this.prepare();
			// No fsync: a cache entry lost in a power cut is read again, and fsync costs milliseconds a letter.
			writeFileAtomic.sync(this.file(key), JSON.stringify(entry), {fsync: false});
		} catch {
			// A read-only or full disk: read without the cache for the rest of this run.
			this.writable = false;
		}
	}

	private file(key: string): string {
		return path.join(this.folder, `${key}.json`);
	}

	/** Makes the folder, the first time; a new build clears the folders of builds unused for a week. */
	private prepare(): void {
		if (this.prepared) {
			return;
		}

		this.prepared = true;
		let exists = true;
		try {
			statSync(this.folder);
		} catch {
			exists = false;
		}

		if (exists) {
			return;
		}

		mkdirSync(this.folder, {recursive: true});
		const builds = path.dirname(this.folder);
		for (const name of readdirSync(builds)) {
			const other = path.join(builds, name);
			try {
				if (other !== this.folder && Date.now() - statSync(other).mtimeMs > staleBuildMs) {
					rmSync(other, {recursive: true, force: true});
				}
			} catch {
				// Another process cleared it first, or it is not ours to remove.
			}
		}
	}
}

/** Whether a parsed entry is one this build wrote for these bytes, with a letter's shape. */
function isEntry(value: unknown, key: string): value is Entry {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {version, bytes, letter} = value as Partial<Record<keyof Entry, unknown>>;
	if (version !== entryVersion || bytes !== key || typeof letter !== 'object' || letter === null) {
		return false;
	}

	const {layout, kind, meta, questions, footnotes, notices, fingerprint} = letter as Partial<Record<keyof Letter, unknown>>;
	return typeof layout === 'string' && typeof kind === 'string' && typeof fingerprint === 'string'
		&& typeof meta === 'object' && meta !== null
		&& Array.isArray(footnotes) && footnotes.every(note => typeof note?.id === 'string' && typeof note.text === 'string')
		&& Array.isArray(notices) && notices.every(notice => typeof notice === 'string')
		&& Array.isArray(questions) && questions.every(question => isQuestion(question));
}

function isQuestion(value: unknown): boolean {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const {number, text, answer, answeredWith, footnoteIds} = value as Record<string, unknown>;
	return typeof number === 'number' && typeof text === 'string' && (answer === null || typeof answer === 'string')
		&& Array.isArray(answeredWith) && Array.isArray(footnoteIds);
}
