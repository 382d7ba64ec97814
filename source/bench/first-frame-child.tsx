// Child process for the cold-start bench: prints the milliseconds from process start to the first
// frame, either of a one-line Ink app or of the reviewer on the seed letter (read and scored); or,
// for `picker <folder>`, to the first frame of the letter picker that lists letters (as
// commands/browse.ts wires it: the picker shows the letters read so far while it reads on).
import process from 'node:process';
import {performance} from 'node:perf_hooks';

process.env.NODE_ENV ??= 'production';
const mode = process.argv[2];
const letterPath = process.argv[3];
const {Text} = await import('ink');
const {firstFrame} = await import('../ui/first-frame.js');
if (mode === 'picker' && letterPath) {
	const {loadLetters, letterCacheFor} = await import('../letter/index.js');
	const {scoreLetter} = await import('../scoring/index.js');
	const {PickerApp, initialPickerState, pickerEntry, startPickerFeed} = await import('../ui/picker/run-picker.js');
	const {createTheme} = await import('../ui/theme.js');
	const cache = letterCacheFor({}, process.env);
	const feed = startPickerFeed(async ({onLetter, onProgress, signal}) => {
		const result = await loadLetters([letterPath], {cache, signal, onProgress, onLetter});
		return {problems: result.failures};
	}, letter => pickerEntry(letter, scoreLetter(letter)));
	const {instance, stdout} = await firstFrame(<PickerApp load={feed.load} initial={initialPickerState} theme={createTheme({noColor: true})} onOpen={() => {}} onQuit={() => {}}/>);
	// The first frame is the progress bar; wait for the one that lists letters.
	while (!/^\d+ letters?\b/mu.test(stdout.last)) {
		// eslint-disable-next-line no-await-in-loop
		await stdout.nextFrame();
	}

	feed.stop();
	instance.unmount();
} else if (mode === 'reviewer' && letterPath) {
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
