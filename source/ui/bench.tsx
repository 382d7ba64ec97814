// Speed of the reviewer, for `npm run bench`: time to first frame against a one-line Ink app, and the
// median time per navigation step. No side effects on import; the caller passes the letters in.
import {performance} from 'node:perf_hooks';
import {Text} from 'ink';
import type {Letter} from '../letter/model.js';
import {scoreLetterLazily, scoreRemaining} from '../scoring/index.js';
import {ReviewerApp} from './components/app.js';
import {createTheme} from './theme.js';
import {firstFrame} from './first-frame.js';

export {BenchStdin, BenchStdout, firstFrame} from './first-frame.js';

/** What the bench reports; times in milliseconds. */
export type ReviewerBenchResult = {
	/** Median time from render() to the reviewer's first frame on the seed letter (scorecard ready). */
	readonly firstFrameMs: number;
	/** Median time from render() to the first frame of an Ink app rendering one line. */
	readonly minimalFirstFrameMs: number;
	/** firstFrameMs / minimalFirstFrameMs. */
	readonly firstFrameRatio: number;
	/** Median time from a `j`/`k` key to the next frame on the longest letter. */
	readonly navigationMedianMs: number;
	readonly navigationSteps: number;
	/** Questions in the longest letter. */
	readonly longestAnswers: number;
};

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The reviewer as the CLI renders it: answers scored as the first screen reads them (see commands/review.ts). */
export const reviewer = (letter: Letter) => (
	<ReviewerApp
		letter={letter}
		scorecard={scoreLetterLazily(letter)}
		annotations={{}}
		sidecar="bench.review.json"
		save={async () => undefined}
		theme={createTheme({noColor: false})}
	/>
);

/** Measures the reviewer: `runs` first frames of each app, and `steps` navigation steps on `longest`. */
export async function benchReviewer(options: {readonly seed: Letter; readonly longest: Letter; readonly runs?: number; readonly steps?: number}): Promise<ReviewerBenchResult> {
	const runs = options.runs ?? 7;
	const steps = options.steps ?? 50;
	const minimal: number[] = [];
	const full: number[] = [];
	// One warm-up of each, so module loading and JIT do not count.
	for (let run = -1; run < runs; run++) {
		// eslint-disable-next-line no-await-in-loop
		const small = await firstFrame(<Text>answer-review</Text>);
		small.instance.unmount();
		// eslint-disable-next-line no-await-in-loop
		const big = await firstFrame(reviewer(options.seed));
		big.instance.unmount();
		if (run >= 0) {
			minimal.push(small.ms);
			full.push(big.ms);
		}
	}

	const longest = reviewer(options.longest);
	const {instance, stdout, stdin} = await firstFrame(longest);
	// As the CLI does once the first screen is up (commands/review.ts): score the rest, so steps
	// measure the screen, not the scoring of answers a reader has not reached yet.
	await scoreRemaining(longest.props.scorecard);
	const times: number[] = [];
	const answers = options.longest.questions.length;
	// With fewer than two answers a step changes nothing and draws no frame.
	for (let step = 0; answers > 1 && step < steps; step++) {
		// Walk down the letter and back up, so every step really changes the selection.
		const key = Math.floor(step / Math.max(1, answers - 1)) % 2 === 0 ? 'j' : 'k';
		const frame = stdout.nextFrame();
		const start = performance.now();
		stdin.write(key);
		// eslint-disable-next-line no-await-in-loop
		await frame;
		times.push(performance.now() - start);
	}

	instance.unmount();
	const firstFrameMs = median(full);
	const minimalFirstFrameMs = median(minimal);
	return {
		firstFrameMs,
		minimalFirstFrameMs,
		firstFrameRatio: minimalFirstFrameMs > 0 ? firstFrameMs / minimalFirstFrameMs : Number.POSITIVE_INFINITY,
		navigationMedianMs: median(times),
		navigationSteps: times.length,
		longestAnswers: answers,
	};
}
