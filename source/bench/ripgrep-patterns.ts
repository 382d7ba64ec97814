import {confidentialRules, groundsRules} from '../scoring/confidential.js';
import {crossReferenceRules, referralRules, noInformationRules, boilerplateRules} from '../scoring/deflects.js';
import {deadlineRules, promiseRules} from '../scoring/future.js';
import {yesRules, noRules} from '../scoring/direct.js';
import {declineRules} from '../scoring/clarity.js';
import type {PhraseRule} from '../scoring/patterns.js';

/**
 * The scoring phrase lists as patterns ripgrep accepts: the same phrases, with the look-arounds
 * (which ripgrep's default engine lacks) and sentence anchors left out.
 */
export function ripgrepPatterns(): string[] {
	const rules: PhraseRule[] = [
		...confidentialRules, ...groundsRules, ...crossReferenceRules, ...referralRules, ...noInformationRules,
		...boilerplateRules, ...deadlineRules, ...promiseRules, ...yesRules, ...noRules, ...declineRules,
	];
	return rules.flatMap(rule => rule.phrases).map(phrase => withoutLookarounds(phrase).replaceAll(' ', String.raw`\s*`).replace(/^\^/u, ''));
}

function withoutLookarounds(phrase: string): string {
	let result = '';
	for (let index = 0; index < phrase.length; index++) {
		if (phrase.startsWith('(?!', index) || phrase.startsWith('(?<!', index) || phrase.startsWith('(?=', index) || phrase.startsWith('(?<=', index)) {
			let depth = 0;
			for (; index < phrase.length; index++) {
				if (phrase[index] === '\\') {
					index++;
					continue;
				}

				depth += phrase[index] === '(' ? 1 : phrase[index] === ')' ? -1 : 0;
				if (depth === 0) {
					break;
				}
			}

			continue;
		}

		result += phrase[index];
	}

	return result;
}
