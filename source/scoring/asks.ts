import type {Ask, AskKind, Evidence, Flag, YesNo} from './model.js';
import {asksSomething, readSentence, splitQuestion} from './closed.js';
import {compileRules, findEvidence} from './patterns.js';
import {askRules} from './ask-rules.js';
import {findNoInformation} from './deflects.js';
import {findDeclines} from './declines.js';
import {deadlineRules} from './future.js';
import {splitSentences, type Sentence} from './sentences.js';
import {followUp} from '../text/follow-up.js';

/** One thing a question asks, before the answer is read: offsets into the question. */
export type AskSpan = {
	readonly text: string;
	readonly start: number;
	readonly end: number;
	readonly kind: AskKind;
};

// Question words that open a new ask inside one sentence: "Welke stappen zijn gezet, wie is
// verantwoordelijk en wanneer ontvangt de Kamer de rapportage?" asks three things.
const askWords = String.raw`welke|welk|wie|wat|wanneer|waarom|hoe|hoeveel|waar|waardoor|waarmee|waarop|in\s+hoeverre|op\s+welke|in\s+welke|om\s+welke|door\s+wie|bij\s+wie|met\s+wie|per\s+wanneer|binnen\s+welke`;
// A list of asks is joined by a comma, "en", "of" or a semicolon before the next question word.
const askJoint = new RegExp(String.raw`(?:,\s*(?:en|of|en\s+zo\s+ja)?|\s+en|\s+of|;)\s+(?=(?:${askWords})(?![\p{L}]))`, 'giu');
// A part that is nothing but a question word ("Hoe", "Waarom en") before "en wanneer …".
const onlyAskWords = new RegExp(String.raw`^(?:${askWords})[\s,]*$`, 'iu');
// Fewer words than this after a joint is a fragment ("… en hoe?"), not an ask of its own.
const minimumAskWords = 2;

// Kinds by the words an ask opens with (after "Kunt u aangeven" and the like): first match wins.
const kindOpeners: ReadonlyArray<readonly [AskKind, RegExp]> = [
	['how-many', /^(?:hoeveel|hoe\s+(?:vaak|veel|groot|hoog|lang\s+duurt|zwaar)|om\s+hoeveel|welk\s+(?:bedrag|percentage|aantal)|wat\s+(?:is|zijn|waren|was)\s+(?:de|het)\s+(?:omvang|aantal|aantallen|kosten|bedrag|hoogte|percentage|totale)|in\s+hoeveel)(?![\p{L}])/iu],
	['when', /^(?:wanneer|per\s+wanneer|op\s+welke\s+termijn|binnen\s+welke\s+termijn|hoe\s+lang|vanaf\s+wanneer|tot\s+wanneer|op\s+welk\s+moment|in\s+welk\s+jaar)(?![\p{L}])/iu],
	['why', /^(?:waarom|om\s+welke\s+reden(?:en)?|wat\s+(?:is|zijn|was|waren)\s+de\s+(?:reden|redenen|oorzaak|oorzaken|achtergrond|overwegingen)|waardoor|hoe\s+(?:komt|verklaart|valt)\s+(?:het|dit|dat|u))(?![\p{L}])/iu],
	['who', /^(?:wie|door\s+wie|bij\s+wie|met\s+wie|aan\s+wie|welke\s+(?:bewindspersoon|minister|partij|partijen|instantie|instanties|organisatie|organisaties|personen|persoon))(?![\p{L}])/iu],
	['how', /^(?:hoe|op\s+welke\s+(?:wijze|manier)|in\s+hoeverre|langs\s+welke\s+weg)(?![\p{L}])/iu],
	['which', /^(?:welke|welk|in\s+welke|op\s+welke|bij\s+welke|aan\s+welke|met\s+welke|van\s+welke|voor\s+welke|uit\s+welke|waar|waaraan|waarop|waarmee|waarin)(?![\p{L}])/iu],
	['what', /^(?:wat|waarover)(?![\p{L}])/iu],
];
// "Kunt u aangeven welke …", "Wilt u toelichten waarom …": the ask is the question word's.
const embeddedOpener = new RegExp(String.raw`^(?:kunt|kan|wilt|wil|zou|zoudt|kunnen|zouden)\s+(?:u|de\s+(?:minister|staatssecretaris|regering)|het\s+kabinet)(?![\p{L}])[^?]*?(?<![\p{L}])(?=(?:${askWords})(?![\p{L}]))`, 'iu');
// Asking for a document, a list or figures: "Kunt u de brief naar de Kamer sturen?", "Kunt u een overzicht geven …?".
const requestWords = /^(?:kunt|kan|wilt|wil|zou|zoudt|bent)\s+(?:u|de\s+(?:minister|staatssecretaris|regering)|het\s+kabinet)(?![\p{L}])[^?]*?(?<![\p{L}])(?:overzicht|overzichten|lijst|tabel|(?:sturen|toesturen|toezenden|zenden|verstrekken|openbaar\s+maken|openbaarmaken|publiceren|delen)(?![\p{L}])|(?:de|het|deze|dit|die|dat)\s+(?:[\p{L}-]+\s+){0,3}(?:brief|rapport|rapportage|notitie|nota|advies|adviezen|stukken|correspondentie|documenten|document|verslag|evaluatie|onderzoek|analyse|cijfers|gegevens)\s+(?:[^?]*\s)?(?:ontvangen|krijgen))/iu;
// "Kunt u aangeven / toelichten / uitleggen …" without a question word asks for an explanation.
const explainRequest = /^(?:kunt|kan|wilt|wil|zou|zoudt)\s+(?:u|de\s+(?:minister|staatssecretaris|regering)|het\s+kabinet)(?![\p{L}])/iu;

