import type {Evidence, Flag, YesNo} from './model.js';
import {readQuestion, type ClosedReading} from './closed.js';
import {compileRules, findEvidence, type PhraseRule} from './patterns.js';
import {findNoInformation} from './deflects.js';
import {addressee, speaker} from './addressee.js';
import {AnswerSentences} from './sentences.js';
import {clauseAround} from '../text/clause.js';
import {monthNames} from '../letter/dates.js';

// A clear yes or no stands at the start of an answer: only its opening sentences are read,
// so that "er is geen…" deep in an explanation is not taken for the answer to the question.
const openingSentences = 2;

// What a "Deelt u de … dat …?" question asks the minister to share: "Die aanname deel ik niet".
const views = 'mening|opvatting|analyse|conclusie|constatering|aanname|stelling|visie|inschatting|verwachting|observatie|zienswijze|interpretatie';

/** Phrases that say yes to a yes/no question. */
export const yesRules: readonly PhraseRule[] = [
	{name: 'direct.yes', phrases: ['^ja', 'ja, (?:dat|die|deze|dit|ik|het|wij|we)']},
	{name: 'direct.yes.agrees', phrases: [
		'(?<!of )dat klopt(?! niet)', 'dit klopt(?! niet)', 'het klopt (?:inderdaad )?dat', 'dat is (?:juist|correct|het geval|waar)', 'dit is (?:juist|correct|het geval)',
		`(?:die|deze|dat|dit) (?:${views}|zorg|zorgen) (?:deel|delen|onderschrijf|onderschrijven) ${speaker}(?! niet)(?! geheel)`,
		// "Ik deel de inschatting van de NCTV niet volledig": a "niet" later in the clause takes the yes back.
		`${speaker} (?:deel|delen|onderschrijf|onderschrijft|onderschrijven) (?:die|deze|de|dat|dit|uw) (?:${views}|zorg|zorgen|verklaring|oproep)(?![^.,;:?!]*(?<!\\p{L})niet(?!\\p{L}))`,
		'(?:dat|dit) (?:kan|kunnen) (?:ik|wij|we) bevestigen', `${speaker} (?:kan|kunnen) (?:dat|dit )?bevestigen`,
		`${speaker} (?:ben|is|zijn) (?:daartoe|hiertoe|daar toe|hier toe|graag)? ?bereid`,
		`(?:daartoe|hiertoe) (?:ben|is|zijn) ${speaker} bereid`,
		// "…, ben ik desgevraagd uiteraard bereid de gemeente bij te staan": the verb before its subject after a clause.
		`(?:ben|is|zijn) ${speaker} (?:(?!niet\\s|geenszins\\s|nauwelijks\\s)\\p{L}+\\s+){0,3}bereid`,
	]},
	// The closing request of many letters, "Kunt u deze vragen afzonderlijk beantwoorden?": "De vragen
	// zijn zoveel mogelijk afzonderlijk van elkaar beantwoord." ("Zo spoedig mogelijk beantwoord" does not
	// say they were answered in time.)
	{name: 'direct.yes.answered', phrases: ['(?:de|deze|alle) vragen (?:zijn|worden) (?!(?:\\p{L}+\\s+){0,6}?(?:zo (?:spoedig|snel)|niet))(?:\\p{L}+\\s+){0,6}beantwoord', '(?:heb|hebben) (?:ik|wij|we) (?:de|deze|alle) vragen (?!(?:\\p{L}+\\s+){0,6}?(?:zo (?:spoedig|snel)|niet))(?:\\p{L}+\\s+){0,6}beantwoord', '(?:ik|wij|we) (?:heb|hebben) (?:de|deze|alle) vragen (?!(?:\\p{L}+\\s+){0,6}?(?:zo (?:spoedig|snel)|niet))(?:\\p{L}+\\s+){0,6}beantwoord']},
	{name: 'direct.yes.confirms', phrases: ['^(?:natuurlijk|uiteraard|zeker|absoluut|ontegenzeggelijk)(?! niet)', 'bevestigd kan worden', '^het is (?:inderdaad )?(?:juist|waar|correct) dat', '^(?:dit|dat) (?:is|was) (?:inderdaad )?(?:juist|waar)', '^het antwoord (?:op deze vraag )?(?:luidt|is) bevestigend', '(?:wordt|worden|kan|kunnen) (?:\\p{L}+\\s+){0,3}bevestigend (?:beant-?\\s*woord|worden beant-?\\s*woord)', 'inderdaad(?! niet)(?! geen)', '(?:dit|dat) komt overeen met', '(?:dat|dit) is (?:inderdaad )?het geval']},
	{name: 'direct.yes.aware', phrases: [
		'(?:ik|wij|we|het kabinet|nederland|de regering) (?:ben|is|zijn) (?:(?!niet\\s)\\p{L}+\\s+){0,1}(?:bekend|op de hoogte)(?! niet)', `${speaker} (?:heb|hebben|heeft) (?:kennis genomen|kennisgenomen)`,
		`(?:daar|hier)mee (?:ben|is|zijn) ${speaker} bekend`, '(?:ik|wij|we) (?:heb|hebben) (?:het|dit|dat|de|deze) (?:bericht|artikel|rapport|brief|uitzending|onderzoek|nieuwsbericht|item) (?:\\p{L}+\\s+){0,2}(?:gelezen|gezien|bekeken|ontvangen)', '(?:dat|dit|het) (?:bericht|artikel|rapport|onderzoek) is (?:mij|ons) bekend',
		// "Is het de Staatssecretaris bekend, dat …?" — "Uit ambtsberichten is mij gebleken dat …".
		'(?:is|zijn) (?:mij|ons|het kabinet) (?:gebleken|bekend) dat',
		// "Is het bekend, dat …?" — "Dat is mij bekend.", "Deze signalen zijn ons uiteraard bekend."
		'^(?:dat|dit|het|deze|die)(?: (?!niet\\s)\\p{L}+){0,2} (?:is|zijn) (?:mij|ons|het kabinet) (?:(?:wel|inderdaad|uiteraard|zeker|ook) )?bekend(?! of)(?!\\p{L})',
	]},
];

