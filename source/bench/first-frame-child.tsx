// Child process for the cold-start bench: prints the milliseconds from process start to the first
// frame, either of a one-line Ink app or of the reviewer on the seed letter (read and scored).
import process from 'node:process';
import {performance} from 'node:perf_hooks';

process.env.NODE_ENV ??= 'production';
const mode = process.argv[2];
const letterPath = process.argv[3];
const {Text} = await import('ink');
const {firstFrame} = await import('../ui/first-frame.js');
if (mode === 'reviewer' && letterPath) {
	// Only the reviewer loads the reviewer's modules: the baseline is a one-line Ink app and nothing more.
	const {reviewer} = await import('../ui/bench.js');
	const {readLetterFile} = await import('../letter/index.js');
	// The review store loads before the first frame too, as in commands/review.ts.
	await import('../store/file.js');
	const {instance} = await firstFrame(reviewer(await readLetterFile(letterPath)));
	instance.unmount();
} else {
	const {instance} = await firstFrame(<Text>answer-review</Text>);
	instance.unmount();
}

// performance.now() counts from the start of this process.
process.stdout.write(`${performance.now().toFixed(1)}\n`);
