// Commitments (toezeggingen) made in written answers: every sentence of an answer that carries future
// evidence, with who promises, the deadline phrase as written and, where possible, a resolved date. Pure.
import type {Scorecard} from '../scoring/index.js';
import type {Evidence} from '../scoring/model.js';
import {deadlineRules as deadlinePhrases} from '../scoring/future.js';
import {compileRules, findEvidence, type RegisteredRule} from '../scoring/patterns.js';
import {splitSentences, type Sentence} from '../scoring/sentences.js';
import {answerKeys} from '../store/index.js';
import {resolveDeadline, resolveDeadlineAt} from './deadlines.js';

/** One promise in one answer. */
export type Commitment = {
	/** The letter's source path. */
	readonly letter: string;
	readonly subject?: string;
	/** The letter date the deadline was resolved from (meta.date, else meta.received). */
	readonly letterDate?: string;
	/** Question number as printed, and the annotation key ("3#2" for a repeated number). */
	readonly number: number;
	readonly key: string;
	/** The sentence of the answer that holds the promise. */
	readonly sentence: string;
	/** Who promises: the answering minister, or the subject the sentence names ("de NVWA", "het kabinet"). */
	readonly promisedBy: string;
	/** Whether `promisedBy` came from the letter (the answering minister) or from the sentence. */
	readonly promisedByFrom: 'answering minister' | 'sentence';
	/** The deadline phrase as written, when the sentence names one. */
	readonly deadline?: string;
	/** The deadline as a date, when it can be derived; see deadlines.ts for the table. */
	readonly deadlineDate?: string;
	/** The deadline table row that resolved the date. */
	readonly deadlineRule?: string;
	/** The rules that found the promise, e.g. "future.inform-kamer". */
	readonly rules: readonly string[];
};

const deadlineRules = new Set(['future.deadline', 'future.year-ahead']);

/**
 * The government's own new steps that the future flag does not need ("Ik neem dit advies over",
 * "Ik laat onderzoeken of …", "heb ik besloten de kosten te dekken", "Daar wil ik graag in gesprek").
 */
export const ownStepRules: readonly RegisteredRule[] = [
	{name: 'commitments.own-step', phrases: [
		'(?:ik|wij|we|het kabinet) (?:neem|nemen|neemt) (?:\\p{L}+\\s+){0,3}(?:advies|adviezen|aanbeveling|aanbevelingen|voorstel|voorstellen) (?:\\p{L}+\\s+){0,3}over', '(?:neem|nemen|neemt) (?:ik|wij|we|het kabinet) (?:\\p{L}+\\s+){0,4}(?:advies|adviezen|aanbeveling|aanbevelingen) over',
		'(?:ik|wij|we|het kabinet) (?:laat|laten) (?:\\p{L}+\\s+){0,4}(?:onderzoeken|uitzoeken|nagaan|inventariseren|uitwerken|evalueren)', '(?:laat|laten) (?:ik|wij|we|het kabinet) (?:\\p{L}+\\s+){0,4}(?:onderzoeken|uitzoeken|nagaan|inventariseren|uitwerken|evalueren)',
		'(?:heb|hebben|heeft) (?:ik|wij|we|het kabinet) besloten (?:\\p{L}+\\s+){0,6}te', '(?:ik|wij|we|het kabinet) (?:heb|hebben|heeft) besloten (?:\\p{L}+\\s+){0,6}te',
		'(?:wil|willen) (?:ik|wij|we) (?:graag )?(?:\\p{L}+\\s+){0,3}in gesprek', '(?:ontvangt|ontvangen) (?:uw|de) Kamer (?:\\p{L}+\\s+){0,3}(?:dit|volgend|komend) jaar',
	], fires: ['Ik neem dit advies over.', 'Ik laat onderzoeken of de regels moeten worden aangescherpt.', 'Daar wil ik graag in gesprek met het bestuur.'], silent: ['Het advies is door de vorige minister overgenomen.']},
];
const compiledOwnSteps = compileRules(ownStepRules);

