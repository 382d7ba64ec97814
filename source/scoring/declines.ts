import type {Evidence} from './model.js';
import {compileRules, findEvidence, type PhraseRule} from './patterns.js';
import {speaker} from './addressee.js';

/** Phrases that decline to answer or claim not to know. */
export const declineRules: readonly PhraseRule[] = [
	{name: 'clarity.declines', phrases: [
		`(?:ga|gaat|gaan) ${speaker} (?:hier|daar)? ?niet (?:nader )?(?:op )?in`, `${speaker} (?:ga|gaat|gaan|kan|kunnen) (?:hier|daar)? ?niet (?:nader )?in op`,
		`(?:kan|kunnen) ${speaker} (?:hier|daar)?(?:over|op)? ?(?:nog )?geen (?:uitspraak|uitspraken|mededelingen) doen`, 'doe (?:ik|wij|we) geen uitspraken',
		'het is niet gelukt (?:om )?(?:deze|de) vragen', 'niet (?:binnen de (?:gestelde|genoemde) termijn )?(?:te )?beantwoorden',
		'(?:wordt|worden) niet (?:openbaar gemaakt|in de openbaarheid verstrekt|gedeeld|verstrekt)',
		'het is niet aan (?:mij|het kabinet|nederland|de minister|de regering|de staatssecretaris) om', 'niet vooruit(?:lopen|loop)',
		'niet (?:openbaar|in de openbaarheid)', `(?:kan|kunnen) ${speaker}? ?(?:\\p{L}+\\s+){0,4}geen oordeel (?:geven|vellen|uitspreken)`,
		// "Het kabinet speculeert niet over hypothetische situaties."
		'(?:speculeer|speculeert|speculeren) (?:\\p{L}+\\s+){0,2}niet', 'niet (?:te )?speculeren',
		// "Ik meen niet aan het verzoek tegemoet te kunnen komen om een en ander in een overzicht vast te leggen."
		'niet aan (?:het|uw|dit|dat|uw) verzoek (?:\\p{L}+\\s+){0,3}(?:tegemoet (?:te )?(?:kunnen )?komen|(?:te )?(?:kunnen )?voldoen)',
	]},
];

const declines = compileRules(declineRules);

/** Where a text declines to answer ("Ik ga niet in op individuele zaken"). */
export function findDeclines(text: string): Evidence[] {
	return findEvidence(text, declines);
}
