// One of the threads of `scoreFiles`: reads and scores the letters it is sent, one at a time.
import {parentPort} from 'node:worker_threads';
import {readLetterFile} from '../letter/index.js';
import {scoreLetter} from '../scoring/index.js';
import {describeFailure} from './score.js';

parentPort?.on('message', async ({index, file}: {index: number; file: string}) => {
	try {
		parentPort?.postMessage({index, scorecard: scoreLetter(await readLetterFile(file))});
	} catch (error) {
		parentPort?.postMessage({index, error: describeFailure(file, error)});
	}
});
