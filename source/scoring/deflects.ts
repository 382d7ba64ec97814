import type {Evidence, Flag} from './model.js';
import {compileRules, findEvidence, type PhraseRule} from './patterns.js';
import type {AnswerSentences} from './sentences.js';
import {findDeclines} from './declines.js';
import {trimRange} from '../text/trim-range.js';
import {monthNames} from '../letter/dates.js';
import {speaker} from './addressee.js';

/** Pointing to another answer instead of answering. */
export const crossReferenceRules: readonly PhraseRule[] = [
	{name: 'deflects.cross-reference', phrases: [
		// The evidence takes in the numbers pointed to: "Zie het antwoord op vraag 6", "… op vragen 2 en 3".
		'zie (?:ook |hiervoor |daarvoor )?(?:het |mijn )?(?:antwoord|antwoorden|beantwoording) (?:(?:op|van|bij) )?(?:de )?vra(?:ag|gen)(?: \\d{1,3}(?:(?:, | en | t/m )\\d{1,3})*)?',
		'zie (?:ook )?(?:vraag|vragen) \\d+', 'zie (?:voorts|verder|tevens) (?:het )?(?:antwoord|antwoorden|beantwoording) (?:op|van|bij) (?:de )?vra(?:ag|gen)(?: \\d{1,3}(?:(?:, | en | t/m )\\d{1,3})*)?',
		'het antwoord op vraag \\d+ (?:geldt|is) (?:\\p{L}+\\s+){0,3}(?:ook|eveneens|mutatis|mutaties|hier)',
		'zoals (?:ook )?(?:\\p{L}+\\s+){0,3}(?:aangegeven|vermeld|toegelicht|gemeld|beschreven|uiteengezet|opgenomen|gesteld|genoemd|geantwoord|aangegeven) (?:in|bij) (?:het |de |mijn )?(?:antwoord|antwoorden|beantwoording) (?:op|van|bij) (?:de )?vra(?:ag|gen)(?: \\d{1,3}(?:(?:, | en | t/m )\\d{1,3})*)?',
		'zoals (?:ook )?(?:in|bij) (?:het |de |mijn )?(?:antwoord|antwoorden|beantwoording) (?:op|van|bij)? ?(?:de )?vra(?:ag|gen) \\d+(?:(?:, | en )\\d+)* (?:is )?(?:reeds |al |eerder )?(?:aangegeven|vermeld|toegelicht|gemeld|beschreven|opgenomen|gesteld|genoemd)',
		'zoals (?:hiervoor|hierboven|eerder|reeds|al) (?:is )?(?:aangegeven|vermeld|toegelicht|gemeld|beschreven|gesteld|genoemd)',
		`zoals ${speaker}? ?(?:in|bij) (?:de|het|mijn|een) (?:eerdere )?(?:beantwoording|antwoord|antwoorden) (?:\\p{L}+\\s+){0,6}(?:heb|hebben|heeft|is) (?:aangegeven|gemeld|toegelicht|vermeld|geantwoord|uiteengezet)`,
		'(?:verwijs|verwijzen) (?:ik|wij|we) (?:u )?(?:graag |kortheidshalve )?naar (?:het |de |mijn )?(?:antwoord|antwoorden|beantwoording)',
		// "Verwezen moge worden naar het antwoord op de vragen 3 en 5.", "Ik moge kortheidshalve verwijzen naar …".
		'(?:verwezen|verwijzen) (?:\\p{L}+\\s+){0,3}naar (?:het |de |mijn )?(?:antwoord|antwoorden|beantwoording) (?:op|van|bij) (?:de )?vra(?:ag|gen)(?: \\d{1,3}(?:(?:, | en | t/m )\\d{1,3})*)?',
		'(?:voor|in) (?:het|de) (?:antwoord|beantwoording) (?:op|van) (?:deze|die) vraag (?:verwijs|verwijzen)',
		'(?:ik|wij|we) (?:verwijs|verwijzen) (?:u )?(?:hiervoor|daarvoor|kortheidshalve|graag)? ?naar (?:het |de |mijn )?(?:antwoord|antwoorden|beantwoording)',
		`(?:ben|is|zijn) ${speaker}? ?(?:hier|daar)op (?:al |reeds )?(?:nader |uitgebreid )?ingegaan`, '(?:in|bij) (?:het|mijn) (?:antwoord|antwoorden|beantwoording) (?:op|van) (?:de )?(?:schriftelijke |eerdere )?vragen van (?:het lid|de leden)',
	]},
];

