// Child process for the crash test: reopens the sidecar, then saves a new change in a loop and prints
// "ack N" once change N is on disk. The parent kills it with SIGKILL at a random moment.
import process from 'node:process';
import {applyChange, createAnnotationFile, withAnnotations} from '../../source/store/apply.js';
import {createSaver, loadAnnotations} from '../../source/store/file.js';

const [file = '', fingerprint = ''] = process.argv.slice(2);
const now = () => new Date().toISOString();
let current = (await loadAnnotations(file, {fingerprint}, 'crash-test')) ?? createAnnotationFile({reviewer: 'crash-test', fingerprint, letter: 'crash.txt', now: now()});
const saver = createSaver(file);
let next = Object.keys(current.annotations).length + 1;
process.stdout.write('ready\n');
for (;;) {
	const number = next++;
	current = withAnnotations(current, applyChange(current.annotations, String(number), {type: 'set-note', note: `change ${number}`}, now()), now());
	// eslint-disable-next-line no-await-in-loop
	await saver.save(current);
	process.stdout.write(`ack ${number}\n`);
}
