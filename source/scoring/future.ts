import type {Evidence, FutureFlag} from './model.js';
import {compileRules, findEvidence, type PhraseRule} from './patterns.js';
import {AnswerSentences} from './sentences.js';
import {clauseAround} from '../text/clause.js';
import {monthNames} from '../letter/dates.js';
import {speaker} from './addressee.js';

const months = monthNames;
const seasons = 'voorjaar|zomer|najaar|winter|herfst|lente';
// The year a moment may name: "vóór de zomer van 2027", "in het derde kwartaal 2026". It belongs in the
// deadline; "vóór de zomer" alone would read as this year's.
const namedYear = '(?: (?:van )?(?:19|20)\\d\\d)?';

/** Phrases that name a moment to come; the first one found is the deadline. */
export const deadlineRules: readonly PhraseRule[] = [
	{name: 'future.deadline', phrases: [
		'later dit (?:jaar|voorjaar|najaar)', 'eind(?:e)? (?:van )?dit jaar', `(?:in|vóór|voor) het (?:eerste|tweede|derde|vierde|laatste) kwartaal${namedYear}`, 'aan het eind(?:e)? van dit jaar', 'dit (?:voorjaar|najaar)',
		`(?:vóór|voor) (?:de|het) (?:zomer|kerst|jaarwisseling|einde van (?:het|dit) jaar|zomerreces|kerstreces|herfstreces|voorjaarsreces|meireces|Prinsjesdag|begrotingsbehandeling|behandeling van de begroting|commissiedebat|notaoverleg|wetgevingsoverleg)${namedYear}`,
		`(?:vóór|voor|in|rond|na) het (?:${seasons}|zomerreces|kerstreces)${namedYear}`,
		`(?:in|vóór|voor|rond|per) (?:het )?(?:begin|eind|einde|medio|midden) (?:van )?(?:${months}|${seasons}|volgend jaar|(?:19|20)\\d\\d)(?: (?:19|20)\\d\\d)?`,
		`(?:begin|eind|eind(?:e)?|medio) (?:${months} )?(?:19|20)\\d\\d`,
		// "Ik ben voornemens om u in april 2025 … te informeren" (a month in a year already past is history: see isAhead).
		`(?:in|vanaf|per|rond|na) (?:${months}) (?:19|20)\\d\\d`,
		'(?:het )?komende? (?:jaar|maanden|weken|jaren|periode|tijd|half ?jaar)', '(?:(?:in het )?begin |medio |midden |eind(?:e)? |in de loop van )?volgend jaar', 'volgende? (?:maand|week)',
		// "Direct na de zomer", "vóór Prinsjesdag", "nog dit jaar", "halverwege 2026".
		'(?:direct |kort )?na (?:de zomer|de kerst|het zomerreces|het kerstreces)', '(?:vóór|voor) Prinsjesdag', 'nog dit jaar', 'halverwege (?:19|20)\\d\\d',
		// "in november a.s." (aanstaande): the coming month.
		`(?:in|op|vóór|voor|rond|eind|begin|medio) (?:\\d{1,2} )?(?:${months}) (?:a\\.s\\.|aanstaande|as\\.|e\\.k\\.)`,
		'binnenkort', 'op korte termijn', `uiterlijk (?:\\d{1,2} )?(?:${months})(?: (?:19|20)\\d\\d)?`, 'op (?:de )?(?:middel)?lange(?:re)? termijn', 'in de (?:nabije )?toekomst', 'te zijner tijd', 'zo spoedig mogelijk', 'zo snel mogelijk',
		`(?:vóór|voor) (?:1 )?(?:${months}) (?:(?:19|20)\\d\\d)?`,
	]},
];

