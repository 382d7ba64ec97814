import type {Evidence} from './model.js';
import {followUp} from '../text/follow-up.js';
import {addressee} from './addressee.js';

/** One question sentence of a possibly compound question, with offsets into the question text. */
export type SubQuestion = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	/** True when this sentence is a genuine yes/no question. */
	readonly closed: boolean;
};

/** The closed/open reading of a whole question. */
export type ClosedReading = {
	readonly closed: boolean;
	readonly subQuestions: readonly SubQuestion[];
	/** The verb-first words of each yes/no sentence ("Bent u bekend", "Klopt het"). */
	readonly evidence: readonly Evidence[];
};

// Finite verbs that open a Dutch yes/no question ("Bent u…?", "Klopt het…?", "Is er…?").
// Collected from the questions in the seed letter and the corpus letters, plus their plural and
// past forms, because a yes/no question in Dutch is one that starts with its verb.
const yesNoVerbs = [
	'acht', 'achten', 'bent', 'ben', 'beschikt', 'beschikken', 'bestaat', 'bestaan', 'betekent', 'bevestigt',
	'blijft', 'blijven', 'brengt', 'deelt', 'delen', 'denkt', 'doet', 'doen', 'erkent', 'erkennen', 'gaat', 'gaan',
	'geldt', 'gelden', 'gelooft', 'had', 'hadden', 'heeft', 'hebt', 'hebben', 'herkent', 'houdt', 'is', 'kan',
	'kent', 'klopt', 'kloppen', 'komt', 'komen', 'kunt', 'kunnen', 'leidt', 'leiden', 'maakt', 'mag', 'mogen',
	'moet', 'moeten', 'neemt', 'nemen', 'onderschrijft', 'onderschrijven', 'ondersteunt', 'overweegt',
	'overwegen', 'sluit', 'speelt', 'spreekt', 'staat', 'staan', 'steunt', 'steunen', 'treft', 'valt', 'vallen',
	'verwacht', 'verwachten', 'vindt', 'vinden', 'voldoet', 'voldoen', 'vormt', 'was', 'waren', 'weet', 'weten',
	'werd', 'werden', 'wil', 'wilt', 'willen', 'wordt', 'worden', 'zal', 'zet', 'ziet', 'zien', 'zijn', 'zou',
	'zouden', 'zult', 'zullen', 'ken', 'biedt', 'bieden', 'levert', 'leveren', 'draagt', 'dragen', 'zorgt', 'helpt', 'werkt',
	'past', 'strookt', 'kost', 'krijgt', 'krijgen', 'geeft', 'geven', 'ontvangt', 'vergroot', 'verhoogt', 'beschouwt',
	'voelt', 'vreest', 'betreurt', 'garandeert', 'ervaart', 'rechtvaardigt', 'schiet', 'schieten', 'loopt', 'lopen',
];

