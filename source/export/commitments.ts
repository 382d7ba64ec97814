// Commitments (toezeggingen) made in written answers: every sentence of an answer that carries future
// evidence, with who promises, the deadline phrase as written and, where possible, a resolved date. Pure.
import type {Scorecard} from '../scoring/index.js';
import type {Evidence} from '../scoring/model.js';
import {deadlineRules as deadlinePhrases} from '../scoring/future.js';
import {compileRules, findEvidence} from '../scoring/patterns.js';
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
const compiledDeadlines = compileRules(deadlinePhrases);

/** Every future promise in a scorecard's answers, one per sentence, in letter order. */
export function findCommitments(scorecard: Scorecard): Commitment[] {
	const {meta} = scorecard;
	const letterDate = meta.date ?? meta.received;
	const keys = answerKeys(scorecard.answers.map(answer => answer.number));
	const commitments: Commitment[] = [];
	const seen = new Set<string>();
	scorecard.answers.forEach((answer, index) => {
		const future = answer.flags.future;
		if (!future.value || answer.answer === null) {
			return;
		}

		// A grouped answer is repeated under each of its questions; list its promises once.
		const group = `${answer.answeredWith.join(',')}\u0000${answer.answer}`;
		if (answer.answeredWith.length > 1 && seen.has(group)) {
			return;
		}

		seen.add(group);
		for (const sentence of splitSentences(answer.answer)) {
			const hits = future.evidence.filter(hit => hit.start >= sentence.start && hit.start < sentence.end);
			if (hits.length === 0) {
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
