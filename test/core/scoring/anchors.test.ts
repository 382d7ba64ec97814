import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {phraseAnchors} from '../../../source/scoring/anchors.js';
import {compileRules, findEvidence} from '../../../source/scoring/patterns.js';
import {confidentialRules, groundsRules} from '../../../source/scoring/confidential.js';
import {boilerplateRules, crossReferenceRules, noInformationRules, referralRules} from '../../../source/scoring/deflects.js';
import {deadlineRules, promiseRules} from '../../../source/scoring/future.js';
import {noRules, yesRules} from '../../../source/scoring/direct.js';
import {declineRules} from '../../../source/scoring/clarity.js';

const rules = compileRules([
	...confidentialRules, ...groundsRules, ...crossReferenceRules, ...referralRules, ...noInformationRules, ...boilerplateRules,
	...deadlineRules, ...promiseRules, ...yesRules, ...noRules, ...declineRules,
]);

describe('rule anchors', () => {
	it('finds the words a phrase cannot match without', () => {
		expect(phraseAnchors('zie (?:ook )?(?:het |mijn )?(?:antwoord|beantwoording) (?:op|van) vra(?:ag|gen)')).toEqual(['antwoord', 'beantwoording']);
		expect(phraseAnchors('vertrouwelijke?')).toEqual(['vertrouwelijk']);
		expect(phraseAnchors('https?://\\S+')).toEqual(['http']);
		expect(phraseAnchors('(?:het )?komende? (?:jaar|maanden)')).toEqual(['komend']);
		expect(phraseAnchors('(?:\\p{L}+\\s+){0,3}')).toBeUndefined();
	});

	it('skip no match: every letter in the fixtures gives the same evidence with and without anchors', () => {
		const folder = path.join('test', 'fixtures', 'letters');
		for (const file of readdirSync(folder).filter(name => name.endsWith('.txt'))) {
			const text = readFileSync(path.join(folder, file), 'utf8');
			for (const paragraph of text.split(/\n\s*\n|\nAntwoord/u)) {
				expect(findEvidence(paragraph, rules), file).toEqual(findEvidence(paragraph, rules, 0, {gate: false}));
			}
		}
	});

	it('skip no match on random text built from the phrases’ own words', () => {
		const words = ['zie', 'het', 'antwoord', 'op', 'vraag', 'vertrouwelijke', 'briefing', 'later', 'dit', 'jaar', 'zal', 'ik', 'uw', 'Kamer', 'informeren', 'niet', 'openbaar', 'Ja', 'Nee', 'geen', 'overzicht', 'in', 'algemeen', 'ganiet', 'naar', 'verwachting', 'vóór', 'zomerreces', 'eind', '2026', '.', ',', '\n'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...words), {maxLength: 60}), parts => {
			const text = parts.join(' ');
			expect(findEvidence(text, rules)).toEqual(findEvidence(text, rules, 0, {gate: false}));
		}), {numRuns: 300});
	});
});
