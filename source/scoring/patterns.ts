import type {Evidence} from './model.js';

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
};

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
	return {name: rule.name, regex: new RegExp(source, 'giu')};
}

/** True when a match at `index` does not start inside a word. */
function startsWord(text: string, index: number): boolean {
	return index === 0 || !letterBefore.test(text[index - 1]!);
}

/** Compiles a list of rules. */
export function compileRules(rules: readonly PhraseRule[]): readonly CompiledRule[] {
	return rules.map(rule => compileRule(rule));
}

/** Every match of every rule in `text`, as evidence spans with `offset` added, in text order. */
export function findEvidence(text: string, rules: readonly CompiledRule[], offset = 0): Evidence[] {
	const found: Evidence[] = [];
	for (const rule of rules) {
		const regex = rule.regex;
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