/** The kind of one ask, from its opening words. */
export function askKind(text: string): AskKind {
	const plain = text.replace(/^[\s(«"“'‘–-]+/u, '').replace(/^\d{1,2}\s+(?=\p{Lu})/u, '').replace(/^(?:en|of|ook|tot\s+slot|verder|tenslotte|ten\s+slotte)[\s,]+/iu, '');
	if (requestWords.test(plain)) {
		return 'request';
	}

	const embedded = embeddedOpener.exec(plain);
	const opening = embedded ? plain.slice(embedded[0].length) : plain;
	for (const [kind, opener] of kindOpeners) {
		if (opener.test(opening)) {
			return kind;
		}
	}

	if (readSentence(plain).closed) {
		return 'yes-no';
	}

	return explainRequest.test(plain) ? 'what' : 'other';
}

/** Splits a question into the things it asks, in order; conditional follow-ups join the ask before them. */
export function splitAsks(question: string): AskSpan[] {
	const sentences = splitQuestion(question).filter(part => asksSomething(part.text));
	if (sentences.length === 0) {
		// No question mark at all ("Graag een overzicht van …"): the whole text is one ask.
		const text = question.trim();
		const start = question.indexOf(text);
		return text === '' ? [] : [{text, start, end: start + text.length, kind: askKind(text)}];
	}

	const asks: AskSpan[] = [];
	for (const sentence of sentences) {
		const lead = sentence.text.replace(/^[\s(«"“'‘–-]+/u, '');
		const previous = asks.at(-1);
		if (previous !== undefined && followUp.test(lead)) {
			// "Zo nee, waarom niet?" belongs to the ask before it: the ask reaches to its end.
			asks[asks.length - 1] = {...previous, text: question.slice(previous.start, sentence.end), end: sentence.end};
			continue;
		}

		// "Hoe en wanneer geeft het kabinet uitvoering …?": question words alone before a joint ask
		// their own thing about the clause that follows, so each gets the whole clause.
		let pending: AskKind[] = [];
		let pendingStart: number | undefined;
		for (const part of splitAtJoints(sentence.text)) {
			const start = sentence.start + part.start;
			const end = start + part.text.length;
			if (onlyAskWords.test(part.text)) {
				pending.push(askKind(`${part.text} x`));
				pendingStart ??= start;
				continue;
			}

			const from = pendingStart ?? start;
			const text = question.slice(from, end);
			for (const kind of [...pending, askKind(question.slice(start, end))]) {
				asks.push({text, start: from, end, kind});
			}

			pending = [];
			pendingStart = undefined;
		}
	}

	return asks;
}

/** One question sentence cut before each question word that a comma, "en" or "of" joins on. */
function splitAtJoints(sentence: string): Array<{text: string; start: number}> {
	const cuts: number[] = [];
	askJoint.lastIndex = 0;
	for (const match of sentence.matchAll(askJoint)) {
		const at = match.index + match[0].length;
		const rest = sentence.slice(at);
		// "… weet wie wat doet", "… en wat dat betekent": a clause needs a few words of its own.
		if ((rest.match(/[\p{L}\p{N}]+/gu) ?? []).length > minimumAskWords) {
			cuts.push(match.index);
		}
	}

	const parts: Array<{text: string; start: number}> = [];
	let from = 0;
	for (const cut of [...cuts, sentence.length]) {
		const raw = sentence.slice(from, cut);
		const lead = raw.length - raw.trimStart().replace(/^(?:,|;|en(?![\p{L}])|of(?![\p{L}]))\s*/iu, '').length;
		const text = raw.slice(lead).trimEnd();
		if (text !== '') {
			parts.push({text, start: from + lead});
		}

		from = cut;
	}

	return parts;
}

const timePhrases = compileRules(deadlineRules.map(rule => ({...rule, name: 'asks.when.time'})));
const compiledRules = new Map(askRules.map(rule => [rule.name, compileRules([rule])]));
const rules = (name: string) => compiledRules.get(name) ?? [];

// Words that carry no content when matching an ask to the answer's sentences.
const stopWords = new Set([
	'aan', 'als', 'bij', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een', 'en', 'er', 'het', 'hun', 'in', 'is', 'met', 'na', 'naar',
	'niet', 'nog', 'of', 'om', 'op', 'ook', 'over', 'te', 'tot', 'u', 'uit', 'van', 'voor', 'was', 'wat', 'wel', 'werd', 'wordt',
	'zijn', 'zich', 'zo', 'kunt', 'kan', 'welke', 'welk', 'wie', 'wanneer', 'waarom', 'hoe', 'hoeveel', 'waar', 'heeft', 'hebt',
	'hebben', 'bent', 'wilt', 'zou', 'zal', 'gaat', 'worden', 'deelt', 'aangeven', 'toelichten', 'daarbij', 'daarvan', 'hiervan',
	'hierbij', 'dan', 'wel', 'meer', 'geen', 'zoals', 'mogelijk', 'kabinet', 'minister', 'staatssecretaris', 'regering', 'uw', 'mijn',
	'ons', 'onze', 'hier', 'daar', 'alle', 'andere', 'worden', 'waren', 'kunnen', 'moeten', 'zullen', 'hierover', 'daarover', 'inmiddels',
]);
const stemLength = 6;

/** The content words of a text, cut to their first letters so inflections and compounds meet. */
function contentStems(text: string): Set<string> {
	return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
		.filter(word => word.length >= 4 && !stopWords.has(word))
		.map(word => word.slice(0, stemLength)));
}

// The content words of the current answer's sentences: every ask of the answer compares with every
// sentence, so each sentence is cut into words once (judgeAsks clears it for each answer).
const sentenceStems = new Map<string, Set<string>>();

/** How many of the ask's content words a sentence shares. */
function overlap(ask: ReadonlySet<string>, sentence: string): number {
	let stems = sentenceStems.get(sentence);
	if (stems === undefined) {
		stems = contentStems(sentence);
		sentenceStems.set(sentence, stems);
	}

	let shared = 0;
	for (const stem of stems) {
		shared += ask.has(stem) ? 1 : 0;
	}

	return shared;
}

/** What the asks reader needs of the answer's other judgements. */
export type AskContext = {
	/** The yes or no the direct reading heard, for the question's first yes/no ask. */
	readonly direct: Flag<YesNo>;
};

// "Welke stappen zijn gezet?": any named measure in the answer is one of the steps, whatever its words.
const genericAction = /^(?:welke|wat\s+voor)\s+(?:[\p{L}-]+\s+){0,2}?(?:stappen|maatregelen|acties|initiatieven|inspanningen|activiteiten|afspraken|instrumenten)(?![\p{L}])/iu;

// An answer this short is about every ask it is given: there is nothing else in it.
const shortAnswerSentences = 2;

/** Reads every ask of a question and whether the answer addresses it, with the words that do. */
export function judgeAsks(question: string, answer: string | null, context: AskContext): Ask[] {
	const spans = splitAsks(question);
	if (answer === null || answer.trim() === '') {
		return spans.map(span => ({...span, addressed: null, evidence: []}));
	}

	const sentences = splitSentences(answer);
	sentenceStems.clear();
	const refused = [...findDeclines(answer), ...findNoInformation(answer)];
	let yesNoSeen = false;
	return spans.map(span => {
		const stems = contentStems(span.text);
		// The sentences that speak to this ask: the ones sharing most of its content words (ties: the
		// earliest), or all of a short answer.
		const scored = sentences.map(sentence => ({sentence, shared: overlap(stems, sentence.text)}));
		const best = Math.max(0, ...scored.map(each => each.shared));
		const short = sentences.length <= shortAnswerSentences;
		const relevant = short || best === 0
			? sentences
			: scored.filter(each => each.shared >= Math.max(1, Math.ceil(best / 2))).map(each => each.sentence);
		const firstYesNo = span.kind === 'yes-no' && !yesNoSeen;
		yesNoSeen ||= span.kind === 'yes-no';
		// In a longer answer, an ask whose words no sentence takes up is not spoken to: the answer is
		// about something nearby ("welke bewindspersoon is eerstverantwoordelijk" in an answer on policy).
		const speaks = short || best > 0 || genericAction.test(span.text);
		// The same words found twice ("zoals" in three sentences) are shown once.
		const evidence = addressing(span, answer, relevant, sentences, speaks, firstYesNo ? context.direct : undefined, refused)
			.filter((hit, index, all) => all.findIndex(other => other.text === hit.text) === index);
		return {...span, addressed: evidence.length > 0, evidence};
	});
}

/** The evidence that the answer addresses one ask; none when it does not. */
function addressing(span: AskSpan, answer: string, relevant: readonly Sentence[], all: readonly Sentence[], speaks: boolean, direct: Flag<YesNo> | undefined, refused: readonly Evidence[]): Evidence[] {
	const inRelevant = (hits: readonly Evidence[]) => hits.filter(hit => relevant.some(sentence => hit.start >= sentence.start && hit.end <= sentence.end));
	// A sentence that says the facts are unknown, or declines, answers no ask of facts.
	const declined = (sentence: Sentence) => refused.some(hit => hit.start >= sentence.start && hit.end <= sentence.end);
	const substantive = relevant.filter(sentence => !declined(sentence));
	switch (span.kind) {
		case 'yes-no': {
			if (direct !== undefined) {
				return direct.value === null ? [] : direct.evidence.map(hit => ({...hit, rule: `asks.yes-no.${hit.rule}`}));
			}

			return inRelevant(findEvidence(answer, rules('asks.yes-no.position'))).slice(0, 1);
		}

		case 'when': {
			const times = inRelevant([...findEvidence(answer, timePhrases), ...findEvidence(answer, rules('asks.when.date'))]).filter(hit => !declined(sentenceOf(all, hit)));
			return times.length > 0 ? times.slice(0, 2) : alreadyDone(span, relevant);
		}

		case 'how-many': {
			return inRelevant(findEvidence(answer, rules('asks.how-many.figure'))).filter(hit => !declined(sentenceOf(all, hit))).slice(0, 3);
		}

		case 'why': {
			return inRelevant(findEvidence(answer, rules('asks.why.reason'))).slice(0, 2);
		}

		case 'which':
		case 'who': {
			if (!speaks) {
				return [];
			}

			const named = inRelevant([...findEvidence(answer, rules('asks.which.list')), ...namedItems(substantive)]);
			return named.filter(hit => !declined(sentenceOf(all, hit))).slice(0, 3);
		}

		case 'request': {
			const given = findEvidence(answer, rules('asks.request.given'));
			const reasons = findEvidence(answer, rules('asks.why.reason'));
			const refusal = refused.length > 0 && reasons.length > 0 ? [refused[0]!, reasons[0]!] : [];
			const figures = findEvidence(answer, rules('asks.how-many.figure'));
			return [...given.slice(0, 2), ...refusal, ...(figures.length >= 3 ? figures.slice(0, 3) : [])].sort((a, b) => a.start - b.start);
		}

		default: {
			// What, how and anything else: a sentence that speaks to the ask's words and is not a refusal.
			if (!speaks) {
				return [];
			}

			const stems = contentStems(span.text);
			const answering = substantive.filter(sentence => overlap(stems, sentence.text) > 0 || relevant.length === all.length);
			const sentence = answering[0];
			return sentence === undefined ? [] : [{rule: `asks.${span.kind}.speaks-to`, text: sentence.text, start: sentence.start, end: sentence.end}];
		}
	}
}

// A past participle after its auxiliary ("zijn … georganiseerd", "is reeds vastgesteld"): the thing asked about has happened.
const perfect = /(?<![\p{L}])(?:is|zijn|werd|werden|heeft|hebben|heb)\s+(?:[\p{L}-]+\s+){0,5}?(ge[\p{L}]{3,}(?:d|t|en))(?![\p{L}])/giu;

/**
 * "Wanneer gaat het kabinet de voorzieningen rijksbreed organiseren?" — "De genoemde voorzieningen
 * zijn rijksbreed georganiseerd.": the answer says it is done, which answers when (already).
 */
function alreadyDone(span: AskSpan, relevant: readonly Sentence[]): Evidence[] {
	const stems = contentStems(span.text);
	for (const sentence of relevant) {
		if (overlap(stems, sentence.text) < 2) {
			continue;
		}

		for (const match of sentence.text.matchAll(perfect)) {
			const participle = match[1]!.toLowerCase();
			// The participle of a verb the ask names: "georganiseerd" for "organiseren".
			const verb = participle.slice(2, 2 + stemLength);
			if ([...stems].some(stem => stem.startsWith(verb.slice(0, 4)) || verb.startsWith(stem.slice(0, 4)))) {
				const at = sentence.start + match.index;
				return [{rule: 'asks.when.already-done', text: match[0], start: at, end: at + match[0].length}];
			}
		}
	}

	return [];
}

function sentenceOf(sentences: readonly Sentence[], hit: Evidence): Sentence {
	return sentences.find(sentence => hit.start >= sentence.start && hit.start < sentence.end) ?? {text: '', start: hit.start, end: hit.end};
}

// A proper name or an abbreviation inside a sentence ("de Autoriteit Persoonsgegevens", "het NCSC"): a named item.
const nameInside = /(?<=[\p{Ll}\p{N},;:)]\s+(?:de\s+|het\s+|een\s+)?)(?:\p{Lu}[\p{L}-]*\p{L}|\p{Lu}{2,})(?:\s+(?:\p{Lu}[\p{L}-]*|van|voor|en|der|de)){0,4}(?<=\p{L})/gu;

/** Names and abbreviations past the start of a sentence: the items a "which" or "who" ask wants named. */
function namedItems(sentences: readonly Sentence[]): Evidence[] {
	const found: Evidence[] = [];
	for (const sentence of sentences) {
		for (const match of sentence.text.matchAll(nameInside)) {
			const name = match[0].replace(/\s+(?:van|voor|en|der|de)$/u, '');
			found.push({rule: 'asks.which.named', text: name, start: sentence.start + match.index, end: sentence.start + match.index + name.length});
		}
	}

	return found;
}