/** Sending the reader to a website or document instead of answering. */
export const referralRules: readonly PhraseRule[] = [
	{name: 'deflects.elsewhere', phrases: [
		'https?://\\S+', 'www\\.\\S+', '(?:is|zijn|staat|staan) (?:\\p{L}+\\s+){0,3}(?:terug )?te (?:vinden|raadplegen|lezen) (?:op|via|in)',
		'(?:terug te vinden|na te lezen|te raadplegen) (?:op|via|in)', 'via de volgende link', '(?:verwijs|verwijzen) (?:ik|wij|we) (?:u )?(?:graag |kortheidshalve )?naar (?:de|het|mijn) (?:website|brief|Kamerbrief|rapport|publicatie|nota|site)',
		'(?:ik|wij|we) (?:verwijs|verwijzen) (?:u )?(?:hiervoor |daarvoor |kortheidshalve |graag )?naar (?:de|het|mijn) (?:website|brief|Kamerbrief|rapport|publicatie|nota|site)',
		// Pointing to a (confidential) briefing or an earlier letter instead of answering here.
		'(?:verwijs|verwijzen) (?:ik|wij|we)? ?(?:u )?(?:\\p{L}+\\s+){0,3}naar (?:de|een) (?:vertrouwelijke )?(?:technische )?briefing',
		// "Op 3 maart heb ik u geïnformeerd dat de regeling wordt verlaagd" gives the answer in its dat-clause.
		'(?:bent u|is uw Kamer|is de Kamer|heb ik uw Kamer|heb ik u|heeft het kabinet uw Kamer|heeft het kabinet u) (?:[^\\s.?!]+\\s+){0,6}(?:geïnformeerd|ingelicht)(?! dat)',
	]},
];

/** Saying no overview or information exists where facts were asked for. */
export const noInformationRules: readonly PhraseRule[] = [
	{name: 'deflects.no-information', phrases: [
		'(?:er )?(?:is|bestaat|zijn) (?:\\p{L}+\\s+){0,3}geen (?:\\p{L}+\\s+){0,2}(?:overzicht|informatie|inzicht|zicht|gegevens|cijfers|data|registratie|landelijk beeld|beeld)',
		'geen (?:\\p{L}+\\s+){0,2}(?:overzicht|informatie|inzicht|gegevens|cijfers|data) (?:beschikbaar|bekend|voorhanden)',
		`(?:beschik|beschikt|beschikken) ${speaker}? ?(?:\\p{L}+\\s+){0,4}niet over (?:\\p{L}+\\s+){0,3}(?:gegevens|cijfers|informatie|overzicht|data)`,
		'(?:worden|wordt) (?:\\p{L}+\\s+){0,2}niet (?:centraal |landelijk |apart |afzonderlijk )?(?:geregistreerd|bijgehouden|vastgelegd|gemonitord)',
		'(?:houdt|houden) (?:\\p{L}+\\s+){0,2}geen (?:gegevens|cijfers|registratie|overzicht) bij', '(?:registreert|registreren|registreer) (?:\\p{L}+\\s+){0,2}niet',
		'geen (?:betrouwbare|actuele|landelijke|centrale|specifieke|aparte) (?:gegevens|cijfers|informatie|data|registratie)', '(?:kan|kunnen) (?:\\p{L}+\\s+){0,3}geen (?:\\p{L}+\\s+){0,1}(?:gegevens|cijfers) (?:aanleveren|geven|verstrekken)', 'is (?:mij|ons|het kabinet) niet bekend', 'niet (?:bekend|te zeggen|te bepalen|aan te geven|vast te stellen) (?:hoeveel|of|welke|wat|hoe)',
		'(?:valt|is) (?:\\p{L}+\\s+){0,2}niet (?:te zeggen|aan te geven|vast te stellen|te bepalen|te kwantificeren)', '(?:lastig|moeilijk) (?:te bepalen|vast te stellen|te zeggen|in te schatten|te voorspellen|te kwantificeren)',
		'niet mogelijk (?:om )?(?:een |dit |dat )?(?:overzicht|inzicht|uitsplitsing|schatting|inschatting|cijfers|aantallen)',
		'(?:is|zijn) (?:\\p{L}+\\s+){0,3}onbekend',
		// "Het is voor mij op korte termijn niet mogelijk om de gevraagde gegevens te leveren."
		'het is (?:\\p{L}+\\s+){0,6}niet mogelijk (?:om )?(?:de |deze )?(?:gevraagde )?(?:gegevens|cijfers|informatie|aantallen) te (?:leveren|geven|verstrekken|noemen)',
		'geen (?:\\p{L}+\\s+){0,2}(?:getal|cijfer|aantal|schatting|inschatting) (?:te )?(?:noemen|geven)',
		// "Een overzicht zoals gevraagd is ook niet binnen het tijdsbestek van deze vraagstelling te genereren."
		'(?:is|zijn) (?:ook )?niet (?:\\p{L}+\\s+){0,6}te (?:genereren|achterhalen|reconstrueren|leveren)', '(?:is|zijn) (?:op dit moment |momenteel |nog |helaas )?niet bekend', '(?:dat|dit|het) is (?:helaas )?niet mogelijk', '(?:beperkt|niet) inzichtelijk',
		`${speaker} (?:heb|hebben|heeft) (?:daar|hier)?(?:op )?geen (?:zicht|inzicht|informatie|gegevens)`,
		// "De organisator doet geen uitspraken over de aanwezigheid van …": the asked facts are not given.
		'(?:doet|doen|deed|deden) (?:\\p{L}+\\s+){0,2}geen (?:uitspraken|mededelingen) over',
		// "Er is over de precieze omvang van deze groep geen inzicht."
		'geen (?:precies |exact |volledig |goed |actueel )?(?:inzicht|zicht|overzicht)(?= ?[.;]| (?:in|op|van|over|beschikbaar)(?!\\p{L}))',
	]},
];

