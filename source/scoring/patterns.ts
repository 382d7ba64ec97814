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

/**
 * A rule as the register declares it: its phrases, and sentences it must fire on and must not.
 * A generic test runs every rule's examples (test/core/scoring/register.test.ts).
 */
export type RegisteredRule = PhraseRule & {
	/** Sentences the rule must find (each must hold at least one match). */
	readonly fires: readonly string[];
	/** Sentences the rule must leave alone. */
	readonly silent: readonly string[];
};

/** One phrase compiled once, with the words no match of it can lack. */
export type CompiledPhrase = {
	readonly regex: RegExp;
	/** Lower-case anchors (see anchors.ts); undefined when the phrase must always be tried. */
	readonly anchors?: readonly string[];
	/** With anchors: this phrase's number among all anchored phrases (see AnchorScan.present). */
	readonly id?: number;
};

/** A rule compiled once: one expression per phrase. */
export type CompiledRule = {
	readonly name: string;
	readonly phrases: readonly CompiledPhrase[];
	/** The ids of its phrases, when each phrase has anchors: a text with none of them present cannot match. */
	readonly ids?: readonly number[];
};

// How far a phrase may reach before and after one of its anchors. The longest phrases ("het is
// uiteindelijk aan een rechter om in een concreet geval…") span under 150 characters; twice that
// leaves room. Scanning only these windows, instead of whole answers, is what makes scoring fast.
const reachBefore = 300;
const reachAfter = 300;

const letterAt = /[\p{L}\p{N}]/u;

// Every anchor of every compiled phrase, found in one pass per text, and the phrases each anchor serves.
const anchorPhrases = new Map<string, number[]>();
let phraseCount = 0;
let anchorScan: {regex: RegExp; implied: Map<string, readonly string[]>} | undefined;
/** Where a text's anchors are, and which anchored phrases (by id) have one of theirs in it. */
type AnchorPositions = {readonly positions: ReadonlyMap<string, readonly number[]>; readonly present: Uint8Array};
const recentTexts = new Map<string, AnchorPositions | undefined>();
const recentLimit = 32;

const escapeRegex = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\/-]/gu, String.raw`\$&`);

/** Numbers a new anchored phrase and files it under its anchors; scans made before it are stale. */
function register(anchors: readonly string[]): number {
	const id = phraseCount++;
	for (const anchor of anchors) {
		const phrases = anchorPhrases.get(anchor);
		if (phrases) {
			phrases.push(id);
		} else {
			anchorPhrases.set(anchor, [id]);
			anchorScan = undefined;
		}
	}

	recentTexts.clear();
	return id;
}

/**
 * Where each anchor occurs in `text`, from one scan of the lower-cased text (~100 MB/s); the last
 * few texts are cached. Undefined when lower-casing changes the text's length (a rare letter such
 * as "İ"), so positions would not line up: every phrase then scans the whole text.
 */
function anchorPositions(text: string): AnchorPositions | undefined {
	if (recentTexts.has(text)) {
		return recentTexts.get(text);
	}

	if (anchorScan === undefined) {
		// Longest first, so at one position the longest anchor wins; the anchors inside it are implied.
		const sorted = [...anchorPhrases.keys()].sort((a, b) => b.length - a.length);
		anchorScan = {
			regex: new RegExp(sorted.map(anchor => escapeRegex(anchor)).join('|'), 'g'),
			implied: new Map(sorted.map(anchor => [anchor, sorted.filter(other => other !== anchor && anchor.includes(other))])),
		};
	}

	const lower = text.toLowerCase();
	let scan: AnchorPositions | undefined;
	if (lower.length === text.length) {
		const positions = new Map<string, number[]>();
		const {regex, implied} = anchorScan;
		regex.lastIndex = 0;
		for (let match = regex.exec(lower); match !== null; match = regex.exec(lower)) {
			for (const anchor of [match[0], ...implied.get(match[0]) ?? []]) {
				const list = positions.get(anchor);
				if (list) {
					list.push(match.index);
				} else {
					positions.set(anchor, [match.index]);
				}
			}

			regex.lastIndex = match.index + 1;
		}

		const present = new Uint8Array(phraseCount);
		for (const anchor of positions.keys()) {
			for (const id of anchorPhrases.get(anchor)!) {
				present[id] = 1;
			}
		}

		scan = {positions, present};
	}

	if (recentTexts.size >= recentLimit) {
		recentTexts.delete(recentTexts.keys().next().value!);
	}

	recentTexts.set(text, scan);
	return scan;
}

// "A word" in a phrase ("(?:\p{L}+ ){0,3}") is read as a run of characters that are not white
// space, digits or punctuation: a case-insensitive \p{L} costs V8 about 1 ms to compile per phrase,
// which the reviewer would pay on every start; this class costs a quarter of that. Where a phrase
// starts and ends is checked against \p{L}\p{N} after matching (see matchesIn).
const wordCharacter = String.raw`[^\s\d.,;:!?()«»"“”'‘’\[\]]`;

// The phrase must end a word. Latin letters and digits here keep the expression cheap; matchesIn
// checks the full \p{L}\p{N} boundary (other scripts) after matching.
const notFollowedByWord = '(?![A-Za-zÀ-ÖØ-öø-ɏ0-9])';

