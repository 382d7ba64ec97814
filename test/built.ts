// The CLI as users run it: dist/app/cli.js, which `npm run build` (tsc, then the bundle) makes.
import {execFileSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
/** The shipped command (package.json `bin`). */
export const builtCli = path.join(root, 'dist', 'app', 'cli.js');
/** Which sources each bundled file holds; written last by the build. */
export const bundleMeta = path.join(root, 'dist', 'app', 'meta.json');

/** The newest modification time of any file under `folder`. */
function newest(folder: string): number {
	let latest = 0;
	for (const entry of readdirSync(folder, {withFileTypes: true, recursive: true})) {
		if (entry.isFile()) {
			latest = Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
		}
	}

	return latest;
}

/** Runs the build when its last output is missing or older than source/. */
export function ensureBuilt(): void {
	let built = 0;
	try {
		built = statSync(bundleMeta).mtimeMs;
	} catch {}

	if (built < newest(path.join(root, 'source'))) {
		execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.json')], {stdio: 'pipe'});
		execFileSync(process.execPath, [path.join(root, 'dist', 'build', 'bundle.js')], {stdio: 'pipe'});
	}
}
