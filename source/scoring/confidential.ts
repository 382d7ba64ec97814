import type {Flag} from './model.js';
import {compileRules, findEvidence, type PhraseRule} from './patterns.js';
import {AnswerSentences} from './sentences.js';

/** Phrases that by themselves show a confidential referral or withholding. */
export const confidentialRules: readonly PhraseRule[] = [
	// PDF text glues an article to the word after it ("naar devertrouwelijke technische briefing").
	{name: 'confidential.confidential', phrases: ['\\p{L}*vertrouwelijke?', 'vertrouwelijkheid', 'vertrouwelijk (?:verstrekt|gedeeld|ter inzage)', 'bedrijfsvertrouwelijke?', 'concurrentiegevoelige?']},
	{name: 'confidential.not-public', phrases: [
		'niet (?:openbaar|in de openbaarheid)', 'niet openbaar (?:gemaakt|maken|worden gemaakt)', 'openbaarmaking (?:zou|kan|van deze|hiervan|daarvan)',
		'niet (?:publiek|openlijk) (?:gemaakt|gedeeld|bekend)', 'geheime? (?:informatie|stukken|documenten)',
		'ter inzage (?:gelegd|leggen) (?:bij|voor) (?:de|uw) (?:Kamer|leden)',
	]},
	{name: 'confidential.individual-case', phrases: [
		'(?:ga|gaat|gaan|kan|kunnen) (?:ik|wij|we|het kabinet)? ?niet in op (?:de (?:situatie|zaak|zaken) van )?(?:individuele|specifieke|concrete|lopende)',
		'(?:over|op) (?:individuele|specifieke|lopende) (?:zaken|casussen|casuïstiek|gevallen|personen|gedetineerden|onderzoeken|dossiers) (?:ga|kan|doe|doen|laat|laten) (?:ik|wij|we|het kabinet)',
		'(?:ik|wij|we|het kabinet) (?:ga|gaat|gaan|kan|kunnen) niet in op (?:welke|individuele|specifieke)',
		'herleidbaar (?:tot|naar) (?:individuele|personen|bedrijven)', 'vanwege (?:de )?privacy', 'in verband met (?:de )?privacy', 'privacy(?:redenen|overwegingen|gevoelige?)',
		'uit (?:privacy|veiligheids)overwegingen', '(?:uitlatingen|uitspraken|mededelingen) (?:te )?(?:doen )?over (?:individuele|specifieke|lopende) (?:\\p{L}+\\s+){0,3}(?:zaken|casussen|casuïstiek|gevallen|personen|onderzoeken|instellingen|bedrijven|ondernemingen|organisaties)',
	]},
	{name: 'confidential.investigation', phrases: [
		'lopende? (?:strafrechtelijke? )?(?:onderzoek|onderzoeken|strafzaak|strafzaken|procedure|procedures)',
		'(?:in het belang van|vanwege) het (?:strafrechtelijk )?onderzoek', 'het OM (?:doet|kan) (?:geen|niet) (?:uitspraken|mededelingen)',
		// "Ik doe geen uitspraken over een strafzaak", "over een zaak die onder de rechter is".
		'(?:geen|niet) (?:\\p{L}+\\s+){0,2}(?:uitspraken|mededelingen|uitlatingen) (?:\\p{L}+\\s+){0,3}(?:over|in) (?:een|de|deze|die) (?:\\p{L}+\\s+){0,2}(?:strafzaak|strafzaken|rechtszaak|zaak die onder de rechter)', 'onder de rechter',
	]},
	{name: 'confidential.third-party', phrases: [
		// Withholding what the government discusses with individual companies, in negotiations, or a
		// person's justice record: "Over gesprekken met individuele bedrijven doe ik geen uitspraken".
		'(?:gesprekken|contacten|overleg|afspraken|correspondentie) met (?:individuele|afzonderlijke|specifieke) (?:bedrijven|ondernemingen|partijen|instellingen|personen)',
		'(?:lopende|vertrouwelijke) (?:onderhandelingen|gesprekken)', '(?:onderhandelingspositie|onderhandelingsproces|onderhandelingsbelang)', '(?:in het belang van|vanwege|gezien) de (?:lopende )?onderhandelingen',
		'(?:justitiële|strafrechtelijke) (?:documentatie|gegevens|antecedenten)', 'persoonsgegevens (?:van|over) (?:\\p{L}+\\s+){0,2}(?:betrokkene|betrokkenen|individuele|personen)',
		'(?:bedrijfsgevoelige?|bedrijfsgegevens|fiscale geheimhouding|geheimhoudingsplicht|wettelijke geheimhouding|ambtsgeheim|fiscaal geheim|belastinggeheim)',
	]},
];

/** Phrases that only count with a withholding verb in the same sentence ("raakt aan de nationale veiligheid"). */
export const groundsRules: readonly PhraseRule[] = [
	{name: 'confidential.national-security', phrases: ['nationale veiligheid(?:sbelangen)?', 'staatsveiligheid', 'veiligheid van de staat', 'internationale betrekkingen']},
	// A classification named in a policy description ("voor de zwaarste categorieën (Staatsgeheim…)") withholds nothing.
	{name: 'confidential.classified', phrases: ['staatsgeheim(?:e|en)?', '(?:NAVO|EU)?-?gerubriceerde?']},
	// "Ebusco is een beursgenoteerd bedrijf, wat maakt dat ik hier verder geen inhoudelijke uitspraken over doe."
	{name: 'confidential.market-sensitive', phrases: ['beursgenoteerde?', 'koersgevoelige?', 'marktgevoelige?']},
];

const withholding = /(?:niet (?:openbaar|gedeeld|verstrekt|ingaan|in op|bekendgemaakt|delen|verstrekken|mededelen)|openbaarmaking|schaden|raakt aan|kan ik (?:hier|daar)(?:over)? (?:geen|niets|niet)|geen (?:[\p{L}-]+\s+)?(?:uitspraken|mededelingen)|terughoudend)/iu;

const compiled = compileRules(confidentialRules);
const compiledGrounds = compileRules(groundsRules);

// "Lopend onderzoek" is a reason to withhold only when the answer also declines something.
const investigationNeedsDecline = /(?:kan|kunnen|ga|doe|doen) (?:ik|wij|we|het kabinet)? ?(?:niet|geen)|niet (?:op|in) ?(?:in|op)|geen (?:uitspraken|mededelingen)|niet vooruitlopen/iu;

/** Reads whether an answer refers to a confidential briefing or withholds on confidentiality grounds. */
export function judgeConfidential(answer: string, sentences = new AnswerSentences(answer)): Flag<boolean> {
	const evidence = findEvidence(answer, compiled).filter(hit => {
		if (hit.rule !== 'confidential.investigation') {
			return true;
		}

		const sentence = sentences.at(hit.start);
		return sentence !== undefined && investigationNeedsDecline.test(sentence.text);
	});

	// Grounds such as "nationale veiligheid" count only in a sentence that withholds something.
	for (const hit of findEvidence(answer, compiledGrounds)) {
		const sentence = sentences.at(hit.start);
		if (sentence !== undefined && withholding.test(sentence.text)) {
			evidence.push(hit);
		}
	}

	evidence.sort((a, b) => a.start - b.start);
	return {value: evidence.length > 0, evidence};
}
