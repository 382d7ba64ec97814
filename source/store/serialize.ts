import type {AnnotationFile} from './model.js';
import {safeJson} from '../text/safe-json.js';

// Writing needs no validation library: the reviewer's start-up does not load zod until a sidecar
// exists to be read (see file.ts).

/**
 * The sidecar as written to disk: answers in question order (plain numbers first), the note drafts
 * (when there are any) after them in the same order, two-space indent, trailing newline.
 */
export function serializeAnnotationFile(file: AnnotationFile): string {
	const {noteDrafts, ...rest} = file;
	const drafts = noteDrafts === undefined || Object.keys(noteDrafts).length === 0 ? {} : {noteDrafts: inKeyOrder(noteDrafts)};
	return `${safeJson({...rest, annotations: inKeyOrder(file.annotations), ...drafts})}\n`;
}

function inKeyOrder<T>(byKey: Readonly<Record<string, T>>): Record<string, T> {
	return Object.fromEntries(Object.entries(byKey).sort(([a], [b]) => compareKeys(a, b)));
}

function compareKeys(a: string, b: string): number {
	const [numberA = 0, copyA = 1] = a.split('#').map(Number);
	const [numberB = 0, copyB = 1] = b.split('#').map(Number);
	return numberA - numberB || copyA - copyB;
}
