import type {Scorecard} from '../scoring/index.js';
import type {AnswerScore} from '../scoring/model.js';
import {safeText} from '../text/safe-text.js';

const questionWidth = 60;

/** One-character marks for the flags, in a fixed order: yes/no, deflects, confidential, future. */
export function flagMarks(answer: AnswerScore): string {
	const direct = answer.flags.direct.value === 'yes' ? 'Y' : answer.flags.direct.value === 'no' ? 'N' : answer.closed ? '?' : '·';
	return [
		direct,
		answer.flags.deflects.value ? 'D' : '·',
		answer.flags.confidential.value ? 'C' : '·',
		answer.flags.future.value ? 'F' : '·',
	].join('');
}

const graphemes = new Intl.Segmenter();
// Characters a terminal draws two columns wide: CJK, Hangul, full-width forms and emoji. Close to
// Unicode's East Asian Width without its tables; a character counted wide wrongly only cuts sooner.
const wide = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]|\p{Regional_Indicator}|\uFE0F/u;

/**
 * The first words of a text on one line, cut to `width` terminal columns with an ellipsis. Cut between
 * whole characters as a reader sees them (a flag, an emoji with its skin tone, a letter with its
 * accent), and wide characters count two columns.
 */
export function firstWords(text: string, width: number): string {
	const line = safeText(text).replaceAll(/\s+/gu, ' ').trim();
	// Plain text (nearly every letter) needs no segmenting.
	if (/^[\u0020-\u02FF\u2010-\u205E]*$/u.test(line)) {
		return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
	}

	const pieces = [...graphemes.segment(line)].map(({segment}) => ({segment, columns: wide.test(segment) ? 2 : 1}));
	const total = pieces.reduce((sum, piece) => sum + piece.columns, 0);
	if (total <= width) {
		return line;
	}

	let used = 0;
	let cut = '';
	for (const piece of pieces) {
		if (used + piece.columns > width - 1) {
			break;
		}

		used += piece.columns;
		cut += piece.segment;
	}

	return `${cut.trimEnd()}…`;
}

/** A compact text table of one scorecard: number, clarity, score, flags, first words of the question. */
export function formatScoreTable(scorecard: Scorecard): string {
	const lines: string[] = [];
	const {meta} = scorecard;
	lines.push(safeText(scorecard.source));
	const about = [meta.subject, meta.askedBy && `${meta.askedBy}${meta.party ? ` (${meta.party})` : ''}`, meta.date ?? meta.received]
		.filter(Boolean)
		.map(part => safeText(String(part)));
	if (about.length > 0) {
		lines.push(firstWords(about.join(' · '), 100));
	}

	for (const notice of scorecard.notices) {
		lines.push(`note: ${safeText(notice)}`);
	}

	if (scorecard.answers.length === 0) {
		lines.push('(no questions)');
		return lines.join('\n');
	}

	lines.push(`${'nr'.padStart(3)}  ${'clarity'.padEnd(10)} ${'score'.padStart(5)}  flags  question`);
	for (const answer of scorecard.answers) {
		const clarity = answer.answer === null ? 'no answer' : answer.clarity;
		lines.push(`${String(answer.number).padStart(3)}  ${clarity.padEnd(10)} ${String(answer.score).padStart(5)}  ${flagMarks(answer)}   ${firstWords(answer.question, questionWidth)}`);
	}

	lines.push(summaryLine(scorecard));
	lines.push('flags: Y/N yes or no given (? none) · D deflects · C confidential · F future promise');
	return lines.join('\n');
}

/** One line counting the verdicts of a scorecard. */
export function summaryLine(scorecard: Scorecard): string {
	const count = (predicate: (answer: AnswerScore) => boolean) => scorecard.answers.filter(predicate).length;
	const answered = count(answer => answer.answer !== null);
	return [
		`${scorecard.answers.length} questions, ${answered} answered`,
		`${count(answer => answer.clarity === 'clear' && answer.answer !== null)} clear`,
		`${count(answer => answer.clarity === 'ambivalent')} ambivalent`,
		`${count(answer => answer.clarity === 'non-reply' && answer.answer !== null)} non-reply`,
		`${count(answer => answer.flags.deflects.value)} deflect`,
		`${count(answer => answer.flags.confidential.value)} confidential`,
		`${count(answer => answer.flags.future.value)} future`,
	].join(', ');
}
