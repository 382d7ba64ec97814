// A small driver for the real CLI in tmux: start, send one key, poll the screen.
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';

/** True when tmux can be run here. */
export function hasTmux(): boolean {
	return spawnSync('tmux', ['-V'], {stdio: 'ignore'}).status === 0;
}

const quote = (word: string) => `'${word.replaceAll("'", String.raw`'\''`)}'`;

/**
 * One tmux session running a command; it stays open after the command ends and prints EXITED=<code>.
 * Each session has its own server (socket `-L name`): with one shared server, a session started just
 * as the previous test killed the last one raced the server's shutdown ("server exited unexpectedly").
 */
export class TmuxSession {
	/** The server's socket file, known from the start: once the terminal is closed, the server cannot be asked. */
	private socket = '';

	constructor(readonly name: string) {}

	private tmux(args: readonly string[]): string {
		return execFileSync('tmux', ['-L', this.name, ...args], {encoding: 'utf8'});
	}

	/** Starts `argv` in a fresh session of `columns`×`rows`, with CI unset so Ink draws frames. */
	start(argv: readonly string[], columns: number, rows: number, env: Readonly<Record<string, string>> = {}): void {
		// The tests' own cache of read letters (test/setup-cache.ts), never the user's.
		const cacheHome = process.env['XDG_CACHE_HOME'];
		const settings = Object.entries({...(cacheHome === undefined ? {} : {XDG_CACHE_HOME: cacheHome}), ...env}).map(([key, value]) => `${key}=${quote(value)}`).join(' ');
		const command = `env -u CI -u CONTINUOUS_INTEGRATION ${settings} ${argv.map(word => quote(word)).join(' ')}; echo EXITED=$?; sleep 600`;
		this.tmux(['new-session', '-d', '-s', this.name, '-x', String(columns), '-y', String(rows), command]);
		this.socket = this.tmux(['display-message', '-p', '#{socket_path}']).trim();
	}

	/** Sends one key (tmux key name, e.g. "j", "Enter", "Escape", "Space"). */
	send(key: string): void {
		this.tmux(['send-keys', '-t', this.name, key]);
	}

	/** Sends literal text in one write (several characters arrive as a paste). */
	sendLiteral(text: string): void {
		this.tmux(['send-keys', '-t', this.name, '-l', text]);
	}

	/** The process id of the command the session runs (the child of the pane's shell), while it runs. */
	commandPid(): number {
		const shell = this.tmux(['display-message', '-p', '-t', this.name, '#{pane_pid}']).trim();
		const children = spawnSync('pgrep', ['-P', shell], {encoding: 'utf8'}).stdout.trim().split('\n').filter(line => line !== '');
		if (children.length !== 1) {
			throw new Error(`expected one command under the pane's shell ${shell}, found: ${children.join(', ') || 'none'}`);
		}

		return Number(children[0]);
	}

	/** Sends a signal to the command the session runs. */
	signal(name: NodeJS.Signals): void {
		process.kill(this.commandPid(), name);
	}

	/** Closes the terminal, as closing its window does: the pane's processes get SIGHUP, and writes to it fail. */
	closeTerminal(): void {
		this.tmux(['kill-session', '-t', this.name]);
	}

	/** The screen as text. */
	screen(): string {
		return this.tmux(['capture-pane', '-p', '-t', this.name]);
	}

	/** Polls the screen until `predicate` holds; fails with the screen after `timeout` ms. */
	async waitFor(predicate: (screen: string) => boolean, timeout = 30_000): Promise<string> {
		const deadline = Date.now() + timeout;
		for (;;) {
			const screen = this.screen();
			if (predicate(screen)) {
				return screen;
			}

			if (Date.now() > deadline) {
				throw new Error(`screen never matched in ${this.name}:\n${screen}`);
			}

			// eslint-disable-next-line no-await-in-loop
			await sleep(50);
		}
	}

	/** Sends one key and waits for its effect. */
	async press(key: string, until: (screen: string) => boolean): Promise<string> {
		this.send(key);
		return this.waitFor(until);
	}

	/** Ends the session and its server, and removes the server's socket file, which tmux leaves behind. */
	kill(): void {
		const socket = spawnSync('tmux', ['-L', this.name, 'display-message', '-p', '#{socket_path}'], {encoding: 'utf8'}).stdout.trim() || this.socket;
		spawnSync('tmux', ['-L', this.name, 'kill-server'], {stdio: 'ignore'});
		if (socket !== '') {
			rmSync(socket, {force: true});
		}
	}
}

/**
 * Sessions for one test file, each with a name used once per run (each has its own tmux server named
 * after it), and `killAll` for afterEach.
 */
export function tmuxSessions(prefix: string): {readonly session: () => TmuxSession; readonly killAll: () => void} {
	const sessions: TmuxSession[] = [];
	let started = 0;
	return {
		session() {
			const made = new TmuxSession(`${prefix}-${process.pid}-${started++}`);
			sessions.push(made);
			return made;
		},
		killAll() {
			for (const made of sessions.splice(0)) {
				made.kill();
			}
		},
	};
}

/** True while process `pid` runs (a zombie, ended but not yet reaped, has ended). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}

	try {
		// The state follows the command name in parentheses: "1234 (node) Z …".
		return !/\) Z /u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
	} catch {
		return true;
	}
}

/** Polls until process `pid` has ended; fails after `timeout` ms. */
export async function waitForExit(pid: number, timeout: number): Promise<void> {
	const deadline = Date.now() + timeout;
	while (isRunning(pid)) {
		if (Date.now() > deadline) {
			throw new Error(`process ${pid} still runs`);
		}

		// eslint-disable-next-line no-await-in-loop
		await sleep(50);
	}
}

/** The selected row of the reviewer's list (the one with ▸), or nothing. */
export const selectedRow = (screen: string) => screen.split('\n').find(line => line.startsWith('▸')) ?? '';
