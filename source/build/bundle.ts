// The second build step (`npm run build`, after tsc): the shipped CLI as a few dozen ES modules in
// dist/app/. Node's module loader pays per file and per CommonJS package (ink, react and their
// dependencies are some 150 files), and that, not the code, is most of a cold start. The commands'
// dynamic imports stay split points, so `score`, `search` and `export` still never load ink or react.
import {createHash} from 'node:crypto';
import {readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build, type Plugin} from 'esbuild';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the bundle goes; two levels below the package root, as dist/commands/ is, so relative paths (the seed) hold. */
const appFolder = path.join(dist, 'app');

/**
 * Entry points, by the names they keep. score-worker.js must sit beside the code that starts it
 * (`new URL('score-worker.js', import.meta.url)`), so chunks go in the same folder, not a subfolder.
 * The bench's first-frame child shares the CLI's chunks, so it measures the code users run.
 */
const entryPoints = {
	cli: path.join(dist, 'cli.js'),
	'score-worker': path.join(dist, 'commands', 'score-worker.js'),
	'first-frame-child': path.join(dist, 'bench', 'first-frame-child.js'),
};

/**
 * Ink turns on its devtools mode when DEV=true, a common variable in developers' shells; that mode reads
 * Ink's package.json from beside Ink's own files, a path that does not exist in a bundle, and would stop
 * the reviewer from opening. The shipped reviewer has no devtools mode.
 */
const inkWithoutDevtools: Plugin = {
	name: 'ink-without-devtools',
	setup(builder) {
		// esbuild runs the filter as a Go regular expression, which takes no flags.
		// eslint-disable-next-line require-unicode-regexp
		builder.onLoad({filter: /[/\\]ink[/\\]build[/\\]utils\.js$/}, async ({path: file}) => {
			const text = await readFile(file, 'utf8');
			const check = "process.env['DEV'] === 'true'";
			if (!text.includes(check)) {
				throw new Error(`${file}: Ink's devtools check has changed; update source/build/bundle.ts`);
			}

			return {contents: text.replace(check, 'false'), loader: 'js'};
		});
	},
};

// Chunks are named by their content: a folder left from an earlier build would keep stale ones.
await rm(appFolder, {recursive: true, force: true});
const result = await build({
	entryPoints,
	outdir: appFolder,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	chunkNames: 'chunk-[hash]',
	// Bundled CommonJS calls require() for Node's own modules (react, mammoth) and names its own file
	// (write-file-atomic hashes __filename into its temporary names).
	banner: {js: [
		'import {createRequire as __createRequire} from \'node:module\';',
		'import {fileURLToPath as __fileURLToPath} from \'node:url\';',
		'const require = __createRequire(import.meta.url);',
		'const __filename = __fileURLToPath(import.meta.url);',
		'const __dirname = __fileURLToPath(new URL(\'.\', import.meta.url));',
	].join(' ')},
	// React's development build (warnings, checks) is never what a reviewer needs.
	define: {'process.env.NODE_ENV': '"production"'},
	plugins: [inkWithoutDevtools],
	// Only Ink's devtools module imports it, and that module is never loaded (see inkWithoutDevtools).
	external: ['react-devtools-core'],
	// Drops the branches the define makes dead: React's development build is then not even parsed.
	minifySyntax: true,
	metafile: true,
	logLevel: 'warning',
});

// The build's own hash, from every file of the bundle: the cache of read letters keeps the letters of
// one build apart from another's (source/letter/letter-cache.ts), and a version number does not
// change when the reading code does.
const buildHash = createHash('sha256');
for (const output of Object.keys(result.metafile.outputs).sort()) {
	buildHash.update(output).update('\0').update(await readFile(output)).update('\0');
}

await writeFile(path.join(appFolder, 'build-id'), `${buildHash.digest('hex')}\n`);
// Which sources each output holds: the test that `score` never loads ink reads it. Written last:
// the tests rebuild when it is older than the sources.
await writeFile(path.join(appFolder, 'meta.json'), `${JSON.stringify(result.metafile)}\n`);
process.exitCode = result.errors.length > 0 ? 1 : 0;
