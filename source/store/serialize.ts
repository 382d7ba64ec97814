import type {AnnotationFile} from './model.js';
import {safeJson} from '../text/safe-json.js';

// Writing needs no validation library: the reviewer's start-up does not load zod until a sidecar
// exists to be read (see file.ts).

/** The sidecar as written to disk: answers in question order (plain numbers first), two-space indent, trailing newline. */
export function serializeAnnotationFile(file: AnnotationFile): string {
	const sorted = Object.fromEntries(Object.entries(file.annotations).sort(([a], [b]) => compareKeys(a, b)));
	return `${safeJson({...file, annotations: sorted})}\n`;
}

function compareKeys(a: string, b: string): number {
	const [numberA = 0, copyA = 1] = a.split('#').map(Number);
	const [numberB = 0, copyB = 1] = b.split('#').map(Number);
	return numberA - numberB || copyA - copyB;
}
