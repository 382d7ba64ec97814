// The reviewer command may load ink and react only through a dynamic import, after the TTY check.
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const source = fileURLToPath(new URL('../../source/', import.meta.url));
const staticImport = /^\s*import\s+(?!type\b)(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gmu;

/** Every module reached from `file` through static, non-type imports; bare package names included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) {
		return seen;
	}

	seen.add(file);
	const text = readFileSync(file, 'utf8');
	for (const [, specifier = ''] of text.matchAll(staticImport)) {
		if (!specifier.startsWith('.')) {
			seen.add(specifier);
			continue;
		}

		const resolved = path.resolve(path.dirname(file), specifier);
		const candidates = [resolved.replace(/\.js$/u, '.ts'), resolved.replace(/\.js$/u, '.tsx')];
		const found = candidates.find(candidate => {
			try {
				readFileSync(candidate);
				return true;
			} catch {
				return false;
			}
		});
		if (found !== undefined) {
			staticGraph(found, seen);
		}
	}

	return seen;
}

describe('loading the reviewer command', () => {
	it('does not load ink or react until the UI is imported dynamically', () => {
		const graph = staticGraph(path.join(source, 'commands', 'review.ts'));
		expect(graph.has(path.join(source, 'store', 'file.ts'))).toBe(true);
		for (const banned of ['ink', 'react', 'ink-text-input']) {
			expect(graph.has(banned), `${banned} is imported statically`).toBe(false);
		}

		expect(readFileSync(path.join(source, 'commands', 'review.ts'), 'utf8')).toContain("await import('../ui/index.js')");
	});

	it('keeps the store free of ink and react', () => {
		const graph = staticGraph(path.join(source, 'store', 'index.ts'));
		expect([...graph].filter(entry => ['ink', 'react'].includes(entry))).toEqual([]);
	});
});