/** Phrases that say no to a yes/no question. */
export const noRules: readonly PhraseRule[] = [
	{name: 'direct.no', phrases: ['^nee', '^neen']},
	{name: 'direct.no.denies', phrases: [
		'dat klopt niet', 'dit klopt niet', 'het klopt niet', '(?:is|zijn) (?:vooralsnog |op dit moment |nu |thans )?niet aan de orde', '(?:dat|dit) is niet (?:juist|correct|het geval|waar)', '(?:dat|dit) is geenszins het geval',
		`(?:die|deze|dat|dit) (?:${views}) (?:deel|delen|onderschrijf|onderschrijven) ${speaker} niet`,
		`${speaker} (?:deel|delen|onderschrijf|onderschrijft|onderschrijven) (?:die|deze|de|dat|dit|uw) (?:${views}) niet`,
		`${speaker} (?:ben|is|zijn) (?:daartoe|hiertoe|daar toe|hier toe)? ?niet bereid`, `(?:daartoe|hiertoe) (?:ben|is|zijn) ${speaker} niet bereid`, `(?:ben|is|zijn) ${speaker} (?:\\p{L}+\\s+){0,3}(?:niet|geenszins) bereid`,
		'(?:dat|dit) (?:kan|kunnen) (?:ik|wij|we) niet (?:bevestigen|uitsluiten)', `${speaker} (?:kan|kunnen) (?:dat|dit) niet (?:bevestigen|uitsluiten)`,
		// "Er is door het ministerie voorafgaand aan het debat geen contact geweest met …" (not "Er is vastgesteld dat geen …").
		'^er (?:bestaat|bestaan|is|zijn) (?:geen|nog geen)', '^er (?:is|zijn) (?:door|in|op|bij|voorafgaand|sinds|tot|vanuit) (?:(?!(?:dat|die|wel|sprake|maar)\\s)[^\\s.,;:?!]+\\s+){1,20}geen(?!\\p{L})', `${speaker} (?:ben|is|zijn) (?:daar|hier)?(?:mee)? ?niet (?:bekend|op de hoogte)`,
		'(?:dat|dit|het) (?:bericht|artikel|rapport|onderzoek) is (?:mij|ons) niet bekend', 'niet dat (?:ik|wij) weten?',
		// "Het kabinet heeft geen enkele aanwijzing dat …", "Ik zie nu geen noodzaak om dit onderzoek uit te zetten."
		`${speaker} (?:heb|hebben|heeft) geen (?:enkele )?(?:aanwijzing|aanwijzingen|signalen|indicatie|indicaties)`,
		`${speaker} (?:zie|zien|ziet) (?:\\p{L}+\\s+){0,2}geen (?:noodzaak|aanleiding|reden)`, `(?:zie|zien|ziet) ${speaker} (?:\\p{L}+\\s+){0,2}geen (?:noodzaak|aanleiding|reden)`,
		'(?:is|was) (?:het )?(?:helaas )?niet gelukt',
		// "Gezien het bovenstaande is er geen reden tot speciale actie", "… acht geen redenen aanwezig …",
		// "Van een tekort is geen sprake": the premise or the step asked for is turned down.
		'(?:is|zijn|zou|zouden|zal|zullen) er (?:\\p{L}+\\s+){0,2}geen (?:reden|redenen|aanleiding|noodzaak|grond|gronden|mogelijkheid|ruimte)', '(?:acht|achten|ziet|zie|zien) (?:ik|wij|we|het kabinet|de ondergetekende|de minister|de staatssecretaris)? ?(?:\\p{L}+\\s+){0,2}geen (?:reden|redenen|aanleiding|noodzaak|grond|gronden)',
		'(?:van|daarvan|hiervan|daar|hier) (?:\\p{L}+\\s+){0,4}(?:is|was|zijn) (?:\\p{L}+\\s+){0,2}geen sprake', '(?:is|was) (?:er )?geen sprake van', '^het antwoord (?:op deze vraag )?(?:luidt|is) ontkennend', '^(?:het is|dit is|dat is) (?:niet|geenszins) (?:juist|waar|zo)', `(?:kan|kunnen) ${speaker} (?:\\p{L}+\\s+){0,8}niet (?:concluderen|vaststellen|onderschrijven)`, '(?:wordt|worden|kan|kunnen) (?:\\p{L}+\\s+){0,3}ontkennend (?:beant-?\\s*woord|worden beant-?\\s*woord)',
	]},
	// "Signalen over etnisch profileren … zijn mij niet bekend.": a no that is also not knowing (see index.ts).
	// ("Het is mij niet bekend of …" leaves the question open: not knowing whether is no no.)
	{name: 'direct.no.not-known', phrases: ['(?:is|zijn) (?:mij|ons|het kabinet) niet bekend(?! of)']},
];

