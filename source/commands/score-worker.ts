// One of the threads of `scoreFiles`: reads and scores the letters it is sent, one at a time.
import {parentPort, workerData} from 'node:worker_threads';
import {LetterCache} from '../letter/index.js';
import {scoreOne, type ScoreWorkerData} from './score-files.js';

const {cache: location} = (workerData ?? {}) as ScoreWorkerData;
const cache = location === undefined ? undefined : new LetterCache(location);

parentPort?.on('message', async ({index, file}: {index: number; file: string}) => {
	parentPort?.postMessage({index, ...await scoreOne(file, cache)});
});
