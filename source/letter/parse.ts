import {createHash} from 'node:crypto';
import type {Footnote, Letter, LetterKind, LetterLayout, LetterMeta, Question} from './model.js';
import {normaliseText} from './normalise.js';
import {unwrapLines} from './unwrap.js';
import {restoreLineBreaks} from './flattened.js';
import {fromMarkdown} from './markdown.js';
import {takeInterleavedNotes} from './interleaved-notes.js';
import {readMeta} from './meta.js';
import {cleanAanhangsel, dehyphenate} from './clean-aanhangsel.js';
import {hasBareNumberMarkers, hasQuestionMarkers, splitMarked, type RawBlock} from './split-marked.js';
import {splitGroupedQuestion} from './split-group.js';
import {splitNumbered} from './split-numbered.js';
import {dehyphenateOcr, isOcrLetter, ocrLetterOnPage, splitOcr} from './split-ocr.js';
import {citeReferenceNotes, splitReferenceNotes} from './reference-notes.js';
import {afterNumber, asks, letterheadLabel, letterheadValue} from './shapes.js';

const aanhangselSigns = /Aanhangsel van de Handelingen|^ah-tk-\d|^Tweede Kamer, vergaderjaar/mu;
const postponementSigns = /^\s*Mededeling van|uitstel (?:van )?(?:de )?beantwoording|kunnen niet binnen de gebruikelijke termijn|niet binnen de (?:gebruikelijke|gestelde) termijn worden beantwoord/imu;
const preambleStart = /^[ \t]*(?:\[[^\]\n]*\][ \t]*)*Vra(?:ag|gen) (?:gesteld )?van (?:het lid|de leden)/mu;
// A letter's head that says it holds answers: "Antwoord van minister … (ontvangen …)", "Antwoorden op
// Kamervragen …", "… worden beantwoord zoals aangegeven in de bijlage".
const answersSign = /Antwoord(?:en)? (?:van|op)\b|\(?ontvangen\s+\d|beantwoord|Beantwoording/iu;
// A "1." letter's first question (after a Word bookmark).
const firstNumbered = new RegExp(String.raw`^[ \t]*(?:\[bookmark:[^\]\n]*\][ \t]*)*1${afterNumber}`, 'mu');

/**
 * Reads normalised or raw letter text into a Letter. Never throws: odd input gives an empty Letter with
 * notices. `listedSources` are the members' sources a Word letter's reader set apart already, so that
 * the text's marks ("[1]") are read as citing them.
 */
export function parseLetter(rawText: string, source: string, listedSources: readonly Footnote[] = []): Letter {
	const normalised = normaliseText(rawText);
	// Of the text as it came, before hard-wrapped lines are rejoined: a review file made by an earlier
	// build, which did not rejoin them, still belongs to the letter.
	const fingerprint = createHash('sha256').update(normalised).digest('hex');
	const text = separateGlued(unwrapLines(restoreLineBreaks(fromMarkdown(normalised))));
	const layout = detectLayout(text);
	const footnotes: Footnote[] = [];
	let sourceNotes: Footnote[] = [];
	let body = text;
	if (layout === 'aanhangsel') {
		const cleaned = cleanAanhangsel(text);
		// A letter converted to Markdown carries its notes as Word footnotes (see markdown.ts).
		const notes = extractWordFootnotes(cleaned.text);
		// A note that extraction put between two sentences, not at its page's foot.
		const interleaved = takeInterleavedNotes(notes.text, [...cleaned.footnotes, ...notes.footnotes]);
		body = noteMarksAsRefs(interleaved.text, []);
		footnotes.push(...cleaned.footnotes, ...notes.footnotes, ...interleaved.notes);
	} else {
		const extracted = extractWordFootnotes(text);
		// The members' list of sources under the last answer ("1) Vereniging Eigen Huis, 8 oktober…")
		// is footnotes, not part of that answer.
		const split = splitReferenceNotes(extracted.text);
		// Only a list that reads as sources (a link, a year, a quoted title, a Kamerstuk) is one: an
		// answer may itself end in a numbered list ("1) … 2) …").
		const sources = split.notes.length > 0 && split.notes.every(note => sourceLike.test(note.text)) ? split : {text: extracted.text, notes: []};
		const interleaved = takeInterleavedNotes(stripPageHeaders(sources.text), [...extracted.footnotes, ...sources.notes]);
		body = noteMarksAsRefs(interleaved.text, [...sources.notes, ...listedSources]);
		footnotes.push(...extracted.footnotes, ...sources.notes, ...interleaved.notes);
		sourceNotes = sources.notes;
	}

	// A scanned page may hold several letters: the one read is whole on it.
	const page = layout === 'ocr' ? dehyphenateOcr(ocrLetterOnPage(body)) : undefined;
	const ocr = page === undefined ? undefined : splitOcr(page);
	footnotes.push(...(ocr?.footnotes ?? []));
	const split = ocr ?? (layout === 'word-text' ? splitNumbered(body, Math.max(0, body.search(preambleStart))) : splitMarked(body));
	// The metadata of a scanned page has its line-break hyphens repaired as its text has ("(Ont-vangen …)").
	const metaText = page ?? text;
	const notices: string[] = [];
	const assembled = assemble(split.blocks, layout, notices, answersSign.test(split.preamble));
	const questions = sourceNotes.length === 0 ? assembled : citeReferenceNotes(assembled, sourceNotes);
	const answered = questions.some(question => question.answer !== null);
	const kind: LetterKind = answered ? 'answers' : postponementSigns.test(text.slice(0, 4000)) ? 'postponement' : 'questions-only';
	if (kind === 'postponement') {
		notices.unshift(questions.length === 0 ? 'postponement notice: the answers are postponed' : 'postponement notice: the answers are postponed; the questions are listed without answers');
	}

	notices.push(...numberZeroNotices(body, questions));
	if (questions.length === 0) {
		notices.push('no numbered questions found');
	} else if (kind === 'questions-only') {
		notices.unshift('no answers found: the letter holds the questions only');
	}

	return {
		source,
		layout: layout ?? 'word-text',
		kind,
		meta: kind === 'postponement' ? noticeMeta(readMeta(metaText)) : readMeta(metaText),
		questions,
		footnotes,
		notices,
		fingerprint,
	};
}

/** Which layout a normalised text is in, or undefined when it has no numbered questions at all. */
export function detectLayout(text: string): LetterLayout | undefined {
	if (hasQuestionMarkers(text)) {
		return aanhangselSigns.test(text.slice(0, 2000)) ? 'aanhangsel' : 'ministry';
	}

	if (hasBareNumberMarkers(text)) {
		return 'ministry';
	}

	if (isOcrLetter(text)) {
		return 'ocr';
	}

	return firstNumbered.test(text) ? 'word-text' : undefined;
}

/** Moves Word footnotes ("[2:  Kamerbrief over …]") out of the text, and drops Word artefacts. */
function extractWordFootnotes(text: string): {text: string; footnotes: Footnote[]} {
	const footnotes: Footnote[] = [];
	const cleaned = text
		.replaceAll(/\[(\d{1,3}):\s+([^\]\n]*)\]/gu, (_, id: string, note: string) => {
			footnotes.push({id, text: note.trim()});
			return '';
		})
		.replaceAll(/\[image:[^\]\n]*\]/gu, '')
		.replaceAll(/\[bookmark:[^\]\n]*\]/gu, '');
	return {text: cleaned, footnotes};
}