const compiledYes = compileRules(yesRules.filter(rule => rule.name !== 'direct.yes.aware'));
const compiledAware = compileRules(yesRules.filter(rule => rule.name === 'direct.yes.aware'));
// "Ik ben bekend met…" says yes only to a question about being aware of something.
const asksAwareness = /(?<![\p{L}])(?:bekend|kent|ken u|op de hoogte|kennisgenomen|kennis genomen|gezien|gelezen|vernomen)(?![\p{L}])/iu;
const compiledNo = compileRules(noRules);
// "Kunt u deze vragen binnen drie weken beantwoorden?": a delay in answering says no when that is the
// yes/no question being answered (the first one the question asks), and nowhere else.
const asksTimelyAnswer = /^(?:kunt|kan|wilt|wil|bent)\s(?=[^?]*(?<![\p{L}])(?:deze|de)\s+vragen(?![\p{L}]))(?=[^?]*(?<![\p{L}])(?:binnen|vóór|voor|uiterlijk|tijdig|zo\s+snel|zo\s+spoedig)(?![\p{L}]))[^?]*\?$/iu;
/** A delay in answering: a no to "Kunt u deze vragen binnen drie weken beantwoorden?" (only there). */
export const lateRules: readonly PhraseRule[] = [{name: 'direct.no.late', phrases: ['vertraging (?:heeft )?opgelopen', 'niet binnen de (?:gestelde|gebruikelijke|genoemde|gevraagde|daarvoor gestelde) termijn', 'later dan (?:gebruikelijk|gevraagd|gebruikelijk is)']}];
const compiledLate = compileRules(lateRules);

/**
 * Reads whether an answer clearly says yes or no. Only meaningful for a closed question: for an
 * open one the value is always null. When the opening says both ("Ja, maar dat klopt niet"),
 * the first signal wins.
 */
export function judgeDirect(answer: string, closed: boolean, question = '', sentences = new AnswerSentences(answer), reading?: ClosedReading): Flag<YesNo> {
	if (!closed) {
		return {value: null, evidence: []};
	}

	// The question is read once, by the caller when it has read it already: scoring runs over whole corpora.
	const read = reading ?? readQuestion(question);
	// The question's first yes/no sentence (the one a yes or no answers).
	const asked = read.subQuestions.find(sub => sub.closed)?.text;

	const yesRulesHere = asksAwareness.test(question) ? [...compiledYes, ...compiledAware] : compiledYes;
	const noRulesHere = asked !== undefined && asksTimelyAnswer.test(asked) ? [...compiledNo, ...compiledLate] : compiledNo;
	const evidence: Evidence[] = [];
	for (const sentence of sentences.opening(openingSentences)) {
		// "^" in a phrase means: at the start of a sentence.
		const yes = findEvidence(sentence.text, yesRulesHere, sentence.start).map(hit => ({...hit, value: 'yes' as const}));
		const no = findEvidence(sentence.text, noRulesHere, sentence.start).map(hit => ({...hit, value: 'no' as const}));
		const hits = [...yes, ...no].sort((a, b) => a.start - b.start);
		const first = hits[0];
		if (first) {
			const {value, ...span} = first;
			evidence.push(span);
			return {value, evidence};
		}
	}

	// A question about knowing facts is answered by whether they are known, before any restatement of its words.
	return lacksKnowledge(sentences, asked) ?? countsExisting(sentences, asked) ?? restatement(sentences, question, asked, read) ?? verbEcho(sentences, asked) ?? sharesConcern(sentences, asked) ?? refusal(sentences.text, question) ?? actionEcho(sentences, asked) ?? requestEcho(sentences, asked) ?? {value: null, evidence};
}

