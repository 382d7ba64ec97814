import type {Evidence} from './model.js';
import {phraseAnchors} from './anchors.js';

/**
 * A named list of phrases that signal one thing. Phrases are written as readable regular-expression
 * source: a space stands for any run of white space (or none, because PDF text glues words at line
 * breaks), and the whole phrase must stand as whole words.
 */
export type PhraseRule = {
	/** Shown to the reviewer beside the evidence, e.g. "deflects.cross-reference". */
	readonly name: string;
	readonly phrases: readonly string[];
};

/** A rule compiled once into one regular expression. */
export type CompiledRule = {
	readonly name: string;
	readonly regex: RegExp;
	/** Lower-case words one of which every match contains; undefined when the rule must always run. */
	readonly anchors?: readonly string[];
	/** Each phrase's source and anchors, to build an expression of only the phrases that can match. */
	readonly phrases: ReadonlyArray<{readonly source: string; readonly anchors?: readonly string[]}>;
	/** Expressions for subsets of the phrases, built on first use. */
	readonly subsets: Map<string, RegExp>;
};

// Every anchor of every compiled rule, found in one pass per text (see anchors.ts).
const allAnchors = new Set<string>();
let anchorScan: {regex: RegExp; implied: Map<string, readonly string[]>} | undefined;
const recentTexts = new Map<string, ReadonlySet<string>>();
const recentLimit = 8;

function register(anchors: readonly string[]): void {
	for (const anchor of anchors) {
		if (!allAnchors.has(anchor)) {
			allAnchors.add(anchor);
			anchorScan = undefined;
		}
	}
}

const escapeRegex = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\/-]/gu, String.raw`\$&`);

/** The anchors that occur in `text` (lower-cased), from one scan; the last few texts are cached. */
function anchorsIn(text: string): ReadonlySet<string> {
	const cached = recentTexts.get(text);
	if (cached) {
		return cached;
	}

	if (anchorScan === undefined) {
		const sorted = [...allAnchors].sort((a, b) => b.length - a.length);
		// Longest first, so at one position the longest anchor wins; the anchors it contains are implied.
		anchorScan = {
			regex: new RegExp(sorted.map(anchor => escapeRegex(anchor)).join('|'), 'g'),
			implied: new Map(sorted.map(anchor => [anchor, sorted.filter(other => other !== anchor && anchor.includes(other))])),
		};
	}

	const present = new Set<string>();
	const {regex, implied} = anchorScan;
	const lower = text.toLowerCase();
	regex.lastIndex = 0;
	for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
		present.add(match[0]);
		for (const inner of implied.get(match[0]) ?? []) {
			present.add(inner);
		}

		regex.lastIndex = match.index + 1;
	}

	if (recentTexts.size >= recentLimit) {
		recentTexts.delete(recentTexts.keys().next().value!);
	}

	recentTexts.set(text, present);
	return present;
}

const letter = String.raw`\p{L}\p{N}`;
const letterBefore = /[\p{L}\p{N}]/u;

/**
 * Compiles a phrase rule into one case-insensitive Unicode regular expression. The word boundary
 * before a phrase is checked after matching, not with a look-behind: a leading look-behind keeps
 * V8 from skipping ahead to the phrases' first letters and halves the speed.
 */
export function compileRule(rule: PhraseRule): CompiledRule {
	const alternatives = rule.phrases.map(phrase => phrase.trim().replaceAll(' ', String.raw`\s*`));
	const source = String.raw`(?:${alternatives.join('|')})(?![${letter}])`;
	const perPhrase = rule.phrases.map(phrase => phraseAnchors(phrase.trim()));
	const anchors = perPhrase.every(found => found !== undefined) ? [...new Set(perPhrase.flatMap(found => found!))] : undefined;
	for (const found of perPhrase) {
		register(found ?? []);
	}

	const phrases = alternatives.map((alternative, index) => (perPhrase[index] ? {source: alternative, anchors: perPhrase[index]} : {source: alternative}));
	const compiled = {name: rule.name, regex: new RegExp(source, 'giu'), phrases, subsets: new Map<string, RegExp>()};
	return anchors ? {...compiled, anchors} : compiled;
}

/**
 * The expression to run on a text: the rule's own when every phrase can match, else one of only
 * the phrases whose anchors occur (the others cannot match, so the matches are the same).
 */
function expressionFor(rule: CompiledRule, present: ReadonlySet<string>): RegExp | undefined {
	const live = rule.phrases.map(phrase => phrase.anchors === undefined || phrase.anchors.some(anchor => present.has(anchor)));
	if (live.every(Boolean)) {
		return rule.regex;
	}

	if (!live.some(Boolean)) {
		return undefined;
	}

	const key = live.map(on => (on ? '1' : '0')).join('');
	let regex = rule.subsets.get(key);
	if (regex === undefined) {
		const sources = rule.phrases.filter((_, index) => live[index]).map(phrase => phrase.source);
		regex = new RegExp(String.raw`(?:${sources.join('|')})(?![${letter}])`, 'giu');
		rule.subsets.set(key, regex);
	}

	return regex;
}

/** True when a match at `index` does not start inside a word. */
function startsWord(text: string, index: number): boolean {
	return index === 0 || !letterBefore.test(text[index - 1]!);
}

/** Compiles a list of rules. */
export function compileRules(rules: readonly PhraseRule[]): readonly CompiledRule[] {
	return rules.map(rule => compileRule(rule));
}

/**
 * Every match of every rule in `text`, as evidence spans with `offset` added, in text order.
 * A rule whose anchors are all absent from the text is skipped (`gate: false` runs every rule).
 */
export function findEvidence(text: string, rules: readonly CompiledRule[], offset = 0, {gate = true} = {}): Evidence[] {
	const found: Evidence[] = [];
	const present = gate ? anchorsIn(text) : undefined;
	for (const rule of rules) {
		const regex = present ? expressionFor(rule, present) : rule.regex;
		if (regex === undefined) {
			continue;
		}

		regex.lastIndex = 0;
		for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
			if (match[0].length === 0 || !startsWord(text, match.index)) {
				// Not at a word start: try again one character on, so a phrase inside is still found.
				regex.lastIndex = match.index + 1;
				continue;
			}

			found.push({
				rule: rule.name,
				text: match[0],
				start: match.index + offset,
				end: match.index + match[0].length + offset,
			});
		}
	}

	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when any rule matches `text`. */
export function matchesAny(text: string, rules: readonly CompiledRule[]): boolean {
	return rules.some(rule => findEvidence(text, [rule]).length > 0);
}
