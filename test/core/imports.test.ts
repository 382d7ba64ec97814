// The module graph of source/: no import circles, the UI never reaches into commands/, one width measure.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const sourceRoot = path.resolve(import.meta.dirname, '../../source');

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) {
			return sourceFiles(full);
		}

		return /\.tsx?$/u.test(entry.name) ? [full] : [];
	});
}

const files = sourceFiles(sourceRoot);
const known = new Set(files);

/** Every relative import of a file (static, type-only and dynamic), as source paths. */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)'(\.{1,2}\/[^']+)'/gu)].map(match => match[1]!);
	return specifiers.map(specifier => {
		const resolved = path.resolve(path.dirname(file), specifier);
		const candidates = [resolved.replace(/\.js$/u, '.ts'), resolved.replace(/\.js$/u, '.tsx')];
		return candidates.find(candidate => known.has(candidate)) ?? resolved;
	}).filter(target => known.has(target));
}

const graph = new Map(files.map(file => [file, importsOf(file)]));
const relative = (file: string) => path.relative(sourceRoot, file);

/** Every import circle, each as the files around it. */
function circles(): string[][] {
	const found: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (file: string) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) ?? []) {
			if (state.get(next) === 'open') {
				found.push([...stack.slice(stack.indexOf(next)), next].map(each => relative(each)));
			} else if (state.get(next) === undefined) {
				visit(next);
			}
		}

		stack.pop();
		state.set(file, 'done');
	};

	for (const file of files) {
		if (state.get(file) === undefined) {
			visit(file);
		}
	}

	return found;
}

describe('the module graph', () => {
	it('has no import circles (type-only and lazy imports included)', () => {
		expect(circles()).toEqual([]);
	});

	it('keeps the UI from importing the commands', () => {
		const fromUi = files
			.filter(file => relative(file).startsWith('ui/'))
			.flatMap(file => (graph.get(file) ?? []).filter(target => relative(target).startsWith('commands/')).map(target => `${relative(file)} → ${relative(target)}`));
		expect(fromUi).toEqual([]);
	});

	it('measures terminal columns with string-width in one place only', () => {
		const users = files.filter(file => /from 'string-width'/u.test(readFileSync(file, 'utf8'))).map(file => relative(file));
		expect(users).toEqual(['text/width.ts']);
	});
});