// "Deelt u de mening dat het alarmerend is dat …?" — "Het baart mij zorgen." / "Ik vind het ontzettend
// zorgelijk als …": the minister's own concern, opening the answer, shares the view. Only an
// intensifier may stand before the word ("minder", "nauwelijks", "geenszins" turn it round), and a
// hypothetical ("… als dat het geval zou zijn") shares nothing.
const concerns = 'zorgelijk|zorgwekkend|onwenselijk|alarmerend|ernstig|schrijnend|onacceptabel|onaanvaardbaar|verwerpelijk|kwalijk|verontrustend|betreurenswaardig';
const asksConcern = new RegExp(String.raw`^(?:deelt\s+u|vindt\s+u|bent\s+u\s+het|acht\s+u|erkent\s+u|onderschrijft\s+u)(?![\p{L}])[^?]*(?<![\p{L}])(?:het|dit|dat)\s+(?:[\p{L}]+\s+){0,2}(?:${concerns})(?![\p{L}])`, 'iu');
const intensifiers = '(?:(?:zeer|erg|ontzettend|bijzonder|uitermate|buitengewoon|heel|echt|ook|eveneens|uiterst|diep) )';
/** The minister's own concern, opening the answer, shares the concern asked about. */
export const concernRules: readonly PhraseRule[] = [{name: 'direct.yes.shares-concern', phrases: [
	`${speaker} (?:vind|vinden|vindt) (?:het|dit|dat) ${intensifiers}{0,2}(?:${concerns})`,
	`(?:het|dit|dat) baart (?:mij|ons|het kabinet) (?:grote |ernstige )?zorgen`, `(?:ik|wij|we) (?:maak|maken) (?:mij|ons) (?:grote |ernstige )?zorgen`,
]}];
const compiledConcern = compileRules(concernRules);
const hypothetical = /(?<![\p{L}])(?:zou|zouden|mocht|mochten)(?![\p{L}])/iu;

function sharesConcern(sentences: AnswerSentences, asked: string | undefined): Flag<YesNo> | undefined {
	const first = sentences.first;
	if (asked === undefined || first === undefined || !asksConcern.test(asked) || negation.test(asked) || negation.test(first.text) || hypothetical.test(first.text)) {
		return undefined;
	}

	const hit = findEvidence(first.text, compiledConcern, first.start)[0];
	return hit ? {value: 'yes', evidence: [hit]} : undefined;
}

// How far into an answer an implicit yes or no is looked for: past the opening's context-setting.
const implicitSentences = 4;

// "Heeft u inzicht in …?", "Is er zicht op …?", "Zijn er cijfers …?", "Weet u …?": asking whether facts
// are known. "Er is geen inzicht in …" then answers no. ("Is het u bekend dat…?" asks about awareness:
// see the aware rules.)
const asksKnowledge = /(?<![\p{L}])(?:(?:heeft|hebt|heb|hebben)\s+(?:u|het\s+kabinet|de\s+regering|jullie|men)|(?:is|zijn|bestaat|bestaan)\s+er)\s+(?:[\p{L}-]+\s+){0,3}?(?:zicht|inzicht|inzichtelijk|cijfers|gegevens|informatie|overzicht|data|een\s+beeld|beeld)(?![\p{L}])|^weet\s+u(?![\p{L}])/iu;
// Only a flat "geen …" or "niet bekend" says the facts are not there; "lastig te zeggen" does not.
const flatNegation = /(?<![\p{L}])(?:geen|niet|onbekend)(?![\p{L}])/iu;

/** "Heeft u inzichtelijk hoe groot deze groep is?" — "Er is over de omvang geen inzicht." says no. */
function lacksKnowledge(sentences: AnswerSentences, asked: string | undefined): Flag<YesNo> | undefined {
	if (asked === undefined || !asksKnowledge.test(asked)) {
		return undefined;
	}

	for (const sentence of sentences.opening(implicitSentences)) {
		const hit = findNoInformation(sentence.text, sentence.start).find(each => flatNegation.test(each.text));
		if (hit) {
			return {value: 'no', evidence: [{...hit, rule: 'direct.no.not-known'}]};
		}
	}

	return undefined;
}

// "Zijn er bij deze controles misstanden geconstateerd?", "Is er een onderzoek ingesteld?": asking whether something exists or happened.
const asksExistence = /^(?:en\s+)?(?:zijn|is|waren|was|worden|wordt|werden|werd)\s+er(?![\p{L}])/iu;
// A count of one or more, not a year, a date or a paragraph: "zijn 13 onregelmatigheden vastgesteld", "is 1 keer een melding verzonden".
const positiveCount = new RegExp(String.raw`(?<![\d.,§])(?!(?:19|20)\d\d(?![\d.,]))[1-9]\d*(?:[.,]\d+)*(?![\d.,])(?!\s*(?:%|procent|${monthNames})(?![\p{L}]))`, 'iu');

