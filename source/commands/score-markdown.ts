import type {Scorecard} from '../scoring/index.js';
import {flagMarks} from '../text/flag-marks.js';
import {summaryLine} from './score-format.js';
import {markdownInline} from '../export/markdown.js';

/** Text for a Markdown table cell: one line, markup (pipes, HTML tags) escaped, nothing a terminal would act on. */
export function markdownCell(text: string, width = 90): string {
	const line = markdownInline(text);
	if (line.length <= width) {
		return line;
	}

	// Cut between an escape's backslash and its character, the backslash would escape the ellipsis.
	const cut = line.slice(0, width - 1).trimEnd();
	return `${/(?<!\\)(?:\\\\)*\\$/u.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** A Markdown scorecard of one letter: heading, metadata, one table row per answer. */
export function formatScoreMarkdown(scorecard: Scorecard): string {
	const {meta} = scorecard;
	const lines = [`## ${markdownCell(meta.subject ?? scorecard.source, 200)}`, ''];
	const facts: Array<[string, string | number | undefined]> = [
		['Source', scorecard.source],
		['Asked by', meta.askedBy && `${meta.askedBy}${meta.party ? ` (${meta.party})` : ''}`],
		['Answered by', meta.answeredBy],
		['Submitted', meta.submitted],
		['Received', meta.received ?? meta.date],
		['Days to answer', meta.daysToAnswer],
		['Days to the postponement notice', meta.daysToNotice],
		['Case number', meta.caseNumber],
	];
	for (const [label, value] of facts) {
		if (value !== undefined && value !== '') {
			lines.push(`- **${label}:** ${markdownCell(String(value), 200)}`);
		}
	}

	for (const notice of scorecard.notices) {
		lines.push(`- **Note:** ${markdownCell(notice, 200)}`);
	}

	lines.push('', `${summaryLine(scorecard)}.`, '', '| # | Clarity | Score | Flags | Question | Evidence |', '|---:|---|---:|---|---|---|');
	for (const answer of scorecard.answers) {
		const evidence = Object.values(answer.flags)
			.flatMap(flag => flag.evidence)
			.map(hit => `${hit.rule}: “${markdownCell(hit.text, 60)}”`)
			.join('; ');
		lines.push(`| ${answer.number} | ${answer.answer === null ? 'no answer' : answer.clarity} | ${answer.score} | \`${flagMarks(answer)}\` | ${markdownCell(answer.question)} | ${evidence} |`);
	}

	lines.push('');
	return lines.join('\n');
}