/** General policy language that stands in for the specifics asked. */
export const boilerplateRules: readonly PhraseRule[] = [
	{name: 'deflects.general', phrases: [
		'in (?:het )?algeme(?:en|ne zin)(?! ambtsbericht)', 'in het algemeen geldt', 'het wisselt (?:dus )?per',
		'(?:is|zijn) (?!(?:\\p{L}+\\s+){0,2}?niet )(?:\\p{L}+\\s+){0,2}afhankelijk van', 'het (?:is|hangt) (?:\\p{L}+\\s+){0,2}af(?:hankelijk)? van (?:de|het) (?:feiten|omstandigheden|situatie|context)',
		`(?:kan|kunnen) ${speaker} (?:hier|daar)?(?:op)? (?:nog )?niet (?:op )?vooruitlopen`, 'niet vooruit(?:lopen|loop)',
	]},
	{name: 'deflects.policy-line', phrases: [
		'het (?:kabinet|ministerie) (?:blijft|zet zich (?:ervoor )?in|spant zich in|hecht (?:groot |veel )?(?:belang|waarde))', 'zet(?:ten)? (?:ik|wij|we) (?:ons|mij) (?:onverminderd |actief )?in',
		`${speaker} (?:blijf|blijven|blijft) (?:\\p{L}+\\s+){0,3}(?:inzetten|aandacht|volgen|monitoren|in gesprek)`,
	]},
	{name: 'deflects.not-my-responsibility', phrases: [
		// "…ligt bijhet ziekenhuis zelf": PDF text glues the article to "bij".
		'(?:de )?verantwoordelijkheid (?:\\p{L}+\\s+){0,6}(?:ligt|liggen|berust) (?:primair |in de eerste plaats |allereerst )?bij(?:de|het|een)?', '(?:zijn|is) (?:\\p{L}+\\s+){0,2}zelf [^.?!]{0,60}?verantwoordelijk',
		'(?:het oordeel|de beoordeling|de keuze|het besluit|de afweging) [^.?!]{0,80}?(?:is|ligt) (?:primair |uiteindelijk )?(?:aan|bij) (?:de|het) (?!kabinet)',
		'(?:een|het|dat|dit) oordeel (?:\\p{L}+\\s+){0,2}(?:is|blijft) voorbehouden aan',
		'(?:het is|is het) (?:primair |in de eerste plaats |allereerst |uiteindelijk |vooral )?aan (?:de|het|een) (?!kabinet)[^.?!]{0,80}? om', '(?:ligt|is) (?:dit|dat|de keuze|het besluit) (?:primair )?(?:bij|aan) (?:de|het) (?!kabinet)\\p{L}+',
		'(?:vindt|vinden) (?:\\p{L}+\\s+){0,2}(?:lokaal|decentraal|regionaal) plaats', 'komt toe aan (?:de|het) (?:burgemeester|gemeente|gemeenten|rechter|OM|Openbaar Ministerie|bevoegd gezag)',
		'(?:is|zijn) (?:een )?(?:lokale|gemeentelijke|decentrale) (?:aangelegenheid|verantwoordelijkheid|bevoegdheid|afweging)',
	]},
];