/** "Zijn er misstanden geconstateerd?" — "Bij deze inspecties zijn 13 onregelmatigheden vastgesteld." says yes: the answer counts what was asked after. */
function countsExisting(sentences: AnswerSentences, asked: string | undefined): Flag<YesNo> | undefined {
	if (asked === undefined || !asksExistence.test(asked)) {
		return undefined;
	}

	for (const sentence of sentences.opening(restateSentences)) {
		if (hedged.test(sentence.text) || negation.test(sentence.text) || hypothetical.test(sentence.text)) {
			continue;
		}

		// The count must be of what was asked: the sentence takes up a word of the question ("… geconstateerd").
		if (positiveCount.test(sentence.text) && sharedWords(asked, sentence.text) >= 1) {
			return {value: 'yes', evidence: [{text: sentence.text, start: sentence.start, end: sentence.end, rule: 'direct.yes.counts'}]};
		}
	}

	return undefined;
}

// "Bent u bereid … te intensiveren?", "Gaat u … onderzoeken?", "Wilt u … beantwoorden?": a request to act.
export const asksAction = new RegExp(String.raw`^(?:(?:bent|is|zijn)\s+${addressee}\s+(?:[\p{L}-]+\s+){0,2}?(?:bereid|voornemens|van\s+plan)|(?:gaat|gaan|zult|zal|wilt|wil|willen|zullen)\s+${addressee})(?![\p{L}])([^?]*)`, 'iu');
// The action asked for: the verb after the last "te" ("… om het toezicht te intensiveren"), else the
// first clause's last word when it is an infinitive ("Gaat u de regeling aanpassen?").
const lastTe = /(?<![\p{L}])te\s+([\p{L}-]{4,})(?![\s\S]*(?<![\p{L}])te\s+[\p{L}])/iu;
const infinitive = /([\p{L}-]{4,}en)\s*$/u;
// Verbs that say nothing of the action itself ("… in gesprek te gaan", "… te laten doen").
const auxiliaries = new Set(['gaan', 'doen', 'zijn', 'worden', 'hebben', 'komen', 'laten', 'blijven', 'kunnen', 'willen', 'zullen', 'moeten', 'mogen', 'staan', 'geven', 'nemen', 'maken']);
// Taking the action up: a future or a willingness, not a description ("De gemeente is verantwoordelijk").
const commitment = /(?<![\p{L}])(?:zal|zullen|(?:ga|gaat|gaan)(?!\s+(?:ervan|er\s+van)\s+uit)|wil|willen|(?:ben|is|zijn)\s+(?:[\p{L}-]+\s+){0,2}?bereid)(?![\p{L}])/iu;
// Turning it down: a negation before the action in its own clause ("… geen overtredingen die sluiting
// rechtvaardigen", "zal het toezicht niet intensiveren"); "al dan niet" (whether or not) refuses nothing.
const refusalWord = /(?<![\p{L}])(?:(?<!al\s+dan\s+)niet|geen|nooit)(?![\p{L}-])/iu;
// "U vraagt of ik bereid ben …" repeats the question.
const restatesQuestion = /^u\s+(?:vraagt|vroeg|vraag)(?![\p{L}])/iu;

// Light verbs whose object names the action ("onderzoek te doen", "maatregelen te nemen", "een
// overzicht te geven"), and words before them that are not that object ("gevolg te geven aan",
// "zo snel mogelijk te doen", "uw best te doen").
const lightVerbs = new Set(['doen', 'nemen', 'geven', 'maken']);
const notObjects = new Set(['gevolg', 'best', 'mogelijk', 'snel', 'spoedig', 'graag', 'zelf', 'ook', 'daarbij', 'hierbij', 'alsnog']);

/** The noun a light verb governs: "onderzoek" in "… om onderzoek te doen naar …" (the lastTe match). */
function lightVerbObject(request: string, te: RegExpExecArray): string | undefined {
	if (!lightVerbs.has(te[1]!.toLowerCase())) {
		return undefined;
	}

	const object = /([\p{L}-]{4,})\s+$/u.exec(request.slice(0, te.index))?.[1];
	return object === undefined || notObjects.has(object.toLowerCase()) ? undefined : object;
}