// A footnote reference as the readers keep it until a block is tidied: Word's "[footnoteRef:3]", or a
// note mark printed in the text ("[footnoteRef:[1]]" for the members' list of sources "[1] NOS, …").
const footnoteRef = /\[footnoteRef:(\[\d{1,3}\]|\d{1,3})\]/gu;
// A note mark printed in the text: "[1]" or "[1 ]" after a word or a punctuation mark ("vraag[1] 3",
// "bericht [2]?"), not a note's own line ("[1] NOS, …") nor a link ("[1](https://…)").
const inlineNoteMark = /(?<=[\p{L}\p{N}.,;:?!)\]»”’"'])[ \t]?\[(\d{1,3})[ \t]*\](?![(:])/gu;

/**
 * The text with its printed note marks made footnote references, so that they stay out of the
 * question and answer texts (a phrase cut by a mark, "in het antwoord op vraag[1] 3", reads whole) and
 * the question lists the note; a mark names a source of the members' list ("[1]") when there is one.
 */
function noteMarksAsRefs(text: string, sources: readonly Footnote[]): string {
	const bracketed = sources.some(note => note.id.startsWith('['));
	return text.replaceAll(inlineNoteMark, (_, number: string) => `[footnoteRef:${bracketed ? `[${number}]` : number}]`);
}