// "Kunt u toelichten / aangeven / een overzicht geven…" asks for information, not for a yes or no.
// Long verbs may be glued to the word before them in PDF text ("aangevraagdreflecteren").
const informationVerbs = [
	'toelichten', 'toe te lichten', 'aangeven', 'aangegeven', 'aan te geven', 'uiteenzetten', 'uiteen te zetten', 'verklaren',
	'uitleggen', 'uit te leggen', 'beschrijven', 'schetsen', 'specificeren', 'overzicht', 'inzicht', 'reflecteren',
	'ingaan', 'in te gaan', 'verduidelijken', 'onderbouwen', 'motiveren', 'vertellen', 'weergeven', 'opsommen',
	'verhelderen', 'uitwerken', 'informeren', 'uitsplitsen', 'in kaart', 'inzichtelijk', 'reageren', 'appreciatie', 'appreciëren', 'uitsplitsing', 'benoemen', 'toelichting',
	'inventariseren', 'reconstrueren', 'inschatting', 'beschouwing', 'verslag doen',
	// Older letters: "Wil de Minister meedelen …", "Wilt u de Kamer inlichten …", "… een opsomming geven".
	'mededelen', 'mede te delen', 'meedelen', 'mee te delen', 'inlichten', 'in te lichten', 'opsomming', 'mededeling',
];
// Sending a document ("Kunt u de brief sturen?", "Kan de Kamer de correspondentie ontvangen?") is a yes/no request.
// ("… met de Kamer delen" sends a document, so it stays a yes/no request.)
// "Reactie" only as a word of its own: "voorzien van een kabinetsreactie" asks for none.
const shortInformationVerbs = [String.raw`(?<!kamer\s+)delen`, 'noemen', 'duiden', 'nader', 'precies', 'reactie'];
// …unless the request itself is for a yes or no: "Kunt u bevestigen / uitsluiten / garanderen…".
const yesNoRequestVerbs = /(?<![\p{L}])(?:bevestigen|uitsluiten|garanderen|toezeggen|beantwoorden|beloven|verzekeren)(?![\p{L}])/iu;
const informationRequest = new RegExp(
	String.raw`^(?:kunt|kan|wilt|wil|zou|zoudt|kunnen|zouden)\s*(?:${addressee}|de\s+kamer)(?![\p{L}])[^?]*?(?:(?:${informationVerbs.map(verb => verb.replaceAll(' ', String.raw`\s+`)).join('|')})|(?<![\p{L}])(?:${shortInformationVerbs.join('|')}))(?![\p{L}])`,
	'iu',
);

// The verb-first reading, without one large case-insensitive expression (those cost ~20 ms to compile,
// paid on the reviewer's first screen): the first word is looked up, and only short expressions run,
// on the lower-cased sentence. A yes/no question opens with a listed verb, or with any verb in -t
// followed by its subject ("Rechtvaardigt dit …?"); the reading keeps the subject and the next word.
const yesNoVerbSet = new Set(yesNoVerbs);
const notVerbs = new Set(['wat', 'niet', 'met', 'dat', 'het', 'tot', 'want', 'omdat', 'echt', 'welnu', 'toen', 'dit']);
const firstWord = /^(?:(?:en|of|ook)\s+)?(\p{L}+)/u;
const subjectAfterVerb = /\s+(?:u|dit|dat|het|er|zij|hij|men|deze|nederland)(?!\p{L})/uy;
const verbTail = /(?:\s+(?:u|er|het|dit|dat|de|deze|hier|daar|jullie|nederland|het\s+kabinet)(?!\p{L}))?(?:\s+\p{L}+)?/uy;

/** The text in lower case, letter for letter: a letter whose lower case is longer ("İ") stays as it is. */
function lowerInPlace(text: string): string {
	const lower = text.toLowerCase();
	return lower.length === text.length ? lower : text.replaceAll(/\p{L}/gu, letter => (letter.toLowerCase().length === letter.length ? letter.toLowerCase() : letter));
}

/** The verb-first words that open a yes/no question ("Bent u bekend", "Klopt het dat"), if it opens so. */
function verbFirst(text: string): string | undefined {
	const lower = lowerInPlace(text);
	const opening = firstWord.exec(lower);
	const word = opening?.[1];
	if (opening === null || word === undefined) {
		return undefined;
	}

	const end = opening[0].length;
	subjectAfterVerb.lastIndex = end;
	if (!yesNoVerbSet.has(word) && !(word.length >= 3 && word.endsWith('t') && !notVerbs.has(word) && subjectAfterVerb.test(lower))) {
		return undefined;
	}

	verbTail.lastIndex = end;
	return text.slice(0, end + verbTail.exec(lower)![0].length);
}

const alternativeQuestion = /,\s*of\s+(?:ook\s+|juist\s+|specifiek\s+|slechts\s+|alleen\s+|veeleer\s+)?(?:om|op|over|aan|voor|bij|naar|door)\s|\sof\s+(?:een\s+combinatie|juist|specifiek|slechts|alleen|andersom|omgekeerd)\b/iu;

