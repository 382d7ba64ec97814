// One of the threads of `scoreFiles`: reads and scores the letters it is sent, one at a time.
import {parentPort} from 'node:worker_threads';
import {scoreOne} from './score-files.js';

parentPort?.on('message', async ({index, file}: {index: number; file: string}) => {
	parentPort?.postMessage({index, ...await scoreOne(file)});
});