// What a promise is not (the issue's list): a description, a refusal, others' duties, a forecast, a
// possibility, a past event, work already under way, continuing current policy, a condition, an aim
// without a step, emphasis.
const notPromises: ReadonlyArray<readonly [string, RegExp]> = [
	['condition', /^(?:(?:alleen|slechts|pas|enkel)\s+)?(?:mocht|mochten|indien|als|wanneer|zodra|voor\s+zover)(?![\p{L}])/iu],
	// "Hierdoor zal een geïmporteerd paard … uitgesloten worden": what a step brings about, not a new one.
	['consequence', /^(?:hierdoor|daardoor|zodoende|dientengevolge)(?![\p{L}])/iu],
	['emphasis', /(?:wil|willen)\s+(?:\p{L}+\s+){0,2}(?:benadrukken|opmerken|onderstrepen|vooropstellen|wijzen)/iu],
	['forecast', /(?:de\s+verwachting\s+is|verwacht(?:en)?\s+dat|wijst\s+er\s*op|laten\s+zien|ligt\s+het\s+in\s+de\s*rede)/iu],
	['possibility', /(?<![\p{L}])(?:kan|kunnen)\s+(?:\p{L}+\s+){0,5}(?:worden|gaan|vallen|leiden)(?![\p{L}])|(?<![\p{L}])mogelijk(?:heid)?(?![\p{L}])/iu],
	['under way', /(?<![\p{L}])(?:momenteel|op\s+dit\s+moment|thans)(?![\p{L}])|(?:ben|is|zijn)\s+(?:\p{L}+\s+){0,4}(?:bezig|in\s+gesprek)|(?:werk|werkt|werken)\s+(?:\p{L}+\s+){0,4}aan(?![\p{L}])|wordt\s+gewerkt\s+aan/iu],
	['continuing', /(?<![\p{L}])(?:blijf|blijft|blijven)(?![\p{L}])/iu],
	['refusal', /kies\s+(?:ik|wij|we|het\s+kabinet)\s+(?:er\s*)?(?:voor|ervoor)[^.]*?(?<![\p{L}])geen(?![\p{L}])|(?:zal|zullen)\s+(?:ik|wij|we)\s+(?:\p{L}+\s+){0,3}(?:niet|geen)(?![\p{L}])|niet\s+mogelijk/iu],
	['necessity', /(?<![\p{L}])(?:moet|moeten|hoeven|hoeft)(?![\p{L}])/iu],
	['aim', /(?:de\s+voorkeur\s+is|het\s+streven\s+is|te\s+hebben\s+\p{L}+)/iu],
	['description', /^(?:de|het|deze|dit)\s+(?:[\p{L}-]+\s+){0,4}(?:van\s+kracht\s+wordende|stelt|bepaalt|bepalen|scherpt)(?![\p{L}])|vast\s+te\s+stellen|(?:wordt|worden)\s+(?:[\p{L}-]+\s+){0,4}vervangen\s+door/iu],
	['past', /(?<![\p{L}])(?:is|zijn|werd|werden|heeft|hebben|had|hadden)\s+(?:[\p{L}-]+\s+){0,12}?(?:ge[\p{L}]{3,}(?:d|t)|bekend\s*gemaakt|aangeboden)(?![\p{L}])|(?:startte|begon|stuurde|besloot)(?![\p{L}])|\p{L}gestart(?![\p{L}])|(?:is|zijn)bekend\s*gemaakt/iu],
];
// A step of one's own stated in the future survives "past" ("heb ik besloten … te dekken").
const futureMarker = /(?<![\p{L}])(?:zal|zullen|ga|gaat|gaan|wil|willen|ontvangt|informeer|stuur)(?![\p{L}])/iu;

// "ga ik onderzoeken of …", "zal ik …": the government's own step, whatever possibility it weighs.
const ownFuture = /(?<![\p{L}])(?:(?:ga|zal|wil)\s*(?:ik|wij|we|het\s+kabinet)|(?:ik|wij|we|het\s+kabinet)\s+(?:ga|gaan|gaat|zal|zullen|wil|willen))(?![\p{L}])/iu;
// A promise to the Kamer stands under a condition too ("Wanneer het kabinet de voorlichting ontvangen heeft, zal deze … gestuurd worden").
const toKamer = /Kamer\s*(?:\p{L}+\s+){0,2}(?:gestuurd|toegezonden|geïnformeerd|ingelicht|aangeboden|gedeeld|verstuurd)|(?:informeer|stuur|ontvangt)[^.]{0,40}Kamer/iu;
// Others' plans: a subject the sentence names that is not the government ("De EU zal …", "Fokus geeft aan …").
const government = /^(?:(?:de|het)\s+(?:kabinet|regering|minister|staatssecretaris|ministerie|rijksoverheid)|mijn\s+ministerie)/iu;