// A leading clause ("Als u inzicht heeft …, gaat u dan …?") hides the verb after its comma.
const leadingClause = /^(?:als|indien|nu|gezien|gelet\s+op|terugkijkend|naar\s+aanleiding|in\s+het\s+licht|mede\s+gelet|ondanks|hoewel|wanneer\s+[^,?]*,)[^?]*?,\s*/iu;

const openQuestionWord = /^(?:wat|welke|welk|hoe|hoeveel|waarom|wanneer|waar|wie|waardoor|waarop|waarmee|waaraan|waarover|in\s+hoeverre|op\s+welke|in\s+welke)(?![\p{L}])/iu;
// A clause that opens with a finite verb and then its subject: the word order of a Dutch question.
const invertedSubject = /\s+(?:u|er|het|dit|dat|de|deze|die|jullie|nederland|het\s+kabinet)(?!\p{L})/uy;
function invertedClause(text: string): boolean {
	const lower = lowerInPlace(text);
	const word = /^\p{L}+/u.exec(lower)?.[0];
	if (word === undefined || !yesNoVerbSet.has(word)) {
		return false;
	}

	invertedSubject.lastIndex = word.length;
	return invertedSubject.test(lower);
}

/** Splits a question into its sentences ending in "?" (plus any text after the last one). */
export function splitQuestion(text: string): Array<{text: string; start: number; end: number}> {
	const parts: Array<{text: string; start: number; end: number}> = [];
	let start = 0;
	const push = (from: number, to: number) => {
		const raw = text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed.length > 0) {
			parts.push({text: trimmed, start: from + lead, end: from + lead + trimmed.length});
		}
	};

	for (let index = 0; index < text.length; index++) {
		if (text[index] === '?') {
			push(start, index + 1);
			start = index + 1;
		}
	}

	push(start, text.length);
	// Statements before a question in the same chunk ("Het ICJ stelt … . Deelt u …?") belong apart:
	// keep only the last sentence of each chunk as the question itself.
	return parts.map(part => {
		const cut = lastSentenceStart(part.text);
		return cut === 0 ? part : {text: part.text.slice(cut), start: part.start + cut, end: part.end};
	});
}

function lastSentenceStart(chunk: string): number {
	let cut = 0;
	let quoteDepth = 0;
	let scanned = 0;
	for (const match of chunk.matchAll(/[.!]\s*(?=[\p{Lu}])/gu)) {
		for (; scanned < match.index; scanned++) {
			const char = chunk[scanned];
			// Inside quotes or parentheses a full stop ends no sentence: «… report: Perilous…», "(FED. Loonbelasting…)".
			quoteDepth += char === '«' || char === '“' || char === '(' ? 1 : char === '»' || char === '”' || char === ')' ? -1 : 0;
		}

		const before = chunk.slice(Math.max(0, match.index - 4), match.index);
		if (quoteDepth > 0) {
			continue;
		}

		// "o.a. De", "nr. 12": abbreviations are not sentence ends.
		if (/(?:\b[a-z]|nr|jl|art|blz|mr|dr|ca|bijv|o\.a)$/iu.test(before)) {
			continue;
		}

		cut = match.index + match[0].length;
	}

	return cut < chunk.length - 1 ? cut : 0;
}