const crossReferences = compileRules(crossReferenceRules);
const referrals = compileRules(referralRules);
const noInformation = compileRules(noInformationRules);
const boilerplate = compileRules(boilerplateRules);

/** Where a text says no overview or information exists ("Er is geen inzicht in …"). */
export function findNoInformation(text: string, offset = 0): Evidence[] {
	return findEvidence(text, noInformation, offset);
}

/** What the deflection judgement needs to know beyond the answer's own words. */
export type DeflectContext = {
	readonly closed: boolean;
	/** Whether the question's first sentence is the yes/no one (default: closed). "Wat zijn de effecten …?
	 * Zijn er cijfers …?" asks for facts first, so "Er zijn geen cijfers" leaves them out. */
	readonly opensClosed?: boolean;
	/** True when the answer opens with a clear yes or no. */
	readonly direct: boolean;
	/** Another (ungrouped) answer in the letter that this answer repeats, if any. */
	readonly repeats?: {readonly number: number; readonly start: number; readonly end: number};
	/** The questions sharing this answer word for word ("Antwoord op vragen 5, 6 en 7"), when there are several. */
	readonly sharedWith?: readonly number[];
	/** This question's number (see sharedWith). */
	readonly number?: number;
	/** How many separate questions the numbered question asks (see countAsks). */
	readonly asks?: number;
	/** The future flag of the same answer: a short answer that only defers has not answered. */
	readonly future?: Flag<boolean>;
	/** Whether the question asks when ("Wanneer…?", "Op welke termijn…?"): a date then answers it. */
	readonly asksWhen?: boolean;
};

// One answer written for this many questions or more answers the first of them; the later ones get
// the same general text and no answer of their own. (Two questions often are one question in two
// sentences.)
const sharedByMany = 3;

// An answer this short after its pointer has not added the asked substance itself.
const shortSubstanceWords = 25;
// Below these many words an implicit answer (see judgeDeflects), or one that only defers, has not
// given the specifics asked.
const shortImplicitWords = 40;
const shortDeferralWords = 60;
// One answer to this many separate questions is partial (as in clarity.ts).
const manyAsks = 3;
// Past this length a pointer to a website is a footnote to a real answer, not the answer.
const longAnswerWords = 130;