/** Phrases that promise or defer to future action, policy or information. */
export const promiseRules: readonly PhraseRule[] = [
	{name: 'future.inform-kamer', phrases: [
		'(?:zal|zullen) (?:ik|wij|we|het kabinet|de minister|de staatssecretaris) (?:uw|de) Kamer', `${speaker} (?:zal|zullen) (?:uw|de) Kamer`, `(?:informeer|informeren|stuur|sturen|zend|zenden|bied|bieden) ${speaker} (?:uw|de) Kamer`,
		'(?:uw|de) Kamer (?:wordt|zal worden|zal|worden) (?:hierover|daarover|nader|hier nader|daar nader)? ?(?:geïnformeerd|ingelicht)',
		'ontvangt (?:uw|de) Kamer', '(?:uw|de) Kamer (?:ontvangt|zal ontvangen)', 'kom (?:ik|wij|we) (?:hier|daar)(?:op)? (?:nog )?(?:op )?terug', '(?:hier|daar)op terugkomen',
		// "Zo spoedig mogelijk informeer ik u", "Ik kom daarop terug", "Uw Kamer wordt hierover na de zomer geïnformeerd".
		`(?:informeer|informeren|bericht|berichten) ${speaker} u(?!\\p{L})`, '(?:ik|wij|we) (?:kom|komen) (?:\\p{L}+\\s+){0,3}(?:hier|daar)(?:op)? (?:\\p{L}+\\s+){0,3}terug',
		'(?:uw|de) Kamer (?:wordt|zal worden|zal) (?:\\p{L}+\\s+){0,5}(?:geïnformeerd|ingelicht)(?! over (?:de|het) (?:voortgang|stand) in)',
		'(?:wordt|worden|zal|zullen) (?:\\p{L}+\\s+){0,6}(?:met|aan|naar) (?:uw|de) (?:Kamer|Tweede Kamer) (?:gedeeld|gestuurd|verstuurd|toegezonden|aangeboden|verzonden)',
		'(?:met|aan|naar) (?:uw|de) (?:Kamer|Tweede Kamer) (?:worden|wordt|zal worden) (?:gedeeld|gestuurd|verstuurd|toegezonden|aangeboden)',
		// "Deze is op 14 november jl. gedeeld met de Kamer" is done, not promised.
		'(?<!(?<!\\p{L})(?:is|zijn|werd|werden|heb|hebben|heeft|had|hadden)\\s+(?:(?:jl\\.|[^\\s?!,]*[^\\s.?!,])\\s+){0,8})(?:gedeeld|gestuurd|verstuurd|toegezonden|aangeboden) (?:met|aan|naar) (?:uw|de) (?:Kamer|Tweede Kamer)',
	]},
	// Waiting for what comes: "Het kabinet wenst de uitkomst af te wachten", "Het NIPO analyseert deze nog",
	// "Het is nog te vroeg om hierover een oordeel te geven".
	{name: 'future.awaits', phrases: [
		'af te wachten', 'wacht(?:en|t)?\\s+(?:\\p{L}+\\s+){0,6}af(?!\\p{L})', 'afwachten', '(?:analyseert|analyseren|onderzoekt|onderzoeken|bestudeert|bestuderen|beziet|bezien|bekijkt|bekijken) (?:\\p{L}+\\s+){0,4}nog(?! (?:niet|geen))',
		'(?:is|zijn) (?:\\p{L}+\\s+){0,3}nog (?:in )?(?:onderzoek|studie|beraad|voorbereiding)', '(?:het is|is het) (?:\\p{L}+\\s+){0,2}nog te vroeg',
	]},
	{name: 'future.intention', phrases: [
		// The government's own intentions; "instellingen hoeven niet aan te kondigen dat ze voornemens zijn" is none.
		'(?:ik ben|wij zijn|we zijn|het kabinet is|ben ik|zijn wij|zijn we|is het kabinet|de regering is) (?:\\p{L}+\\s+){0,2}voornemens', '(?:mijn|ons|het) voornemen', '(?:ik|wij|we|het kabinet|de regering) (?:ben|is|zijn) (?:\\p{L}+\\s+){0,1}van plan', 'beoogd (?:wordt|is)',
		// "Hierbij wil ik benadrukken…" announces a remark, not an intention.
		'(?:wil|willen) (?:ik|wij|we|het kabinet|de regering)(?! (?:\\p{L}+\\s+){0,2}(?:benadrukken|opmerken|vooropstellen|aangeven|wijzen|onderstrepen|erop|graag wijzen|nogmaals))', '(?:ik|wij|we|het kabinet|de regering|mijn ministerie) (?:wil|wilt|willen) (?!\\p{L}+\\s+(?:niet|geen))(?!(?:\\p{L}+\\s+){0,2}(?:benadrukken|opmerken|vooropstellen|wijzen|onderstrepen))',
		'toekomstig(?:e)? (?:beleid|regelgeving|wetgeving|aanpak)', '(?:neem|nemen|neemt) (?:\\p{L}+\\s+){0,8}mee (?:bij|in) (?:het|de) (?:uitwerken|uitwerking|verdere|nieuwe|toekomstige|voorbereiding)',
		`${speaker} (?:ga|gaat|gaan) (?!niet)(?:\\p{L}+\\s+){0,4}(?:verkennen|onderzoeken|bekijken|bezien|uitwerken|na|in gesprek|aan de slag|werken|maken|nemen|zorgen|doen|invoeren|regelen|aanpassen|vragen|opstellen|evalueren|intensiveren|voeren)`,
		`(?:ga|gaan) ${speaker} (?!niet)(?:\\p{L}+\\s+){0,10}(?:maken|nemen|zorgen|doen|voeren|bekijken|bezien|verkennen|onderzoeken|uitwerken|aanpassen|vragen)`, 'gaan worden',
		// "…is het aan de Europese Commissie om dit te onderzoeken" is someone else's task.
		'(?<!aan (?:de|het|een) [^.?!]{0,60})om (?:\\p{L}+\\s+){0,2}te (?:onderzoeken|bezien|verkennen|bekijken|inventariseren|verbeteren)', // "In andere landen wordt gekeken naar …" describes; "wordt gekeken of/welke …" defers a decision.
		'(?:wordt|worden) (?:\\p{L}+\\s+){0,2}(?:ge)?keken (?:of|welke|hoe|wat)',
		// "Zoals hierboven aangegeven werk ik dit uit in een preventiestrategie", "dan kan het kabinet bezien …".
		`(?:werk|werken) ${speaker} (?:\\p{L}+\\s+){0,4}uit`, `(?:kan|zal|wil) ${speaker} (?:\\p{L}+\\s+){0,3}(?:bezien|bekijken|onderzoeken|verkennen)`,
		'(?:werk|werkt|werken|wordt gewerkt) (?:\\p{L}+\\s+){0,6}aan (?:de|een|het) (?:verkenning|uitwerking|plan|wetsvoorstel|voorstel|ontwikkeling|herziening|aanpak)',
		'(?:is|zijn|ben) (?:\\p{L}+\\s+){0,3}bezig (?:met|om)',
		// "Het IMG werkt op dit moment aan verbeteringen in het aanvraagproces": work under way, whatever its object.
		'(?:werk|werkt|werken) (?:op dit moment|momenteel|thans|nu|inmiddels) (?:\\p{L}+\\s+){0,2}aan(?!\\p{L})',
		// "Ik werk aan het inrichten van een centrale monitor", "Uit het onderzoek zal moeten blijken of …".
		`${speaker} (?:werk|werken|werkt) (?:\\p{L}+\\s+){0,2}aan (?:het|de|een)`, 'zal (?:\\p{L}+\\s+){0,2}?(?:moeten )?blijken',
		// "Ook in de komende periode blijf ik werkbezoeken afleggen": keeping on is weak on its own.
		`(?:blijf|blijven) ${speaker}`,
		// "Ik zal hier geen onderzoek naar doen" turns the action down: a refusal, not a promise.
		`(?:zal|zullen) ${speaker} (?!\\s*(?:\\p{L}+\\s+){0,6}blijven)(?!\\s*(?:\\p{L}+\\s+){0,2}(?:niet|geen)(?!\\p{L})(?! (?:alleen|enkel|uitsluitend|later|nalaten|na te laten|onbenut)))`, '(?:ik|wij|we|het kabinet|de regering) (?:zal|zullen) (?!\\s*(?:\\p{L}+\\s+){0,6}blijven)(?!\\s*(?:\\p{L}+\\s+){0,2}(?:niet|geen)(?!\\p{L})(?! (?:alleen|enkel|uitsluitend|later|nalaten|na te laten|onbenut)))',
		// The government promising to keep doing something ("Deze uitleg zal ik blijven benadrukken")
		// commits it as much as a new step does; "de prijzen zullen hoog blijven" (no speaker) does not.
		`(?:zal|zullen) ${speaker} (?:\\p{L}+\\s+){0,6}blijven`, '(?:ik|wij|we|het kabinet|de regering) (?:zal|zullen) (?:\\p{L}+\\s+){0,6}blijven',
		'nog (?:vast te stellen|te bepalen|uit te werken|nader uit te werken|te nemen|te ontwikkelen|vorm te geven)', 'in voorbereiding(?! op)',
		'(?:wordt|worden) (?:momenteel|op dit moment|nu|thans|nog) (?:\\p{L}+\\s+){0,3}(?:onderzocht|bezien|bekeken|uitgewerkt|verkend|voorbereid|geëvalueerd|herzien|opgesteld|ontwikkeld|gewerkt)',
		'(?:wordt|worden) (?:er )?(?:momenteel|op dit moment|nu|thans)? ?gewerkt aan', 'nader (?:te )?(?:bezien|onderzoeken|uitwerken)',
		'de (?:uitkomsten?|resultaten|bevindingen) (?:\\p{L}+\\s+){0,4}(?:worden|wordt|verwacht|volgen)', 'naar verwachting', 'verwacht (?:ik|het kabinet|wordt)', `${speaker} (?:verwacht|verwachten) (?:\\p{L}+\\s+){0,8}(?:te )?(?:kunnen|zullen|sturen|informeren|toesturen|delen)`, 'de verwachting is dat',
		'(?:treedt|treden) (?:\\p{L}+\\s+){0,4}in werking', 'in werking (?:treden|zal treden)', 'van kracht (?:worden|wordende|zal worden)',
		'(?:zal|zullen) (?!\\s*(?:\\p{L}+\\s+){0,6}blijven)(?:\\p{L}+\\s+){0,8}\\p{L}+en',
	]},
];