/** True when one question sentence is a genuine yes/no question; returns the verb-first words. */
export function readSentence(sentence: string): {closed: boolean; verb?: {text: string; at: number}} {
	// PDF text leaves a footnote number before the next sentence: "…tot stand gekomen?1 Was dit …?".
	// OCR leaves a stray letter before the first word ("T Bent u bereid …?").
	const text = sentence.replace(/^[\s(«"“'‘–-]+/u, '').replace(/^\d{1,2}\s+(?=\p{Lu})/u, '').replace(/^\p{Lu}\s+(?=\p{Lu}\p{Ll})/u, '');
	const lead = sentence.length - text.length;
	if (followUp.test(text)) {
		return {closed: false};
	}

	const candidates: Array<{text: string; at: number}> = [{text, at: lead}];
	const clause = leadingClause.exec(text);
	if (clause) {
		const rest = text.slice(clause[0].length).replace(/^(?:dan\s+)?/iu, '');
		candidates.push({text: rest, at: lead + text.length - rest.length});
	}

	// A statement that turns into a question after its last comma: "Uit cijfers blijkt dat 44% …,
	// zijn er soortgelijke cijfers voor zwemles?", "Met het project zal er waterstof worden
	// geproduceerd, voldoet het project aan de voorwaarden?". Not after an open question word.
	const lastComma = text.lastIndexOf(',');
	if (lastComma > 0 && !openQuestionWord.test(text)) {
		const rest = text.slice(lastComma + 1).trimStart();
		if (invertedClause(rest)) {
			candidates.push({text: rest, at: lead + text.length - rest.length});
		}
	}

	// "Gaat het om A, of om B?", "Is het gericht op A, B of een combinatie daarvan?": a choice, not a yes or no.
	if (alternativeQuestion.test(text)) {
		return {closed: false};
	}

	for (const candidate of candidates) {
		if (informationRequest.test(candidate.text) && !yesNoRequestVerbs.test(candidate.text)) {
			continue;
		}

		const verb = verbFirst(candidate.text);
		if (verb !== undefined) {
			return {closed: true, verb: {text: verb, at: candidate.at}};
		}
	}

	return {closed: false};
}

/** Whether a sentence of a question asks something: it ends in "?" and is more than a scrap of a quoted title. */
export function asksSomething(sentence: string): boolean {
	// A "?" inside a quoted title ("het artikel «Is Nederland klaar?»?") leaves a scrap without words.
	return sentence.endsWith('?') && /\p{L}{2,}/u.test(sentence) && !/^[»”"']/u.test(sentence);
}

/** How many separate things a question asks: its sub-questions, not counting follow-ups ("Zo nee, waarom niet?"). */
export function countAsks(subQuestions: readonly SubQuestion[]): number {
	return subQuestions.filter(sub => asksSomething(sub.text) && !followUp.test(sub.text.replace(/^[\s(«"“'‘–-]+/u, ''))).length;
}

// "Zo neen, ", "Zo ja, ", "Indien dat het geval is, ": the condition before a follow-up's own question.
const openingCondition = /^(?:zo\s*(?:ja|nee|neen|niet)|indien\s+(?:ja|nee|niet|dat\s+(?:zo|het\s+geval)\s+is)|zoja|zonee)\s*,\s*/iu;

function shifted(reading: ReturnType<typeof readSentence>, by: number): ReturnType<typeof readSentence> {
	return reading.verb ? {...reading, verb: {...reading.verb, at: reading.verb.at + by}} : reading;
}

/** Reads a whole question: its sub-questions and whether any is a genuine yes/no question. */
export function readQuestion(question: string): ClosedReading {
	const subQuestions: SubQuestion[] = [];
	const evidence: Evidence[] = [];
	for (const [index, part] of splitQuestion(question).entries()) {
		// Only sentences that ask count: a trailing statement without "?" is context, unless the
		// whole question has no question mark at all.
		const asks = part.text.endsWith('?') || !question.includes('?');
		// A numbered question may open with a follow-up to the one before it ("Zo neen, is de Minister
		// bereid …?"): its own question is read after the condition.
		const condition = index === 0 ? openingCondition.exec(part.text) : null;
		const reading = !asks ? {closed: false} : condition ? shifted(readSentence(part.text.slice(condition[0].length)), condition[0].length) : readSentence(part.text);
		subQuestions.push({...part, closed: reading.closed});
		if (reading.verb) {
			const start = part.start + reading.verb.at;
			evidence.push({rule: 'closed.verb-first', text: question.slice(start, start + reading.verb.text.length), start, end: start + reading.verb.text.length});
		}
	}

	return {closed: evidence.length > 0, subQuestions: subQuestions.filter(sub => sub.text.endsWith('?') || subQuestions.length === 1), evidence};
}
