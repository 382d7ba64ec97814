import type {Scorecard} from '../scoring/index.js';
import type {AnswerScore} from '../scoring/model.js';
import {safeText} from '../text/safe-text.js';
import {flagLegend, flagMarks} from '../text/flag-marks.js';
import {firstWords} from '../text/width.js';

const questionWidth = 60;

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
	lines.push(`flags: ${flagLegend()}`);
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