// Weak signals (a bare "zal … worden" or a time phrase) count only when two of them meet, or with
// a strong one: the seed's generic "een opdrachtgever zal daarbij ondersteund worden" is no promise.
// "…, zal ik deze met uw Kamer delen" is the speaker's own promise, and strong. "De verwachting is dat"
// forecasts ("… dat de business case aantrekkelijker wordt") on its own, like any weak signal.
const weakPatterns = /^(?:(?:zal|zullen)\s(?!\s*(?:ik|wij|we|het\s*kabinet)(?![\p{L}]))(?!(?:\S+\s+){0,2}?(?:moeten\s+)?blijken)|de\s*verwachting|blijf|blijven|(?:het\s+)?komende?|op\s+(?:de\s+)?(?:middel)?lange|zo\s+s)/iu;

// "… zal ook op worden toegezien", "zullen deze worden uitgevoerd": something will be done, in the
// passive that leaves the government unnamed; strong where a bare "zal" is weak.
const passiveFuture = /(?<![\p{L}])(?:worden\s+(?:[\p{L}-]+\s+)?(?:ge|be|ver|toe|uit|op|in|aan|mee|door|over|na)[\p{L}]{3,}(?:d|t|en)|(?:ge|be|ver)[\p{L}]{3,}(?:d|t|en)\s+worden)(?![\p{L}])/iu;

