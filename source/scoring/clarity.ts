import type {Clarity, Evidence, Flags} from './model.js';
import {findDeclines} from './declines.js';
import type {AnswerSentences} from './sentences.js';
import {countWords} from './deflects.js';
import {compileRules, findEvidence, type PhraseRule} from './patterns.js';
import {flagRegister, toggleFlags} from './flags.js';

export {declineRules} from './declines.js';

/**
 * A question whose condition an earlier answer took away: "Met het antwoord op vraag 1 vervalt de
 * aanleiding voor de vragen 2 t/m 4", "Niet van toepassing". Careful readers call such a short answer
 * clear and not deflecting: there is nothing left to answer.
 */
export const lapseRules: readonly PhraseRule[] = [
	{name: 'clarity.lapses', phrases: [
		'(?:vervalt|vervallen) (?:\\p{L}+\\s+){0,3}(?:aanleiding|vraag|vragen|beantwoording)', '(?:aanleiding|vraag|vragen|beantwoording) (?:\\p{L}+\\s+){0,6}(?:vervalt|vervallen|komt te vervallen)',
		'^(?:deze vraag )?(?:is |zijn )?(?:hiermee |daarmee |dan )?niet (?:meer )?van toepassing', '(?:behoeft|behoeven|hoeft|hoeven) (?:\\p{L}+\\s+){0,6}geen (?:verdere? |nadere? )?(?:antwoord|beantwoording)',
	]},
];
const compiledLapses = compileRules(lapseRules);
// A lapsed question is answered in a line: past this many words the answer says more and is judged as usual.
const lapseWords = 30;

/** Evidence that the question lapsed (see lapseRules), in a short answer; none otherwise. */
export function findLapse(answer: string): Evidence[] {
	return countWords(answer) < lapseWords ? findEvidence(answer, compiledLapses) : [];
}

/** The clarity verdict with the evidence for a non-reply. */
export type ClarityReading = {
	readonly clarity: Clarity;
	readonly evidence: readonly Evidence[];
};

// Questions in one numbered question from which a single answer is read as partial (see judgeClarity).
const manyAsks = 3;

// Below this many words beyond a pointer, declining or "no information" is all the answer says.
const bareAnswerWords = 40;

/**
 * Reads the answer as a whole: a non-reply declines, claims not to know or only points elsewhere;
 * an ambivalent answer deflects or leaves a yes/no question without a yes or no; otherwise clear.
 */
export function judgeClarity(answer: string | null, sentences: AnswerSentences, closed: boolean, flags: Flags, firstAsksYesNo = closed, asks = 1): ClarityReading {
	if (answer === null || answer.trim().length === 0) {
		return {clarity: 'non-reply', evidence: []};
	}

	const lapsed = findLapse(answer);
	if (lapsed.length > 0) {
		return {clarity: 'clear', evidence: lapsed};
	}

	const words = countWords(answer);
	const first = sentences.first;
	const inOpening = (hit: Evidence) => first !== undefined && hit.start < first.end;
	const declined = findDeclines(answer);
	const direct = flags.direct.value !== null;

	// Declining is all a short answer does; a longer one that declines first and then talks in
	// general terms is evasive rather than silent.
	if (!direct && declined.length > 0 && (words < bareAnswerWords || (declined.some(hit => inOpening(hit)) && words < bareAnswerWords * 2 && !flags.deflects.value))) {
		return {clarity: 'non-reply', evidence: declined};
	}

	const openingWithheld = flags.confidential.evidence.filter(hit => inOpening(hit));
	if (!direct && openingWithheld.length > 0 && (declined.length > 0 || words < bareAnswerWords)) {
		return {clarity: 'non-reply', evidence: [...openingWithheld, ...declined]};
	}

	const deflections = flags.deflects.evidence;
	// A pointer to another answer may open a sentence that goes on to answer ("Zoals aangegeven in
	// het antwoord op vraag 2, neem ik afstand van …"); a sentence that sends the reader to a letter
	// or website ("Over het nieuwe beleid heb ik u geïnformeerd in de Kamerbrief …") says nothing more.
	const referralSentences = [...new Map(deflections
		.filter(hit => hit.rule === 'deflects.elsewhere')
		.map(hit => sentences.at(hit.start))
		.filter(sentence => sentence !== undefined)
		.map(sentence => [sentence.start, sentence])).values()];
	const pointerWords = deflections
		.filter(hit => hit.rule === 'deflects.cross-reference' && !referralSentences.some(sentence => hit.start >= sentence.start && hit.end <= sentence.end))
		.reduce((sum, hit) => sum + countWords(hit.text), 0)
		+ referralSentences.reduce((sum, sentence) => sum + countWords(sentence.text), 0);
	// Deflecting by saying too little, or only deferring, is evasive; pointing elsewhere with next to
	// nothing besides is no reply at all.
	if (deflections.some(hit => hit.rule !== 'deflects.short-implicit' && hit.rule !== 'deflects.defers') && words - pointerWords <= 8) {
		return {clarity: 'non-reply', evidence: deflections};
	}

	// Not knowing: "wordt niet centraal geregistreerd… geen betrouwbare gegevens", "Het is mij niet bekend of…".
	const missing = deflections.filter(hit => hit.rule === 'deflects.no-information');
	// Opening with "not known" and going on only to explain why, or to promise the facts later, is no reply now.
	if (!direct && missing.some(hit => inOpening(hit)) && (words < bareAnswerWords * 2 || (flags.future.value && words < bareAnswerWords * 3))) {
		return {clarity: 'non-reply', evidence: missing};
	}

	if (flags.deflects.value) {
		return {clarity: 'ambivalent', evidence: deflections};
	}

	// A yes/no question left without a yes or no is answered only implicitly; when the question
	// opens with an open part ("Hoeveel…? Zijn er…?"), the answer is judged on that part.
	if (closed && firstAsksYesNo && !direct) {
		return {clarity: 'ambivalent', evidence: []};
	}

	// One answer to three or more separate questions is rarely complete: of the answers the rules
	// above would call clear, readers called 5 of 6 such answers partial (ambivalent; 5 letters of
	// the 36 labelled). Few cases, but the reading is the guide's: partial is ambivalent.
	if (asks >= manyAsks) {
		return {clarity: 'ambivalent', evidence: []};
	}

	return {clarity: 'clear', evidence: []};
}

// A clear answer to an open question has no yes or no to earn its points with: it gets these.
const clearOpenAnswer = 10;

/** Points each clarity verdict starts from. */
export const clarityBase: Readonly<Record<Clarity, number>> = {clear: 80, ambivalent: 45, 'non-reply': 10};

/**
 * The 0–100 score: the clarity base; +20 for a clear yes or no to a closed question, or +10 for a
 * clear answer to an open one; −15 when it deflects, −10 when it hides behind confidentiality,
 * −5 when it only promises the future; clamped to 0–100. No answer scores 0.
 */
export function scoreAnswer(answer: string | null, closed: boolean, clarity: Clarity, flags: Flags): number {
	if (answer === null) {
		return 0;
	}

	let score = clarityBase[clarity];
	if (closed && flags.direct.value !== null) {
		score += flagRegister.direct.weight;
	} else if (!closed && clarity === 'clear') {
		score += clearOpenAnswer;
	}

	for (const flag of toggleFlags()) {
		score += flags[flag].value ? flagRegister[flag].weight : 0;
	}

	return Math.max(0, Math.min(100, score));
}