/** The expression source of one phrase: spaces match any white space (or none), words as above. */
function phraseSource(phrase: string): string {
	return `(?:${phrase.trim().replaceAll(' ', String.raw`\s*`).replaceAll(String.raw`\p{L}`, wordCharacter)})${notFollowedByWord}`;
}

/** Compiles a phrase rule: each phrase into one case-insensitive Unicode expression. */
export function compileRule(rule: PhraseRule): CompiledRule {
	const phrases = rule.phrases.map(phrase => {
		const regex = new RegExp(phraseSource(phrase), 'giu');
		// A phrase anchored to the start of the text ("^ja") must see the whole text, not a window.
		const anchors = /(?:^|\||\(\?:)\^/u.test(phrase.trim()) ? undefined : phraseAnchors(phrase.trim());
		if (anchors) {
			return {regex, anchors, id: register(anchors)};
		}

		return {regex};
	});
	const anchored = phrases.every(phrase => phrase.anchors !== undefined);
	return anchored ? {name: rule.name, phrases, ids: phrases.map(phrase => phrase.id!)} : {name: rule.name, phrases};
}

/** Compiles a list of rules. */
export function compileRules(rules: readonly PhraseRule[]): readonly CompiledRule[] {
	return rules.map(rule => compileRule(rule));
}

/** The stretches of `text` a phrase can match in: around its anchors, merged; the whole text without them. */
function windows(text: string, phrase: CompiledPhrase, scan: AnchorPositions | undefined): Array<[number, number]> {
	if (phrase.anchors === undefined || scan === undefined) {
		return [[0, text.length]];
	}

	const {positions} = scan;
	let starts: readonly number[] | undefined;
	let combined: number[] | undefined;
	for (const anchor of phrase.anchors) {
		const at = positions.get(anchor);
		if (at === undefined) {
			continue;
		}

		if (starts === undefined) {
			starts = at;
		} else {
			combined ??= [...starts];
			combined.push(...at);
		}
	}

	if (starts === undefined) {
		return [];
	}

	if (combined !== undefined) {
		starts = combined.sort((a, b) => a - b);
	}

	const merged: Array<[number, number]> = [];
	for (const at of starts) {
		const from = Math.max(0, at - reachBefore);
		const to = Math.min(text.length, at + reachAfter);
		const last = merged.at(-1);
		if (last && from <= last[1]) {
			last[1] = Math.max(last[1], to);
		} else {
			merged.push([from, to]);
		}
	}

	return merged;
}

/** Matches of one phrase inside [from, to), as whole words of the full text. */
function matchesIn(text: string, phrase: CompiledPhrase, from: number, to: number, into: Array<{start: number; end: number; text: string}>): void {
	const part = from === 0 && to === text.length ? text : text.slice(from, to);
	const {regex} = phrase;
	regex.lastIndex = 0;
	for (let match = regex.exec(part); match !== null; match = regex.exec(part)) {
		const start = from + match.index;
		let end = start + match[0].length;
		let matched = match[0];
		if (end === to && to < text.length) {
			// Cut short by the window (a long link): match again at the same place in the whole text.
			const whole = new RegExp(regex.source, 'iuy');
			whole.lastIndex = start;
			const longer = whole.exec(text);
			if (longer === null) {
				// Only the window's edge let it match (a lookahead saw the end of the slice): no match here.
				regex.lastIndex = match.index + 1;
				continue;
			}

			matched = longer[0];
			end = start + matched.length;
		}

		const wordStart = start === 0 || !letterAt.test(text[start - 1]!);
		const wordEnd = end === text.length || !letterAt.test(text[end]!);
		if (match[0].length === 0 || !wordStart || !wordEnd) {
			// Not whole words: try again one character on, so a phrase inside is still found.
			regex.lastIndex = match.index + 1;
			continue;
		}

		into.push({start, end, text: matched});
	}
}

/**
 * Every match of every rule in `text`, as evidence spans with `offset` added, in text order.
 * Within a rule the leftmost match wins, then the longest; matches of one rule never overlap.
 * Phrases run only near their anchors (`gate: false` scans every phrase over the whole text:
 * a test checks both give the same evidence).
 */
export function findEvidence(text: string, rules: readonly CompiledRule[], offset = 0, {gate = true} = {}): Evidence[] {
	const found: Evidence[] = [];
	const scan = gate ? anchorPositions(text) : undefined;
	for (const rule of rules) {
		if (scan !== undefined && rule.ids !== undefined && !rule.ids.some(id => scan.present[id] === 1)) {
			continue;
		}

		const matches: Array<{start: number; end: number; text: string}> = [];
		for (const phrase of rule.phrases) {
			if (scan !== undefined && phrase.id !== undefined && scan.present[phrase.id] !== 1) {
				continue;
			}

			const stretches = gate ? windows(text, phrase, scan) : [[0, text.length] as [number, number]];
			for (const [from, to] of stretches) {
				matchesIn(text, phrase, from, to, matches);
			}
		}

		matches.sort((a, b) => a.start - b.start || b.end - a.end);
		let reached = -1;
		for (const match of matches) {
			if (match.start < reached) {
				continue;
			}

			reached = match.end;
			found.push({rule: rule.name, text: match.text, start: match.start + offset, end: match.end + offset});
		}
	}

	return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