const compiledDeadlines = compileRules(deadlineRules);
const compiledPromises = compileRules(promiseRules);

// A past or present tense in the same sentence turns "in 2023" or "eind 2024" into history.
// The participle may carry a separable prefix ("aangepast", "vastgesteld", "ingediend"); after "te hebben"
// it is a goal ("Inzet is om uiterlijk per 1 juli 2025 … te hebben afgerond").
const pastTense = /(?<![\p{L}])(?:is|zijn|was|waren|werd|werden|heeft|hebben|had|hadden) (?:\p{L}+ ){0,8}(?<!te (?:hebben|zijn) )(?:aan|af|bij|door|in|mee|na|om|op|over|toe|uit|vast|voor|weg|terug|samen)?(?:ge\p{L}+d|ge\p{L}+t|ge\p{L}+en)(?![\p{L}])/iu;
// "De resultaten zullen in het najaar van 2025 beschikbaar zijn en zullen … gedeeld worden": with
// zal/zullen the sentence speaks of what is to come, whatever auxiliary and participle it also holds.
const futureAuxiliary = /(?<![\p{L}])(?:zal|zullen|zult)(?![\p{L}])/iu;

/** Whether a sentence tells of the past (a perfect or past tense) and not of what is to come. */
const tellsHistory = (sentence: string) => pastTense.test(sentence) && !futureAuxiliary.test(sentence);

// "Gezien de samenhang zal ik deze vragen hieronder gezamenlijk beantwoorden" says how this letter
// answers, not what the government will do.
const answersHere = /(?<![\p{L}])(?:gezamenlijk|hieronder|hierna|tezamen|in\s+samenhang)\s+(?:\p{L}+\s+)?beantwoorden\s*[.:]?$/iu;

