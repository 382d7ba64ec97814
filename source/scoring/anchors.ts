/**
 * Literal words a phrase cannot match without: a match of the phrase always contains one of them
 * (ignoring case). Scoring looks for all rules' anchors in one pass and runs a rule's regular
 * expression only on answers that hold one of its anchors; that pass is ~100 MB/s, the full
 * Unicode, case-insensitive phrase expressions ~5 MB/s.
 *
 * The phrase language is the small subset of regular expressions the rules use: literals, escapes,
 * classes, (?:…|…) groups, look-arounds and the quantifiers ? * + {m,n}. Returns undefined when no
 * anchor can be proven (the rule then always runs).
 */
export function phraseAnchors(phrase: string): readonly string[] | undefined {
	const parsed = parseSequence(phrase, 0);
	return parsed.anchors;
}

type Parsed = {anchors?: readonly string[]; end: number};

const selectivity = (anchors: readonly string[]) => Math.min(...anchors.map(anchor => anchor.length));

function better(current: readonly string[] | undefined, candidate: readonly string[] | undefined): readonly string[] | undefined {
	if (candidate === undefined || candidate.length === 0) {
		return current;
	}

	if (current === undefined) {
		return candidate;
	}

	const [a, b] = [selectivity(current), selectivity(candidate)];
	return b > a || (b === a && candidate.length < current.length) ? candidate : current;
}

/** Parses alternatives up to a closing parenthesis (or the end); anchors of an alternation are the union. */
function parseSequence(source: string, start: number): Parsed {
	const alternatives: Array<readonly string[] | undefined> = [];
	let best: readonly string[] | undefined;
	let run = '';
	let index = start;
	const endRun = () => {
		if (run.trim().length > 0) {
			best = better(best, [run.trim().toLowerCase()]);
		}

		run = '';
	};

	while (index < source.length && source[index] !== ')') {
		const char = source[index]!;
		if (char === '|') {
			endRun();
			alternatives.push(best);
			best = undefined;
			index++;
			continue;
		}

		let item: {literal?: string; anchors?: readonly string[]; zeroWidth?: boolean};
		if (char === '\\') {
			const next = source[index + 1] ?? '';
			const braced = /[pP]/u.test(next) && source[index + 2] === '{' ? source.indexOf('}', index) + 1 : index + 2;
			item = /[.\-/?()[\]{}*+|^$\\]/u.test(next) ? {literal: next} : {};
			index = braced;
		} else if (char === '[') {
			let close = index + 1;
			while (close < source.length && source[close] !== ']') {
				close += source[close] === '\\' ? 2 : 1;
			}

			item = {};
			index = close + 1;
		} else if (char === '(') {
			const lookaround = /^\(\?<?[=!]/u.exec(source.slice(index, index + 4));
			const inner = source.startsWith('(?:', index) ? index + 3 : lookaround ? index + lookaround[0].length : index + 1;
			const parsed = parseSequence(source, inner);
			item = lookaround ? {zeroWidth: true} : {anchors: parsed.anchors};
			index = parsed.end + 1;
		} else if (char === '.' || char === '^' || char === '$') {
			item = char === '.' ? {} : {zeroWidth: true};
			index++;
		} else {
			item = {literal: char};
			index++;
		}

		// A quantifier that allows zero repetitions makes the item optional.
		const quantifier = /^(?:[?*]|\{0,?\d*\})\??/u.exec(source.slice(index)) ?? /^(?:\+|\{[1-9]\d*,?\d*\})\??/u.exec(source.slice(index));
		const optional = quantifier !== null && /^(?:[?*]|\{0)/u.test(quantifier[0]);
		const repeated = quantifier !== null && !optional;
		index += quantifier?.[0].length ?? 0;

		if (item.zeroWidth) {
			continue;
		}

		if (item.literal !== undefined && !optional && !repeated && /[\p{L}\p{N}]/u.test(item.literal)) {
			run += item.literal;
			continue;
		}

		if (item.literal !== undefined && !optional && !repeated && item.literal !== ' ') {
			// Punctuation inside a run: keep it literal ("t/m", "0900-").
			run += item.literal;
			continue;
		}

		endRun();
		if (item.literal !== undefined && repeated && /[\p{L}\p{N}]/u.test(item.literal)) {
			best = better(best, [item.literal.toLowerCase()]);
		}

		if (!optional && item.anchors) {
			best = better(best, item.anchors);
		}
	}

	endRun();
	alternatives.push(best);
	const union = alternatives.every(anchors => anchors !== undefined && anchors.length > 0)
		? [...new Set(alternatives.flatMap(anchors => anchors!))]
		: undefined;
	return {anchors: union, end: index};
}
