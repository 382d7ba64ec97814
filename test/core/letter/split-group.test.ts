import {describe, expect, it} from 'vitest';
import {splitGroupedQuestion} from '../../../source/letter/split-group.js';

describe('splitting a grouped question block', () => {
	it('splits at glued question breaks, but not before a follow-up of the question before', () => {
		const text = 'Deelt u de opvatting dat deze aanvraag «ongepast» is? Zo nee, waarom niet?Zo ja, waarom?Welke stappen kunt u zetten? Welke stappen zijn reeds gezet?';
		expect(splitGroupedQuestion(text, 2)).toEqual([
			'Deelt u de opvatting dat deze aanvraag «ongepast» is? Zo nee, waarom niet?Zo ja, waarom?',
			'Welke stappen kunt u zetten? Welke stappen zijn reeds gezet?',
		]);
	});

	it('still splits where the second question starts with its own "Zo ja"', () => {
		const text = 'Heeft u contact gehad met de gemeente?\nZo ja, wat was de uitkomst van dat gesprek?';
		expect(splitGroupedQuestion(text, 2)).toEqual(['Heeft u contact gehad met de gemeente?', '\nZo ja, wat was de uitkomst van dat gesprek?']);
	});

	it('leaves the block whole when the breaks do not match the count', () => {
		expect(splitGroupedQuestion('Klopt het?Waarom?Wanneer?', 2)).toEqual([]);
		expect(splitGroupedQuestion('Klopt het?', 1)).toEqual([]);
	});
});