const yearAhead = /(?:in|vanaf|per|tot|voor|vóór|uiterlijk|eind|begin|medio|rond|kwartaal van) (?:(?:\d{1,2} )?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?((?:19|20)\d\d)(?![\p{N}])/giu;

/** Reads whether an answer promises or defers to the future; the deadline is the first time phrase. */
export function judgeFuture(answer: string, letterYear?: number, sentences = new AnswerSentences(answer)): FutureFlag {
	const deadlines = findEvidence(answer, compiledDeadlines).filter(hit => isAhead(hit, letterYear, sentences));
	const years = findFutureYears(answer, letterYear, sentences);
	const promises = findEvidence(answer, compiledPromises).filter(hit => !answersHere.test(sentences.at(hit.start)?.text ?? ''));
	const all = [...promises, ...deadlines, ...years];
	// A goal decades away ("klimaatneutraliteit in 2050") is a horizon, not a promise on its own.
	const distant = (hit: Evidence) => hit.rule === 'future.year-ahead' && letterYear !== undefined && Number(/\d{4}/u.exec(hit.text)?.[0]) > letterYear + 5;
	// The rule's match may stop at "worden", before the participle: look a few words on.
	const passive = (hit: Evidence) => hit.rule === 'future.intention' && passiveFuture.test(answer.slice(hit.start, hit.end + 30));
	const strong = all.filter(hit => (!weakPatterns.test(hit.text) || passive(hit)) && !distant(hit));
	const value = strong.length > 0 || all.length >= 2;
	const evidence = dedupe(all);
	if (!value) {
		return {value: false, evidence: []};
	}

	const deadline = [...deadlines, ...years].sort((a, b) => a.start - b.start)[0];
	return deadline ? {value, evidence, deadline: deadline.text} : {value, evidence};
}

function isAhead(hit: Evidence, letterYear: number | undefined, sentences: AnswerSentences): boolean {
	// "vóór 1 januari 1974": the year may follow the phrase.
	const year = /(?:19|20)\d\d/u.exec(hit.text + sentences.text.slice(hit.end, hit.end + 6));
	if (year && letterYear !== undefined && Number(year[0]) < letterYear) {
		return false;
	}

	const sentence = sentences.at(hit.start);
	// A moment with a year, or one as often told of the past as promised ("Na de zomer is het overleg
	// gestart", "Nog dit jaar werd de regeling aangepast"), is history in a past-tense sentence.
	if (year || toldOfThePast.test(hit.text)) {
		return !(sentence && tellsHistory(sentence.text));
	}

	// "… een beleidslijn die op korte termijn moest worden getroffen": in a relative clause, the clause's
	// own verb comes last; a past one makes the phrase history. A past tense elsewhere ("Het rapport dat
	// werd aangekondigd verschijnt voor de zomer") leaves it ahead.
	if (sentence === undefined) {
		return true;
	}

	const [start, end] = [hit.start - sentence.start, hit.end - sentence.start];
	const {from, to} = clauseAround(sentence.text, start, end);
	return !(relativeClause.test(sentence.text.slice(from, start)) && pastModal.test(sentence.text.slice(end, to)));
}

const toldOfThePast = /(?<![\p{L}])(?:na (?:de|het)|nog dit jaar|Prinsjesdag)(?![\p{L}])/iu;
const relativeClause = /(?<![\p{L}])(?:die|dat|welke|waarin|waarop|waarmee|waarbij)(?![\p{L}])/iu;
const pastModal = /(?<![\p{L}])(?:moest|moesten|werd|werden)(?![\p{L}])/iu;

function findFutureYears(answer: string, letterYear: number | undefined, sentences: AnswerSentences): Evidence[] {
	if (letterYear === undefined) {
		return [];
	}

	const found: Evidence[] = [];
	if (!/(?:19|20)\d\d/u.test(answer)) {
		return found;
	}

	for (const match of answer.matchAll(yearAhead)) {
		if (match.index > 0 && /[\p{L}\p{N}]/u.test(answer[match.index - 1]!)) {
			continue;
		}

		const year = Number(match[1]);
		if (year <= letterYear) {
			continue;
		}

		const sentence = sentences.at(match.index);
		if (!(sentence && tellsHistory(sentence.text))) {
			found.push({rule: 'future.year-ahead', text: match[0], start: match.index, end: match.index + match[0].length});
		}
	}

	return found;
}

function dedupe(hits: readonly Evidence[]): Evidence[] {
	const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Evidence[] = [];
	for (const hit of sorted) {
		const last = kept.at(-1);
		if (last && hit.start < last.end) {
			continue;
		}

		kept.push(hit);
	}

	return kept;
}