// "In het najaar publiceert de toezichthouder nieuwe cijfers": a verb, then someone else as its subject.
const othersAct = /(?<![\p{L}])(?!wordt|heeft|gaat|staat|moet|komt|geldt|bestaat)\p{L}{3,}t\s+(?:de|het)\s+(?!kabinet|regering|minister|staatssecretaris|ministerie|rijksoverheid)\p{L}+/u;
const firstPersonWord = /(?<![\p{L}])(?:ik|wij|we|mijn|ons|onze)(?![\p{L}])/iu;

/** Whether a sentence with future evidence is a commitment: the government's own new step or information for the Kamer. */
export function promises(sentence: string, ownStep = false): boolean {
	const text = sentence.replaceAll(/\s+/gu, ' ');
	const own = ownStep || ownFuture.test(text) || findEvidence(text, compiledOwnSteps).length > 0;
	if (!own && !toKamer.test(text) && othersAct.test(text) && !firstPersonWord.test(text)) {
		return false;
	}

	for (const [name, pattern] of notPromises) {
		const excused = (own && (name === 'past' || name === 'possibility' || name === 'necessity'))
			|| (name === 'past' && futureMarker.test(text) && !/\p{L}*gestart/iu.test(text))
			|| (name === 'condition' && toKamer.test(text));
		if (pattern.test(text) && !excused) {
			return false;
		}
	}

	const who = promiser(text, undefined);
	return who.from === 'answering minister' || government.test(who.name);
}
// "ontvangt de Kamer dit jaar …": a promise may name this year alone, which the future flag leaves out
// (in a description, "dit jaar" is often the past: "Dit jaar is …").
const compiledDeadlines = compileRules([...deadlinePhrases, {name: 'future.deadline', phrases: ['dit jaar']}]);

/** Every future promise in a scorecard's answers, one per sentence, in letter order. */
export function findCommitments(scorecard: Scorecard): Commitment[] {
	const {meta} = scorecard;
	const letterDate = meta.date ?? meta.received;
	const keys = answerKeys(scorecard.answers.map(answer => answer.number));
	const commitments: Commitment[] = [];
	const seen = new Set<string>();
	scorecard.answers.forEach((answer, index) => {
		const future = answer.flags.future;
		if (answer.answer === null) {
			return;
		}

		// A grouped answer is repeated under each of its questions; list its promises once.
		const group = `${answer.answeredWith.join(',')}\u0000${answer.answer}`;
		if (answer.answeredWith.length > 1 && seen.has(group)) {
			return;
		}

		seen.add(group);
		const ownSteps = findEvidence(answer.answer, compiledOwnSteps);
		for (const sentence of splitSentences(answer.answer)) {
			const inSentence = (hit: Evidence) => hit.start >= sentence.start && hit.start < sentence.end;
			const hits = [...future.evidence.filter(hit => inSentence(hit)), ...ownSteps.filter(hit => inSentence(hit))];
			if (hits.length === 0 || !promises(sentence.text, ownSteps.some(hit => inSentence(hit)))) {
				continue;
			}

			const found = findDeadline(answer.answer, sentence, hits, letterDate);
			const deadline = found?.phrase;
			const resolved = found?.date === undefined ? undefined : {date: found.date, rule: found.rule!};
			const who = promiser(sentence.text, meta.answeredBy);
			commitments.push({
				letter: scorecard.source,
				...(meta.subject === undefined ? {} : {subject: meta.subject}),
				...(letterDate === undefined ? {} : {letterDate}),
				number: answer.number,
				key: keys[index]!,
				sentence: sentence.text.replaceAll(/\s+/gu, ' '),
				promisedBy: who.name,
				promisedByFrom: who.from,
				...(deadline === undefined ? {} : {deadline}),
				...(resolved === undefined ? {} : {deadlineDate: resolved.date, deadlineRule: resolved.rule}),
				rules: [...new Set(hits.map((hit: Evidence) => hit.rule))],
			});
		}
	});
	return commitments;
}

