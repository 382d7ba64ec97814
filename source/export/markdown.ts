// The Markdown scorecard: reads well raw (plain lists, quotes) and rendered. Everything from a letter or
// a sidecar goes through safeText and is escaped, so it can neither reach a terminal nor become markup.
import {scoreAnswer} from '../scoring/clarity.js';
import {flagRegister, perToggleFlag, toggleFlags} from '../scoring/flags.js';
import {fieldName, judgedFields} from './agreement.js';
import {safeText} from '../text/safe-text.js';
import type {Agreement, AgreementByField, ExportAnswer, ExportDocument, ExportLetter} from './schema.js';
import {describeTimeliness} from './timeliness.js';

/** Letter text as Markdown inline text: one line, markup characters escaped. */
export function markdownInline(text: string): string {
	return safeText(text).replaceAll(/\s+/gu, ' ').trim().replaceAll(/[\\`*_[\]<>|#]/gu, character => `\\${character}`);
}

/** Letter text as a Markdown block quote, paragraphs kept. */
export function markdownQuote(text: string): string {
	return safeText(text)
		.split(/\n\s*\n/u)
		.map(paragraph => `> ${markdownInline(paragraph)}`)
		.join('\n>\n');
}

/** The Markdown scorecard of every letter in the document, one after another. */
export function renderMarkdown(document: ExportDocument): string {
	return document.letters
		.map(letter => renderLetter(letter, document.answers.filter(answer => answer.letter === letter.source)))
		.join('\n---\n\n');
}

function renderLetter(letter: ExportLetter, answers: readonly ExportAnswer[]): string {
	const {meta} = letter;
	const lines = [`# Scorecard: ${markdownInline(meta.subject ?? letter.source)}`, ''];
	const facts: Array<[string, string | undefined]> = [
		['Letter', letter.source],
		['Asked by', meta.askedBy && `${meta.askedBy}${meta.party ? ` (${meta.party})` : ''}`],
		['Ministers asked', meta.ministersAsked],
		['Answered by', meta.answeredBy],
		['Submitted', meta.submitted],
		['Letter date', meta.date],
		['Received', meta.received],
		['Case number', meta.caseNumber],
		['Reference', meta.reference],
	];
	for (const [label, value] of facts) {
		if (value !== undefined && value !== '') {
			lines.push(`- **${label}:** ${markdownInline(value)}`);
		}
	}

	lines.push(`- **Time to answer:** ${markdownInline(describeTimeliness(letter.timeliness))}`);
	for (const notice of letter.notices) {
		lines.push(`- **Note:** ${markdownInline(notice)}`);
	}

	lines.push('', '## Summary', '', ...summaryLines(letter), '', '## Answers', '');
	for (const answer of answers) {
		lines.push(...answerLines(answer), '');
	}

	return `${lines.join('\n').trimEnd()}\n`;
}

function summaryLines(letter: ExportLetter): string[] {
	const {summary, review} = letter;
	const both = (final: number, tool: number) => (final === tool ? `${final}` : `${final} (tool: ${tool})`);
	const clarity = (counts: ExportLetter['summary']['clarity']) => `${counts.clear} clear, ${counts.ambivalent} ambivalent, ${counts['non-reply']} non-reply`;
	const clarityLine = clarity(summary.clarity) === clarity(summary.tool.clarity)
		? clarity(summary.clarity)
		: `${clarity(summary.clarity)} (tool: ${clarity(summary.tool.clarity)})`;
	return [
		`- **Questions:** ${summary.answers}, ${summary.answered} answered`,
		`- **Closed questions answered with a clear yes or no:** ${both(summary.closedAnsweredYesNo, summary.tool.closedAnsweredYesNo)} of ${summary.closed}`,
		`- **Deflections:** ${both(summary.deflects, summary.tool.deflects)}`,
		`- **Confidential referrals:** ${both(summary.confidential, summary.tool.confidential)}`,
		`- **Future promises:** ${both(summary.future, summary.tool.future)}`,
		`- **Clarity:** ${clarityLine}`,
		`- **Review:** ${reviewLine(review)}`,
		...(review.status === 'not reviewed' ? [] : [`- **Reviewer agreed with the tool:** ${agreementLine(review.agreementWithTool)}`]),
		...(review.noteDrafts === undefined ? [] : [`- **Unsaved note drafts** (kept in the review file; the reviewer offers them back; not notes): ${review.noteDrafts.map(draft => `${markdownInline(draft.key)} “${markdownInline(draft.note)}”`).join(', ')}`]),
		...(review.orphaned === undefined ? [] : [`- **Orphaned annotations** (kept in the review file; their questions are no longer in the letter): ${review.orphaned.map(orphan => `${markdownInline(orphan.key)}${orphan.annotation.verdict === undefined ? '' : ` (${orphan.annotation.verdict})`}`).join(', ')}`]),
	];
}

function reviewLine(review: ExportLetter['review']): string {
	if (review.status === 'not reviewed') {
		return 'not reviewed; the judgements below are the tool\'s alone';
	}

	const who = review.reviewer === undefined ? '' : ` by ${markdownInline(review.reviewer)}`;
	const skipped = review.skippedAnswers > 0 ? `, ${review.skippedAnswers} skipped (looked at, undecided)` : '';
	return `${review.status}${who}, ${review.reviewedAnswers} answer${review.reviewedAnswers === 1 ? '' : 's'} with a verdict${skipped}; where the reviewer differs, their word counts`;
}

/** Agreement per field on one line, e.g. "clarity 8 of 10 (80%, κ 0.62); deflects …". */
export function agreementLine(agreement: AgreementByField): string {
	return judgedFields.map(field => `${fieldName(field)} ${describeAgreement(agreement[field])}`).join('; ');
}

/** "8 of 10 (80%, κ 0.62)", or "no answers judged". */
export function describeAgreement(agreement: Agreement): string {
	if (agreement.n === 0 || agreement.percent === null) {
		return 'no answers judged';
	}

	const kappa = agreement.kappa === null ? 'κ n/a' : `κ ${agreement.kappa.toFixed(2)}`;
	return `${agreement.agreed} of ${agreement.n} (${agreement.percent}%, ${kappa})`;
}

function answerLines(answer: ExportAnswer): string[] {
	const {tool, reviewer, final, source} = answer;
	const lines = [`### Question ${answer.key}`, '', markdownQuote(answer.question), ''];
	if (answer.answer === null) {
		lines.push('*No answer in the letter.*', '');
	} else {
		lines.push('**Answer:**', '', markdownQuote(answer.answer), '');
	}

	const clarity = source.clarity === 'reviewer' && final.clarity !== tool.clarity
		? `**${final.clarity}** (reviewer; tool: ${tool.clarity})`
		: `**${final.clarity}**${source.clarity === 'reviewer' ? ' (reviewer and tool)' : ' (tool)'}`;
	lines.push(`- **Clarity:** ${clarity} · ${scoreLine(answer)}`);
	const direct = (value: 'yes' | 'no' | null) => value ?? (answer.closed ? 'neither yes nor no' : 'open question');
	// The value that counts first; where the reviewer overrode the tool, the tool's value beside it, whose evidence follows.
	const shown = <T>(field: 'direct' | 'deflects' | 'confidential' | 'future', name: (value: T) => string, finalValue: T, toolValue: T) =>
		(source[field] === 'reviewer' && finalValue !== toolValue ? `**${name(finalValue)}** (reviewer; tool: ${name(toolValue)})` : name(finalValue));
	lines.push(`- **Yes/no:** ${shown('direct', direct, final.direct, tool.flags.direct.value)}${evidenceList(tool.flags.direct.evidence)}`);
	lines.push(`- **Deflects:** ${shown('deflects', yesNo, final.deflects, tool.flags.deflects.value)}${evidenceList(tool.flags.deflects.evidence)}`);
	lines.push(`- **Confidential:** ${shown('confidential', yesNo, final.confidential, tool.flags.confidential.value)}${evidenceList(tool.flags.confidential.evidence)}`);
	const deadline = tool.flags.future.deadline === undefined ? '' : `, deadline “${markdownInline(tool.flags.future.deadline)}”`;
	lines.push(`- **Future promise:** ${shown('future', yesNo, final.future, tool.flags.future.value)}${deadline}${evidenceList(tool.flags.future.evidence)}`);
	lines.push(...askLines(tool.asks ?? []));

	if (reviewer === null) {
		lines.push('- **Reviewer:** not reviewed');
		return lines;
	}

	const verdict = reviewer.verdict === undefined ? (reviewer.skipped === true ? 'skipped (looked at, undecided)' : 'no verdict') : `verdict ${reviewer.verdict}${reviewer.accepted ? ' (accepted the tool\'s judgement)' : ''}`;
	const overrides = [
		reviewer.direct !== undefined && reviewer.direct !== tool.flags.direct.value ? `yes/no ${direct(tool.flags.direct.value)} → ${direct(reviewer.direct)}` : undefined,
		...toggleFlags().map(flag => {
			const value = reviewer[flag];
			return value !== undefined && value !== tool.flags[flag].value ? `${flag} ${yesNo(tool.flags[flag].value)} → ${yesNo(value)}` : undefined;
		}),
	].filter((item): item is string => item !== undefined);
	lines.push(`- **Reviewer:** ${verdict}${overrides.length > 0 ? `; overrides: ${overrides.join(', ')}` : '; no overrides'}`);
	if (answer.answerChanged) {
		lines.push('- **Answer changed** since the reviewer judged it; their judgement is kept');
	}

	if (reviewer.note !== undefined) {
		lines.push(`- **Note:** ${markdownInline(reviewer.note)}`);
	}

	return lines;
}

const askMark = (addressed: boolean | null) => (addressed === null ? '?' : addressed ? '✓' : '✗');

/** What the question asks, one line each: addressed (✓), not (✗) or cannot tell (?), with the words that address it. */
function askLines(asks: NonNullable<ExportAnswer['tool']['asks']>): string[] {
	if (asks.length === 0) {
		return [];
	}

	return [
		`- **Asks:** ${asks.map(each => `${askMark(each.addressed)} ${each.kind}`).join(' · ')}`,
		...asks.map(each => `  - ${askMark(each.addressed)} ${each.kind}: “${markdownInline(each.text)}”${evidenceList(each.evidence)}`),
	];
}

/** The score of the values that count (the reviewer's where given), with the tool's beside it when they differ. */
export function scoreLine(answer: ExportAnswer): string {
	const {final, tool} = answer;
	const flag = <V>(value: V) => ({value, evidence: []});
	const score = scoreAnswer(answer.answer, answer.closed, final.clarity, {direct: flag(final.direct), ...perToggleFlag(flagRegister, name => flag(final[name]))});
	return score === tool.score ? `score ${score}/100` : `score ${score}/100 (tool: ${tool.score})`;
}

function yesNo(value: boolean): string {
	return value ? 'yes' : 'no';
}

function evidenceList(evidence: ExportAnswer['tool']['flags']['deflects']['evidence']): string {
	if (evidence.length === 0) {
		return '';
	}

	return ` — ${evidence.map(hit => `“${markdownInline(hit.text)}” (${markdownInline(hit.rule)})`).join('; ')}`;
}