/** Reads whether an answer deflects instead of substantively answering what was asked. */
export function judgeDeflects(answer: string, sentences: AnswerSentences, context: DeflectContext): Flag<boolean> {
	const words = countWords(answer);
	const first = sentences.first;
	const inOpening = (hit: Evidence) => first !== undefined && hit.start < first.end;
	const evidence: Evidence[] = [];

	const pointers = findEvidence(answer, crossReferences);
	const pointerWords = pointers.reduce((sum, hit) => sum + countWords(hit.text), 0);
	if (pointers.some(hit => inOpening(hit)) && !context.direct) {
		evidence.push(...pointers);
	} else if (pointers.length > 0 && words - pointerWords < shortSubstanceWords && !context.direct) {
		evidence.push(...pointers);
	}

	const elsewhere = findEvidence(answer, referrals);
	if (elsewhere.length > 0 && words < longAnswerWords && !context.direct) {
		evidence.push(...elsewhere);
	}

	// "Er is geen overzicht" answers "Bestaat er een overzicht?"; it deflects a question asking for the facts.
	// Not knowing ("Het is mij niet bekend of…") deflects either kind when it is all the answer opens with.
	const missing = findEvidence(answer, noInformation);
	const ignorance = missing.filter(hit => inOpening(hit) && /niet bekend/iu.test(hit.text));
	const asksFacts = !(context.opensClosed ?? context.closed);
	if (asksFacts && (missing.some(hit => inOpening(hit)) || (missing.length > 0 && words < shortSubstanceWords * 2))) {
		evidence.push(...missing);
	} else if (!asksFacts && !context.direct && ignorance.length > 0) {
		evidence.push(...ignorance);
	}

	// Declining in the opening ("Ik ga niet in op individuele zaken") and going on in general terms
	// leaves the question unanswered; a no with its reasons is a position, and reads as direct.
	if (!context.direct) {
		evidence.push(...findDeclines(answer).filter(hit => inOpening(hit)).map(hit => ({...hit, rule: 'deflects.declines'})));
	}

	// A yes/no question left without a yes or no and answered with general terms or a policy line
	// ("Het wisselt dus per opdrachtgever", "Het kabinet blijft…") deflects wherever they stand; an
	// open question only when they open the answer or recur. Responsibility placed elsewhere counts in
	// the opening or twice ("Het is aan de zorgverzekeraars om…" deep in an answer is context).
	const general = findEvidence(answer, boilerplate);
	const generalCounts = general.some(hit => inOpening(hit)) || general.length >= 2 || (context.closed && general.some(hit => hit.rule !== 'deflects.not-my-responsibility'));
	if (!context.direct && generalCounts) {
		evidence.push(...general);
	}

	const shared = context.sharedWith ?? [];
	if (!context.direct && first !== undefined && shared.length >= sharedByMany && context.number !== undefined && shared.includes(context.number) && context.number !== Math.min(...shared)) {
		evidence.push({rule: `deflects.shared-by-questions-${shared.join('-')}`, text: first.text, start: first.start, end: first.end});
	}

	// A short answer that leaves a yes/no question without a yes or no, or gives one short answer to
	// three or more questions, has no room for the specifics asked (readers called 10 of the 18 such
	// answers in 17 labelled letters deflecting). Its evidence is the whole answer.
	const implicit = !context.direct && ((context.closed && (context.opensClosed ?? context.closed)) || (context.asks ?? 1) >= manyAsks);
	if (evidence.length === 0 && implicit && words < shortImplicitWords) {
		const [from, to] = trimRange(answer, 0, answer.length);
		evidence.push({rule: 'deflects.short-implicit', text: answer.slice(from, to), start: from, end: to});
	}

	// A short answer that only defers ("Het hoofdlijnenakkoord zal in de komende periode verder
	// uitgewerkt worden … wordt daarin meegenomen") puts a later step in place of the answer; to a
	// question asking when, the date is the answer.
	// An answer that opens by stating a figure ("Ongeveer drie miljoen mensen betalen deze belasting. Ik zal
	// uw Kamer later dit jaar informeren…") gives substance before it promises.
	if (evidence.length === 0 && !context.direct && !context.asksWhen && context.future?.value === true && words < shortDeferralWords && !opensWithFigure(first, context.future.evidence)) {
		evidence.push(...context.future.evidence.map(hit => ({...hit, rule: 'deflects.defers'})));
	}

	if (context.repeats) {
		evidence.push({rule: `deflects.repeats-answer-${context.repeats.number}`, text: answer.slice(context.repeats.start, context.repeats.end), start: context.repeats.start, end: context.repeats.end});
	}

	evidence.sort((a, b) => a.start - b.start);
	return {value: evidence.length > 0, evidence};
}

const wordCounts = new Map<string, number>();
const letterOrDigit = /[\p{L}\p{N}]/u;
// Whether each of the first 256 code points is a letter or digit: a table, as this runs on every answer.
const latinWordCharacters = Uint8Array.from({length: 256}, (_, code) => (letterOrDigit.test(String.fromCodePoint(code)) ? 1 : 0));

/** Number of words (runs of letters and digits) in a text; the last few answers' counts are kept. */
export function countWords(text: string): number {
	let count = wordCounts.get(text);
	if (count === undefined) {
		count = 0;
		let inWord = false;
		for (let index = 0; index < text.length; index++) {
			const code = text.codePointAt(index)!;
			const isWord = code < 256 ? latinWordCharacters[code] === 1 : letterOrDigit.test(String.fromCodePoint(code));
			if (code > 0xFFFF) {
				index++;
			}

			if (isWord && !inWord) {
				count++;
			}

			inWord = isWord;
		}

		if (wordCounts.size > 16) {
			wordCounts.clear();
		}

		wordCounts.set(text, count);
	}

	return count;
}

// A figure: digits, or a Dutch number word ("drie miljoen", "de helft").
// Not a year or a date ("In 2023 …", "de brief van 12 maart"), and not "acht" ("in acht genomen").
const figure = new RegExp(String.raw`(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,]\d+)*(?!\s*(?:${monthNames})(?![\p{L}]))|(?<![\p{L}])(?:twee|drie|vier|vijf|zes|zeven|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|honderd|duizend|miljoen|miljard|procent|helft)(?![\p{L}])`, 'iu');

/** Whether the answer's first sentence states a figure and promises nothing ("vóór 1 juli" is no figure). */
function opensWithFigure(first: {readonly text: string; readonly start: number; readonly end: number} | undefined, promises: readonly Evidence[]): boolean {
	return first !== undefined && figure.test(first.text) && !promises.some(span => span.start < first.end && span.end > first.start);
}