/**
 * The deadline phrase of a promise sentence: the scoring's deadline evidence, else a deadline phrase the
 * scoring folded into a longer span ("wordt naar verwachting vóór het zomerreces … verstuurd"). The
 * phrase is read on where the table matches more ("in het najaar" → "in het najaar van 2025").
 */
function findDeadline(answer: string, sentence: Sentence, hits: readonly Evidence[], letterDate: string | undefined): {readonly phrase: string; readonly date?: string; readonly rule?: string} | undefined {
	const year = letterDate === undefined ? undefined : Number(letterDate.slice(0, 4));
	const inSentence = findEvidence(sentence.text, compiledDeadlines, sentence.start)
		.filter(hit => year === undefined || !/20\d\d/u.test(hit.text) || Number(/20\d\d/u.exec(hit.text)![0]) >= year);
	const hit = [...hits.filter(evidence => deadlineRules.has(evidence.rule)), ...inSentence].sort((a, b) => a.start - b.start)[0];
	if (hit === undefined) {
		return undefined;
	}

	const extended = resolveDeadlineAt(answer, hit.start, letterDate);
	if (extended !== undefined && extended.phrase.length >= hit.text.length) {
		return {...extended, phrase: extended.phrase.replaceAll(/\s+/gu, ' ')};
	}

	const resolved = resolveDeadline(hit.text, letterDate);
	return {phrase: hit.text.replaceAll(/\s+/gu, ' '), ...resolved};
}

const firstPerson = /^(?:ik|wij|we|mijn ministerie)$/u;
const modal = String.raw`(?:zal|zullen|ga|gaat|gaan|wil|wilt|willen|ben|is|zijn|werkt|werken|informeer|informeert|informeren|stuur|stuurt|sturen|kom|komt|komen|verwacht|verwachten|onderzoekt|onderzoeken|neemt|nemen|treedt|treden)`;
const roles = String.raw`(?:kabinet|regering|minister|staatssecretaris|ministerie|inspectie|toezichthouder|politie|rijksoverheid|overheid|gemeente|provincie|sector)`;
const word = String.raw`\p{Lu}(?:\p{Ll}[\p{L}-]*|[\p{Lu}\p{N}&-]*)`;
const properName = String.raw`${word}(?: (?:van |voor |en )?${word}){0,4}`;
// Articles and pronouns are matched in lower case (the sentence's first letter is lowered first); names
// must start with a capital, bare names only as acronyms ("NVWA zal"), so "Daarom zal" is no subject.
const named = String.raw`(?:(?:de|het) (?:${roles}(?: van ${properName})?|${properName})|\p{Lu}{2,}[\p{L}\p{N}-]*|mijn ministerie|ik|wij|we)`;
// Subject before the verb ("De NVWA zal …", "Het kabinet gaat …") or after it ("Later dit jaar zal ik …").
const subjectFirst = new RegExp(String.raw`(?:^|[,;:]\s*)(${named})\s+${modal}(?![\p{L}])`, 'u');
const verbFirst = new RegExp(String.raw`(?<![\p{L}])${modal}\s+(${named})(?![\p{L}])`, 'u');
const parliament = /Kamer/u;

/**
 * Who makes the promise in a sentence: the subject it names explicitly ("De NVWA zal…" → "de NVWA",
 * "Het kabinet…" → "het kabinet"), else the answering minister (also for "ik" and "wij", and for passive
 * sentences such as "Uw Kamer wordt … geïnformeerd", where the minister is the one who informs).
 */
export function promiser(sentence: string, answeredBy: string | undefined): {readonly name: string; readonly from: 'answering minister' | 'sentence'} {
	const minister = {name: answeredBy ?? 'the answering minister', from: 'answering minister' as const};
	const spaced = sentence.replaceAll(/\s+/gu, ' ').trim();
	const flat = spaced.replace(/^\p{Lu}(?=\p{Ll})/u, letter => letter.toLowerCase());
	const candidates = [subjectFirst.exec(flat), verbFirst.exec(flat)]
		.filter((match): match is RegExpExecArray => match !== null)
		.sort((a, b) => a.index - b.index);
	for (const match of candidates) {
		const subject = match[1]!;
		if (firstPerson.test(subject)) {
			return minister;
		}

		if (!parliament.test(subject)) {
			return {name: subject, from: 'sentence'};
		}
	}

	return minister;
}
