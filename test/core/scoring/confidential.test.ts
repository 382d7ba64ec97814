import {describe, expect, it} from 'vitest';
import {judgeConfidential} from '../../../source/scoring/confidential.js';

const confidential = [
	'Op 21 mei jl. bent u middels een vertrouwelijke technische briefing geïnformeerd over de situatie bij Logius.',
	'Deze stukken bevatten vertrouwelijke bedrijfsinformatie en informatie die raakt aan de bescherming van de nationale veiligheid.',
	'Ik ga niet in op de situatie van individuele gedetineerden.',
	'Deze correspondentie wordt niet in de openbaarheid verstrekt.',
	'Vanwege privacy wordt de naam van het slachthuis niet vermeld.',
	'Over lopende strafrechtelijke onderzoeken kan ik geen uitspraken doen.',
	'De correspondentie betreft documenten waarvan openbaarmaking de nationale veiligheidsbelangen kan schaden, waaronder staatsgeheime documenten.',
	'Ebusco is een beursgenoteerd bedrijf, wat maakt dat ik hier verder geen inhoudelijke uitspraken over doe.',
];

const open = [
	'De ADV biedt meer mogelijkheden dan een reguliere Europese aanbesteding om risico’s voor de nationale veiligheid te beperken.',
	'De Europese Commissie rapporteert jaarlijks openbaar over de totale NDICI-programmering.',
	'De NVWA is in dit kader bezig met een onderzoek naar de gehele paardenketen.',
	'Er ligt een afgerond strafrechtelijk onderzoek bij het Openbaar Ministerie.',
	'Ebusco is een beursgenoteerd bedrijf met vestigingen in Nederland en Duitsland.',
];

describe('confidential', () => {
	it.each(confidential)('flags: %s', answer => {
		const flag = judgeConfidential(answer);
		expect(flag.value).toBe(true);
		for (const hit of flag.evidence) {
			expect(answer.slice(hit.start, hit.end)).toBe(hit.text);
		}
	});

	it.each(open)('does not flag: %s', answer => {
		expect(judgeConfidential(answer).value).toBe(false);
	});
});
