// The first frame of an Ink app on fake terminal streams, timed. Imports nothing of the reviewer, so
// the bench's one-line baseline app loads ink and this file only.
import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {render} from 'ink';
import type {ReactElement} from 'react';

/** A terminal-like output stream that records when frames are written. */
export class BenchStdout extends EventEmitter {
	readonly isTTY = true;
	columns = 100;
	rows = 30;
	/** The last frame written. */
	last = '';
	private waiting: Array<() => void> = [];

	write = (frame: string): boolean => {
		this.last = frame;
		const waiting = this.waiting;
		this.waiting = [];
		for (const resolve of waiting) {
			resolve();
		}

		return true;
	};

	/** Resolves at the next write. */
	async nextFrame(): Promise<void> {
		return new Promise(resolve => {
			this.waiting.push(resolve);
		});
	}
}

/** A terminal-like input stream we can type into. */
export class BenchStdin extends EventEmitter {
	readonly isTTY = true;
	private data: string | null = null;
	write(data: string): void {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	}

	read(): string | null {
		const {data} = this;
		this.data = null;
		return data;
	}

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

/** Renders `tree` on fresh fake streams and returns the time to its first frame, plus the live instance. */
export async function firstFrame(tree: ReactElement) {
	const stdout = new BenchStdout();
	const stdin = new BenchStdin();
	const frame = stdout.nextFrame();
	const start = performance.now();
	const instance = render(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	await frame;
	return {ms: performance.now() - start, instance, stdout, stdin};
}