/** "Bent u bereid het toezicht te intensiveren?" — "De NVWA zal het toezicht intensiveren." says yes. */
function actionEcho(sentences: AnswerSentences, asked: string | undefined): Flag<YesNo> | undefined {
	const request = asked === undefined ? undefined : asksAction.exec(asked)?.[1];
	if (request === undefined) {
		return undefined;
	}

	// "Bent u bereid om, naar aanleiding van het onderzoek, het slachthuis te sluiten?": the "te" verb
	// may follow an aside between commas.
	const te = lastTe.exec(request);
	const verb = te?.[1] ?? infinitive.exec(request.split(/[,;:]/u)[0]!)?.[1];
	// "… onderzoek te doen", "… maatregelen te nemen": a light verb; the noun before it names the action.
	const action = te !== null && verb !== undefined && auxiliaries.has(verb.toLowerCase()) ? lightVerbObject(request, te) : verb;
	if (action === undefined || auxiliaries.has(action.toLowerCase()) || functionWords.has(action.toLowerCase())) {
		return undefined;
	}

	// "intensiveren" finds "intensiveren" and "intensivering"; "sluiten" finds "sluiting".
	const stem = new RegExp(`(?<![\\p{L}])${action.toLowerCase().slice(0, Math.max(5, action.length - 3)).replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'iu');
	for (const sentence of sentences.opening(implicitSentences)) {
		const at = sentence.text.search(stem);
		if (at === -1 || restatesQuestion.test(sentence.text)) {
			continue;
		}

		const span = {text: sentence.text, start: sentence.start, end: sentence.end};
		// The action's clause: from the last comma before it to the next one after it.
		const {from, to} = clauseAround(sentence.text, at);
		const clause = sentence.text.slice(from, to);
		if (refusalWord.test(clause)) {
			return {value: 'no', evidence: [{...span, rule: 'direct.no.declines-action'}]};
		}

		if (commitment.test(sentence.text)) {
			return {value: 'yes', evidence: [{...span, rule: 'direct.yes.commits-to-action'}]};
		}
	}

	return undefined;
}

// Taking up or having taken up what was asked: a promise, a step already taken ("heb ik inmiddels …
// afgegeven"), or the thing done in the passive ("Het rapport wordt na verschijning toegezonden").
const takenUp = /(?<![\p{L}])(?:zal|zullen|wil|willen|inmiddels|reeds|(?:heb|hebben)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:heb|hebben)|wordt|worden|(?:ben|is|zijn)\s+(?:[\p{L}-]+\s+){0,2}?bereid)(?![\p{L}])/iu;
// A negation that turns the request down, not one describing how things stand now ("Het beroep is
// weliswaar geen erkend beroep" is why it was asked): a modal or a future, a judgement, or "niet te geven".
const declining = /(?<![\p{L}])(?:zal|zullen|kan|kunnen|wil|willen|ga|gaat|gaan|acht|achten|zie|zien|ziet|mijns\s+inziens|(?:niet|geen)\s+(?:[\p{L}-]+\s+){0,2}te\s+[\p{L}-]+|(?:niet|geen)\s+(?:nodig|wenselijk|mogelijk|zinvol|aanleiding|reden|noodzaak))(?![\p{L}])/iu;
const conditional = /^(?:indien|als|wanneer|zodra|tenzij|voor\s+zover|voorzover|ingeval|in\s+geval)(?![\p{L}])/iu;
// The request's own part: up to its purpose clause ("…, ten einde …", "…, opdat …", "…, zodat …").
const purposeClause = /[,;]?\s+(?:ten\s+einde|teneinde|opdat|zodat|om\s+te|mede\s+gelet|gelet\s+op|gezien|aangezien|nu|omdat)(?![\p{L}])[\s\S]*$/iu;
// How much of the request an opening sentence must take up: of the request's content words, or of its own.
const requestShare = 0.4;
const requestOwnShare = 0.3;

/**
 * "Wilt u bevorderen dat dit rapport direct na verschijning aan de Kamer wordt toegezonden?" —
 * "Dezerzijds zal ervoor worden zorg gedragen dat het rapport zo snel mogelijk na verschijning aan de
 * Kamer wordt toegezonden" (yes); "Wilt u de ambassadeurs instrueren …?" — "Een dergelijke algemene
 * instructie is niet te geven" (no): a sentence that takes up the request's own words, with a
 * negation (no) or taking it up (yes), when its verb alone (actionEcho) says nothing.
 */
function requestEcho(sentences: AnswerSentences, asked: string | undefined): Flag<YesNo> | undefined {
	const request = asked === undefined ? undefined : asksAction.exec(asked)?.[1]?.replace(purposeClause, '');
	if (request === undefined) {
		return undefined;
	}

	const requested = contentStems(request);
	if (requested.size < 2) {
		return undefined;
	}

	for (const sentence of sentences.opening(restateSentences)) {
		// "Indien tot een aanwijzing wordt overgegaan, zal deze worden gepubliceerd": a condition promises nothing.
		if (restatesQuestion.test(sentence.text) || hedged.test(sentence.text) || hypothetical.test(sentence.text) || conditional.test(sentence.text)) {
			continue;
		}

		const said = contentStems(sentence.text);
		const shared = [...requested].filter(word => said.has(word)).length;
		if (shared < 2 || (shared / requested.size < requestShare && shared / said.size < requestOwnShare)) {
			continue;
		}

		const span = {text: sentence.text, start: sentence.start, end: sentence.end};
		if (refusalWord.test(sentence.text) && declining.test(sentence.text)) {
			return {value: 'no', evidence: [{...span, rule: 'direct.no.declines-request'}]};
		}

		if (takenUp.test(sentence.text)) {
			return {value: 'yes', evidence: [{...span, rule: 'direct.yes.takes-up-request'}]};
		}
	}

	return undefined;
}

// Verbs that open a yes/no question but carry no position of their own ("Bent u …", "Heeft u …").
const emptyVerbs = new Set(['bent', 'ben', 'is', 'zijn', 'heeft', 'hebt', 'hebben', 'kunt', 'kan', 'kunnen', 'wilt', 'wil', 'willen', 'zal', 'zult', 'zullen', 'gaat', 'gaan', 'wordt', 'worden', 'was', 'waren', 'had', 'hadden', 'mag', 'moet', 'moeten', 'zou', 'zouden', 'doet', 'klopt', 'bestaat', 'bestaan', 'deelt']);
// The government speaking of itself.
const governmentSubject = /(?<![\p{L}])(?:ik|wij|we|het\s+kabinet|de\s+regering|ondergetekende|de\s+minister|de\s+staatssecretaris)(?![\p{L}])/iu;

/**
 * "Overweegt u X?" — "Het kabinet overweegt niet om X" (no); "Begrijpt u de zorgen?" — "Het kabinet
 * begrijpt de zorgen" (yes): the government saying the question's own verb of itself takes the
 * position asked for; a negation in that clause turns it into a no.
 */
function verbEcho(sentences: AnswerSentences, asked: string | undefined): Flag<YesNo> | undefined {
	const opening = asked === undefined ? undefined : /^(?:en\s+|ook\s+)?(\p{L}{4,})\s+(?:u|het\s+kabinet|de\s+regering|de\s+minister|de\s+staatssecretaris)(?![\p{L}])/iu.exec(asked.replace(/^[\s(«"“'‘–-]+/u, ''));
	const verb = opening?.[1]?.toLowerCase();
	if (verb === undefined || emptyVerbs.has(verb)) {
		return undefined;
	}

	// "overweegt" finds "overweegt", "overwegen", "overwogen" by its first letters.
	const stem = new RegExp(`(?<![\\p{L}])${verb.slice(0, Math.min(verb.length - 1, 6)).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'iu');
	for (const sentence of sentences.opening(restateSentences)) {
		const at = sentence.text.search(stem);
		if (at === -1 || restatesQuestion.test(sentence.text) || hedged.test(sentence.text)) {
			continue;
		}

		const {from, to} = clauseAround(sentence.text, at);
		const clause = sentence.text.slice(from, to);
		// The position must be on the matter asked: the sentence takes up at least two of its words.
		if (!governmentSubject.test(clause) || sharedWords(asked!, sentence.text) < 2) {
			continue;
		}

		const span = {text: sentence.text, start: sentence.start, end: sentence.end};
		return refusalWord.test(clause)
			? {value: 'no', evidence: [{...span, rule: 'direct.no.echoes-verb'}]}
			: {value: 'yes', evidence: [{...span, rule: 'direct.yes.echoes-verb'}]};
	}

	return undefined;
}

/** How many content words (first six letters) two texts share, besides function words. */
function sharedWords(a: string, b: string): number {
	const inB = contentStems(b);
	return [...contentStems(a)].filter(stem => inB.has(stem)).length;
}

/**
 * A text's content words by their first six letters ("intensiveren" and "intensivering" meet), leaving
 * out function words and words shorter than `shortest`.
 */
function contentStems(text: string, shortest = 4): Set<string> {
	return new Set((text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(word => word.length >= shortest && !functionWords.has(word)).map(word => word.slice(0, 6)));
}

// "Kan de Kamer de correspondentie ontvangen?" is refused wherever the answer withholds it.
const asksForDocuments = /(?<![\p{L}])(?:ontvangen|sturen|toesturen|toezenden|delen|verstrekken|openbaar maken|openbaarmaken|publiceren)(?![\p{L}])/iu;
/** Withholding a document the question asks to receive: a no. */
export const withholdRules: readonly PhraseRule[] = [{name: 'direct.no.withholds', phrases: ['(?:wordt|worden|zal|zullen|kan|kunnen) (?:\\p{L}+\\s+){0,4}niet (?:openbaar gemaakt|in de openbaarheid (?:verstrekt|gebracht|gedeeld)|gedeeld|verstrekt|openbaar)', '(?:maakt|maken) (?:\\p{L}+\\s+){0,8}niet openbaar']}];
const refusals = compileRules(withholdRules);

function refusal(answer: string, question: string): Flag<YesNo> | undefined {
	if (!asksForDocuments.test(question)) {
		return undefined;
	}

	const hit = findEvidence(answer, refusals)[0];
	return hit ? {value: 'no', evidence: [hit]} : undefined;
}

// Words that carry no content of their own when comparing a question with its answer.
const functionWords = new Set([
	'aan', 'als', 'bij', 'dat', 'de', 'deze', 'die', 'dit', 'door', 'een', 'en', 'er', 'het', 'hun', 'in', 'is', 'met', 'na', 'naar',
	'niet', 'nog', 'of', 'om', 'op', 'ook', 'over', 'te', 'tot', 'u', 'uit', 'van', 'voor', 'was', 'wat', 'wel', 'werd', 'wordt',
	'zijn', 'zich', 'zo', 'klopt', 'kunt', 'bevestigen', 'waar', 'juist',
]);
// "niet-noodgevallen nummer" is a name, not a negation.
const negation = /(?<![\p{L}])(?:niet|geen|nooit|onjuist|niets)(?![\p{L}-])/iu;
// "Klopt het dat X?", "Kunt u bevestigen dat X?", "Is het waar dat X?": the proposition X.
const proposition = /(?:klopt het|kunt u bevestigen|is het (?:waar|juist|correct)|bevestigt u|erkent u|onderschrijft u|deelt u de (?:mening|opvatting|analyse|zorg|zorgen|conclusie|verwachting|inschatting|constatering|aanname|stelling|visie)|bent u het (?:ermee )?eens(?: met [^?]{0,80}?)?|bent u (?:bekend met|op de hoogte van) het (?:feit|bericht|gegeven))\s*(?:,\s*)?(?:dat|of)\s+([^?]+)\?/iu;
// Share of the proposition's content words the answer's first sentence must repeat to restate it
// (to deny it, with a negation: "KPN is geen eigenaar van het nummer 0900-0904").
const restatedShare = 0.6;
const deniedShare = 0.5;

/** "Klopt het dat de politie … heeft stilgelegd?" — "De politie heeft … stilgelegd." restates it: yes. */
function restatement(sentences: AnswerSentences, question: string, firstAsked: string | undefined, reading: ClosedReading): Flag<YesNo> | undefined {
	// A request to act ("Bent u bereid …?") is read by whether the answer takes the action up (actionEcho).
	const asked = proposition.exec(question)?.[1] ?? (asksAction.test(firstAsked ?? '') ? undefined : askedProposition(question, reading));
	// "Kunt u deze vragen binnen een week beantwoorden?" is read by the late-answer rules, not by its words.
	if (asked === undefined || /(?<![\p{L}])vragen(?![\p{L}])[^?]*beantwoord/iu.test(question.slice(0, 200))) {
		return undefined;
	}

	const askedWords = contentStems(asked, 3);
	if (askedWords.size < 3) {
		return undefined;
	}

	// The answer's position on the proposition, in its opening: a sentence made mostly of the
	// proposition's words states it (yes) or, with a negation the question lacks, denies it (no).
	// "Ik heb onlangs het NIPO een opiniepeiling laten verrichten bij boeren en tuinders …" restates
	// "Is het waar, dat de Minister via het NIPO de opinie van boeren en tuinders heeft laten peilen …?".
	for (const [index, sentence] of sentences.opening(restateSentences).entries()) {
		if (restatesQuestion.test(sentence.text) || hedged.test(sentence.text)) {
			continue;
		}

		const said = contentStems(sentence.text, 3);
		const shared = [...askedWords].filter(word => said.has(word)).length;
		const share = shared / askedWords.size;
		// Later sentences must repeat more of their own words: the opening sentence is where the position stands.
		const ownShare = said.size === 0 ? 0 : shared / said.size;
		const span = {text: sentence.text, start: sentence.start, end: sentence.end};
		const denies = negation.test(sentence.text) && !negation.test(asked);
		const ownWords = index === 0 && shared >= 3 && ownShare >= restatedShare;
		if (denies && (share >= deniedShare || ownWords)) {
			return {value: 'no', evidence: [{...span, rule: 'direct.no.denies-premise'}]};
		}

		if (negation.test(sentence.text) === negation.test(asked) && (share >= restatedShare || ownWords)) {
			return {value: 'yes', evidence: [{...span, rule: 'direct.yes.restates'}]};
		}
	}

	return undefined;
}

// Not knowing or not saying ("Het is mij niet bekend of …", "doet geen uitspraken", "al dan niet")
// takes no position, whatever words it repeats.
const hedged = /(?<![\p{L}])(?:niet\s+bekend|onbekend|geen\s+uitspraken|geen\s+mededelingen|niet\s+toe|al\s+dan\s+niet|geen\s+signalen|niet\s+vooruit)(?![\p{L}])/iu;

// How many opening sentences may hold the answer's position on the proposition asked.
const restateSentences = 3;

/** The proposition of the question's first yes/no sentence without its verb-first opening ("Hebben de medewerkers …?" → "de medewerkers …"). */
function askedProposition(question: string, reading: ClosedReading): string | undefined {
	const sub = reading.subQuestions.find(each => each.closed);
	const verb = reading.evidence[0];
	if (sub === undefined || verb === undefined || verb.start < sub.start || verb.end > sub.end) {
		return undefined;
	}

	// The evidence holds the verb and its subject ("Hebben de medewerkers"): the subject is part of what is asked.
	const verbEnd = verb.start + (/^\S+/u.exec(verb.text)?.[0].length ?? verb.text.length);
	return question.slice(verbEnd, sub.end).replace(/\?$/u, '');
}