/** Footnote references left in a block (see footnoteRef). */
function footnoteRefs(text: string): string[] {
	return [...text.matchAll(footnoteRef)].map(match => match[1]!);
}

const sentenceEnd = /[.?!:;]["”»)]?$/u;
const sourceLike = /https?:\/\/|www\.|(?<!\d)(?:19|20)\d\d(?!\d)|[«"“‘']|Kamerstuk/u;

/** Tidies a block's text: footnote references out, lines rejoined as the layout needs. */
function tidy(text: string, layout: LetterLayout | undefined): string {
	let result = text.replaceAll(footnoteRef, '');
	if (layout === 'aanhangsel') {
		// PDF lines break inside sentences: join them, keeping a break after a sentence end.
		// (Each line is tested, not the text joined so far: an end-anchored test of that costs its length.)
		const parts: string[] = [];
		let previous = '';
		for (const line of dehyphenate(result).split('\n')) {
			const trimmed = line.trim();
			if (trimmed !== '') {
				parts.push(previous === '' ? trimmed : sentenceEnd.test(previous) ? `\n${trimmed}` : ` ${trimmed}`);
				previous = trimmed;
			}
		}

		result = parts.join('');
	}

	return result
		.split('\n')
		.map(line => line.replace(/[ \t]+$/u, '').replace(/^[ \t]+/u, ''))
		.join('\n')
		.replaceAll(/\n{3,}/gu, '\n\n')
		.trim();
}

/** Builds the questions from marker blocks, sharing grouped answers and noting what is odd. */
// "Vraag 0", "0. Kunt u …?", "0 Kunt u …?" at the start of a line: a question numbered 0.
const numberedZero = /^(?:vraag\s+0|0[.)]?)\s+\S/imu;

/**
 * Letters number their questions from 1. A question numbered 0 is read as question 0 ("Vraag 0")
 * or not at all ("0." before the first question): either way the reader is told.
 */
function numberZeroNotices(body: string, questions: readonly Question[]): string[] {
	if (questions.some(question => question.number === 0)) {
		return ['a question is numbered 0 (letters number from 1): it is read as question 0'];
	}

	return numberedZero.test(body) ? ['a line numbered 0 was not read as a question (letters number from 1)'] : [];
}

function assemble(blocks: readonly RawBlock[], layout: LetterLayout | undefined, notices: string[], saysItAnswers = false): Question[] {
	const questions = new Map<number, {text: string; answer: string | null; answeredWith: number[]; refs: Set<string>}>();
	const seenQuestion: number[] = [];
	// A letter without one "Antwoord" heading may still answer every question in the paragraphs after it
	// (the question in bold, the answer in plain type): when its head says it answers ("Antwoord van
	// minister … (ontvangen …)") and most questions have such paragraphs, those are the answers. The
	// members' own questions may be followed by context ("Volgens de fabrikant …"), which answers nothing.
	const questionBlocks = blocks.filter(block => block.kind === 'question');
	const letterHasAnswers = blocks.some(block => block.kind === 'answer')
		|| (saysItAnswers && layout !== 'word-text' && questionBlocks.length > 0 && questionBlocks.filter(block => splitInlineAnswer(block.text).answer !== undefined).length * 2 > questionBlocks.length);
	// The numbers the letter prints a question or an answer for (looked up per block: a set, not a scan).
	const asked = new Set(questionBlocks.flatMap(block => block.numbers));
	const answered = new Set(blocks.filter(block => block.kind === 'answer').flatMap(block => block.numbers));
	// A misprinted question's number, and what it is read as, for the answer printed right under it.
	let misprint: {printed: number; read: number} | undefined;
	for (const [position, block] of blocks.entries()) {
		if (block.kind === 'question') {
			let numbers = [...block.numbers];
			misprint = undefined;
			// A number printed twice where the next number is missing is a misprint ("Vraag 7" twice, then "Antwoord 8").
			if (numbers.length === 1 && questions.has(numbers[0]!) && !asked.has(numbers[0]! + 1)) {
				notices.push(`question ${numbers[0]!} is printed twice; the second is read as question ${numbers[0]! + 1}`);
				misprint = {printed: numbers[0]!, read: numbers[0]! + 1};
				numbers = [misprint.read];
			}

			let questionText = block.text;
			let inlineAnswer: string | undefined;
			const nextIsAnswer = blocks[position + 1]?.kind === 'answer';
			if (letterHasAnswers && !nextIsAnswer && layout !== 'word-text' && !answered.has(numbers[0]!)) {
				// Some ministries leave out the "Antwoord" heading: the answer follows the question's paragraph.
				const split = splitInlineAnswer(block.text);
				questionText = split.question;
				inlineAnswer = split.answer;
			}

			const parts = splitGroupedQuestion(questionText, numbers.length);
			for (const [index, number] of numbers.entries()) {
				if (questions.has(number)) {
					notices.push(`question ${number} appears more than once; the first is kept`);
					continue;
				}

				questions.set(number, {
					text: tidy(parts[index] ?? questionText, layout).replaceAll(/\s+/gu, ' '),
					answer: inlineAnswer === undefined ? null : tidy(inlineAnswer, layout),
					answeredWith: [number],
					refs: new Set(footnoteRefs(block.text)),
				});
				seenQuestion.push(number);
			}

			continue;
		}

		const answer = tidy(block.text, layout);
		// "Vraag 2 … Antwoord 2" printed twice: the second answer is the second question's, unless the
		// letter answers the next number itself.
		const answerNumbers = misprint !== undefined && block.numbers.length === 1 && block.numbers[0] === misprint.printed && !answered.has(misprint.read)
			? [misprint.read]
			: block.numbers;
		misprint = undefined;
		for (const number of answerNumbers) {
			let question = questions.get(number);
			if (question === undefined) {
				// Keep the answer rather than drop it: the question text is empty.
				notices.push(`an answer is given for question ${number}, which the letter does not ask`);
				question = {text: '', answer: null, answeredWith: [number], refs: new Set()};
				questions.set(number, question);
			}

			question.answer = question.answer === null ? answer : `${question.answer}\n\n${answer}`;
			question.answeredWith = [...answerNumbers].filter(other => questions.has(other));
			for (const ref of footnoteRefs(block.text)) {
				question.refs.add(ref);
			}
		}
	}

	const numbers = [...questions.keys()].sort((a, b) => a - b);
	for (const [index, number] of numbers.entries()) {
		const previous = numbers[index - 1] ?? 0;
		if (number > previous + 1) {
			notices.push(previous + 1 === number - 1 ? `question ${previous + 1} is missing` : `questions ${previous + 1}–${number - 1} are missing`);
		}
	}

	const unanswered = numbers.filter(number => questions.get(number)!.answer === null || questions.get(number)!.answer === '');
	if (unanswered.length > 0 && unanswered.length < numbers.length) {
		notices.push(`no answer found for question${unanswered.length > 1 ? 's' : ''} ${unanswered.join(', ')}`);
	}

	return numbers.map(number => {
		const question = questions.get(number)!;
		return {
			number,
			text: question.text,
			answer: question.answer === '' ? null : question.answer,
			answeredWith: question.answeredWith.length > 0 ? question.answeredWith : [number],
			footnoteIds: [...question.refs],
		};
	});
}


/** Splits "question paragraph(s)? answer paragraphs" at the end of the last paragraph that asks. */
function splitInlineAnswer(text: string): {question: string; answer?: string} {
	const paragraphs = text.trim().split(/\n\s*\n|\n/u);
	const lastAsking = paragraphs.findLastIndex(paragraph => asks(paragraph));
	if (lastAsking === -1 || lastAsking === paragraphs.length - 1) {
		return {question: text};
	}

	// A label of its own ("A:", "Antwoord van de minister") opens the answer; it is not part of it.
	const rest = paragraphs.slice(lastAsking + 1).join('\n\n').trim();
	const label = /^(?:A|Antwoord(?: van (?:de )?(?:minister|staatssecretaris)\b[^\n:]{0,80})?):?(?:\n|$)/iu.exec(rest.slice(0, 120).replace(/[ \t]+(?=\n|$|:)/gu, ''));
	const answer = label === null ? rest : rest.slice(rest.indexOf('\n') === -1 ? rest.length : rest.indexOf('\n')).trim();
	return answer === '' ? {question: text} : {question: paragraphs.slice(0, lastAsking + 1).join('\n'), answer};
}

/** A postponement notice's days run to the notice: nothing has been answered yet. */
function noticeMeta({daysToAnswer, ...meta}: LetterMeta): LetterMeta {
	return daysToAnswer === undefined ? meta : {...meta, daysToNotice: daysToAnswer};
}

// A ministry letter printed to PDF repeats its letterhead on every page: "Datum 21 november 2024",
// "Ons kenmerk BZ2412345", "Pagina 2 van 4" (label and value on one line, or on two). Inside a question
// or an answer that block is no part of it.
const pageNumberLine = /^[ \t]*Pagina[ \t]+\d{1,3}[ \t]+van[ \t]+\d{1,3}[ \t]*$/u;
// "Datum 21 november 2024", "Ons kenmerk: BZ2412345": a label with a date or code; or a label alone,
// its value on the next line.
const labelWithValue = new RegExp(String.raw`^[ \t]*${letterheadLabel}[ \t]*:?[ \t]+(\S.{0,39})$`, 'u');
const bareLabel = new RegExp(String.raw`^[ \t]*${letterheadLabel}[ \t]*:?[ \t]*$`, 'u');
// How far a letterhead block reaches from its page number, in lines.
const letterheadReach = 8;

/** The text without the letterhead blocks repeated around "Pagina N van M" lines. */
function stripPageHeaders(text: string): string {
	if (!/Pagina[ \t]+\d/u.test(text)) {
		return text;
	}

	const lines = text.split('\n');
	const drop = new Set<number>();
	// Whether a line belongs to the letterhead: a label with its date or code, a bare label, the date or
	// code under a bare label, or blank. "Datum 1 mei: start van de proef" is text, and so is "Vraag 2".
	const furniture = (index: number) => {
		const line = lines[index]!;
		const labelled = labelWithValue.exec(line);
		return line.trim() === '' || pageNumberLine.test(line) || bareLabel.test(line)
			|| (labelled !== null && letterheadValue(labelled[1]!.trim()))
			|| (index > 0 && bareLabel.test(lines[index - 1]!) && letterheadValue(line.trim()));
	};

	for (const [index, line] of lines.entries()) {
		if (!pageNumberLine.test(line)) {
			continue;
		}

		drop.add(index);
		for (let up = index - 1; up >= Math.max(0, index - letterheadReach) && furniture(up); up--) {
			drop.add(up);
		}

		for (let down = index + 1; down < Math.min(lines.length, index + 1 + letterheadReach) && furniture(down); down++) {
			drop.add(down);
		}
	}

	return lines.filter((_, index) => !drop.has(index)).join('\n');
}

// PDF text glues words at line breaks; where a short function word ends up stuck to a capital
// ("deEuropese Commissie", "inNederland", "Welzijn enSport"), no Dutch word is spelled so, and the
// space is put back. Glued lower-case words ("bijhet") cannot be told from compounds and stay.
const functionWords = new Set(['aan', 'bij', 'dat', 'de', 'die', 'door', 'een', 'en', 'het', 'in', 'met', 'naar', 'of', 'om', 'op', 'over', 'te', 'uit', 'van', 'voor']);
// Where a lower-case letter meets a capital: rare in a letter, so this scan is cheap.
const lowerUpper = /[a-z](?=[A-ZÀ-ÖØ-Þ])/g;
const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether the word at `at` is part of a link, an e-mail address or a handle ("x.com/deTweedeKamer", "info@deOntmoeting.nl"). */
function inAddress(text: string, at: number): boolean {
	const tokenStart = Math.max(text.lastIndexOf(' ', at), text.lastIndexOf('\n', at), text.lastIndexOf('\t', at)) + 1;
	return /[/@=#:.?&_~]/u.test(text.slice(Math.max(tokenStart, at - 200), at));
}

// The same glue between two lower-case words, where the first is an auxiliary or pronoun and the second a
// word that cannot end a Dutch compound: "zalook", "moetenworden", "wordengeïmplementeerd", "ikonderzoeken",
// "Mijnministerie". Which second parts each first part takes (a participle only after an auxiliary:
// "mijngebied" is a word); words spelled so ("zijnde", "nogal", "welzijn", "hetgeen") stay whole.
const closedWords = 'ook|nog|niet|geen|het|een|worden|wordt|zijn|alleen|dat|die';
const participle = String.raw`ge\p{Ll}{3,}(?:d|t|en)`;
const gluedSecond: ReadonlyMap<string, RegExp> = new Map([
	...['zal', 'zullen', 'kan', 'kunnen', 'moet', 'moeten', 'wordt', 'worden', 'heeft', 'hebben', 'is', 'zijn'].map(first => [first, new RegExp(String.raw`^(?:${closedWords}|${participle}${['wordt', 'heeft', 'kan', 'moet', 'zal', 'is'].includes(first) ? '|de' : ''})$`, 'u')] as const),
	['niet', new RegExp(String.raw`^(?:${closedWords}|${participle}|met|aan|op|in|van|voor|bij|meer)$`, 'u')],
	['nog', new RegExp(String.raw`^(?:ook|niet|geen|het|een|${participle}|met|aan|op|in|van|voor|bij|meer)$`, 'u')],
	['ook', new RegExp(String.raw`^(?:nog|niet|geen|het|een|${participle}|met|aan|op|in|van|voor|bij|meer)$`, 'u')],
	['ik', new RegExp(String.raw`^(?:${closedWords}|de|\p{Ll}{4,}en)$`, 'u')],
	['mijn', /^(?:ministerie|ambtsvoorganger|ambtgenoot|collega)$/u],
]);
const gluedFirsts = [...gluedSecond.keys()].sort((a, b) => b.length - a.length);
const notGlued = new Set(['zijnde', 'hebbende', 'wordende', 'kunnende', 'zullende', 'nogal', 'ookal']);

/** Where a glued lower-case word splits into an auxiliary or pronoun and its next word (see gluedSecond); -1 when it does not. */
function gluedCut(word: string): number {
	const lower = word.toLowerCase();
	if (notGlued.has(lower) || word.slice(1) !== word.slice(1).toLowerCase()) {
		return -1;
	}

	for (const first of gluedFirsts) {
		if (lower.startsWith(first) && gluedSecond.get(first)!.test(lower.slice(first.length))) {
			return first.length;
		}
	}

	return -1;
}

// Letters that may start a glued auxiliary or pronoun; other words are passed over without a look.
const gluedStart = new Set('zkmwhino'.split('').flatMap(letter => [letter, letter.toUpperCase()]));
const isLetter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xC0 && code !== 0xD7 && code !== 0xF7 && code < 0x2000);

/** The text with a space put back between glued function words: before a capital (separateBeforeCapitals), then between lower-case words. */
function separateGlued(text: string): string {
	const spaced = separateBeforeCapitals(text);
	// A scan by character codes: a regular expression with look-behind costs a fifth of reading here.
	let result = '';
	let from = 0;
	for (let index = 0; index < spaced.length;) {
		if (!isLetter(spaced.charCodeAt(index))) {
			index++;
			continue;
		}

		let end = index + 1;
		while (end < spaced.length && isLetter(spaced.charCodeAt(end))) {
			end++;
		}

		if (end - index >= 5 && gluedStart.has(spaced[index]!) && !/\d/u.test(spaced[index - 1] ?? '')) {
			const cut = gluedCut(spaced.slice(index, end));
			if (cut > 0 && !inAddress(spaced, index)) {
				result += `${spaced.slice(from, index + cut)} `;
				from = index + cut;
			}
		}

		index = end;
	}

	return from === 0 ? spaced : result + spaced.slice(from);
}

/** The text with a space put back between a glued function word and the capitalised word after it. */
function separateBeforeCapitals(text: string): string {
	const cuts: number[] = [];
	for (const match of text.matchAll(lowerUpper)) {
		const end = match.index + 1;
		let start = match.index;
		while (start > 0 && end - start < 5 && /[a-z]/u.test(text[start - 1]!)) {
			start--;
		}

		if ((start === 0 || !wordCharacter.test(text[start - 1]!)) && functionWords.has(text.slice(start, end)) && !inAddress(text, start)) {
			cuts.push(end);
		}
	}

	if (cuts.length === 0) {
		return text;
	}

	let result = '';
	let from = 0;
	for (const cut of cuts) {
		result += `${text.slice(from, cut)} `;
		from = cut;
	}

	return result + text.slice(from);
}

