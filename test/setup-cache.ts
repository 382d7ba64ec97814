// Points the cache of read letters ($XDG_CACHE_HOME/answer-review) at a temporary folder for each
// test file, so no test reads or writes the user's own cache; child processes inherit it.
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll} from 'vitest';

const folder = mkdtempSync(path.join(os.tmpdir(), 'answer-review-test-cache-'));
process.env['XDG_CACHE_HOME'] = folder;

afterAll(() => {
	rmSync(folder, {recursive: true, force: true});
});
