// The detail pane as lines: question, the tool's and the reviewer's judgement, the answer with every
// evidence span highlighted and numbered, the evidence legend and the footnotes.
import type {Footnote} from '../letter/model.js';
import type {Ask, AskKind, Evidence, YesNo} from '../scoring/model.js';
import type {ReviewedAnswer} from '../store/merge.js';
import {flagNames, toggleFlags} from '../scoring/flags.js';
import {evidenceKind, type ThemeToken} from './theme.js';
import {wrapSegments, type Line, type Segment} from './wrap.js';

/**
 * How an evidence span's number is shown after it and in the legend: "‹1›", which no letter prints,
 * so it is not read as one of the letter's own note marks ("[1]", "1)").
 */
export const evidenceLabel = (label: number): string => `‹${label}›`;

/** A numbered evidence span, for the legend under the answer. */
export type LegendEntry = {readonly label: number; readonly evidence: Evidence};

/** Text put into a line at an offset of the source text without covering any of it, e.g. "(a) ". */
export type Insert = {readonly at: number; readonly text: string; readonly token: ThemeToken};

/**
 * Cuts `text` into segments with each evidence span painted by its kind and followed by its label
 * "‹n›". Overlapping spans are painted once (the earlier wins) but every span keeps its label.
 * `inserts` are placed at their offsets (used for the sub-question letters).
 */
export function highlightSpans(text: string, evidence: readonly Evidence[], base: ThemeToken, firstLabel = 1, inserts: readonly Insert[] = []): {segments: Segment[]; legend: LegendEntry[]} {
	const sorted = [...evidence].sort((a, b) => a.start - b.start || b.end - a.end);
	const pending = [...inserts].sort((a, b) => a.at - b.at);
	const segments: Segment[] = [];
	const legend: LegendEntry[] = [];
	// Emits text[from, to) painted with `token`, placing any inserts that fall inside it.
	const emit = (from: number, to: number, token: ThemeToken) => {
		let cursor = from;
		while (pending.length > 0 && pending[0]!.at < to) {
			const insert = pending.shift()!;
			const at = Math.max(insert.at, cursor);
			if (at > cursor) {
				segments.push({text: text.slice(cursor, at), token});
			}

			segments.push({text: insert.text, token: insert.token});
			cursor = at;
		}

		if (to > cursor) {
			segments.push({text: text.slice(cursor, to), token});
		}
	};

	let position = 0;
	for (const [index, item] of sorted.entries()) {
		const label = firstLabel + index;
		const start = Math.min(Math.max(item.start, position), text.length);
		const end = Math.min(Math.max(item.end, start), text.length);
		emit(position, start, base);
		emit(start, end, `evidence-${evidenceKind(item.rule)}`);
		segments.push({text: evidenceLabel(label), token: 'label'});
		position = Math.max(position, end);
		legend.push({label, evidence: item});
	}

	emit(position, text.length, base);
	return {segments, legend};
}

/** Where each sub-question starts in the question text; those not found verbatim are returned apart. */
export function subQuestionInserts(question: string, subQuestions: readonly string[]): {inserts: Insert[]; unplaced: string[]} {
	if (subQuestions.length < 2) {
		return {inserts: [], unplaced: []};
	}

	const inserts: Insert[] = [];
	const unplaced: string[] = [];
	let from = 0;
	for (const [index, sub] of subQuestions.entries()) {
		const letter = `(${String.fromCodePoint(97 + (index % 26))}) `;
		const at = question.indexOf(sub.trim(), from);
		if (at === -1) {
			unplaced.push(`${letter}${sub}`);
		} else {
			inserts.push({at, text: letter, token: 'key'});
			from = at + sub.trim().length;
		}
	}

	return {inserts, unplaced};
}

const yesNoText = (value: YesNo) => (value === null ? 'none' : value);

/** The tool's judgement in one sentence-like line. */
export function toolSummary(reviewed: ReviewedAnswer): string {
	const {tool} = reviewed;
	const {deadline} = tool.flags.future;
	const flags = toggleFlags().filter(flag => tool.flags[flag].value).map(flag => (flag === 'future' && deadline ? `future (${deadline})` : flag));
	const clarity = tool.answer === null ? 'no answer' : tool.clarity;
	return [`${clarity}`, `score ${tool.score}`, `yes/no: ${yesNoText(tool.flags.direct.value)}`, ...flags].join(' · ');
}

/** The reviewer's judgement in one line: verdict and every value they set. */
export function reviewerSummary(reviewed: ReviewedAnswer): string {
	const mine = reviewed.reviewer;
	if (mine === undefined || Object.keys(mine).every(field => field === 'updatedAt' || field === 'note' || field === 'skipped')) {
		return mine?.skipped === true ? 'skipped: looked at, undecided (1/2/3 verdict, a accept)' : 'not reviewed yet (1/2/3 verdict, a accept)';
	}

	const parts = [mine.verdict === undefined ? 'no verdict yet' : `${mine.verdict}${mine.accepted ? ' (accepted)' : ''}`];
	if (!mine.accepted) {
		if (mine.direct !== undefined) {
			parts.push(`yes/no: ${yesNoText(mine.direct)}`);
		}

		for (const flag of toggleFlags()) {
			if (mine[flag] !== undefined) {
				parts.push(`${flag}: ${mine[flag] ? 'yes' : 'no'}`);
			}
		}
	}

	return parts.join(' · ');
}

/** What the reviewer sees on an answer whose text changed since they judged it. */
export const answerChangedWarning = '! answer changed since you reviewed it';

const askKindLabel: Readonly<Record<AskKind, string>> = {
	'yes-no': 'yes/no',
	when: 'when',
	'how-many': 'how many',
	which: 'which',
	what: 'what',
	why: 'why',
	how: 'how',
	who: 'who',
	request: 'request',
	other: 'other',
};

/** How an ask is marked: ✓ addressed, ✗ not addressed, ? cannot tell. */
export function askMark(ask: Ask): {readonly mark: string; readonly token: ThemeToken} {
	if (ask.addressed === null) {
		return {mark: '?', token: 'muted'};
	}

	return ask.addressed ? {mark: '✓', token: 'success'} : {mark: '✗', token: 'error'};
}

/** The one line under the question naming what it asks and whether the answer addresses each: "asks: ✓ when  ✗ which". Empty without asks. */
export function asksLine(asks: readonly Ask[], width: number): Line | undefined {
	if (asks.length === 0) {
		return undefined;
	}

	const segments: Segment[] = [{text: 'asks:', token: 'heading'}];
	for (const ask of asks) {
		const {mark, token} = askMark(ask);
		segments.push({text: '  ', token: 'plain'}, {text: mark, token}, {text: ` ${askKindLabel[ask.kind]}`, token: 'plain'});
	}

	// One line however many asks: what does not fit is cut, with an ellipsis.
	const lines = wrapSegments(segments, width);
	return lines.length <= 1 ? lines[0] : [...wrapSegments(segments, width - 2)[0]!, {text: ' …', token: 'muted'}];
}

/**
 * The detail pane's lines and the line where the answer text starts (what comes before it is the
 * layout's "chrome"). With `questionLines`, a question longer than that is shown cut to it, and in
 * full below the answer: on a small terminal a long question would otherwise leave no room for the answer.
 */
export function detailLayout(reviewed: ReviewedAnswer, footnotes: readonly Footnote[], width: number, {questionLines}: {readonly questionLines?: number} = {}): {readonly lines: Line[]; readonly answerStart: number; readonly questionLines: number} {
	const {tool} = reviewed;
	const lines: Line[] = [];
	const blank: Line = [];
	const add = (segments: readonly Segment[], indent = '') => lines.push(...wrapSegments(segments, width, indent));

	// Sub-questions are lettered inside the question text, so the question is not shown twice.
	const {inserts, unplaced} = subQuestionInserts(tool.question, tool.subQuestions);
	const question = highlightSpans(tool.question, tool.closedEvidence, 'question', 1, inserts);
	add([{text: `${tool.number}. `, token: 'question'}, ...question.segments], '   ');
	for (const sub of unplaced) {
		add([{text: `   ${sub}`, token: 'plain'}], '       ');
	}

	// Cut to fit, the question's lines are kept whole below the answer.
	const wholeQuestion = [...lines];
	const cut = questionLines !== undefined && lines.length > questionLines;
	if (cut) {
		lines.splice(Math.max(1, questionLines - 1));
		lines.push([{text: '   … the whole question follows the answer', token: 'muted'}]);
	}

	const asks = asksLine(tool.asks, width);
	if (asks !== undefined) {
		lines.push(asks);
	}

	// A judgement made on an earlier text of this answer: said before the answer, where it is seen.
	if (reviewed.answerChanged) {
		add([{text: `${answerChangedWarning} `, token: 'warning'}, {text: '(Enter keeps your judgement; or judge it again)', token: 'muted'}], '      ');
	}

	// Your note is your own words on this answer: it stays in sight, above the answer.
	if (reviewed.reviewer?.note !== undefined) {
		add([{text: 'Note: ', token: 'heading'}, {text: reviewed.reviewer.note, token: 'reviewer'}], '      ');
	}

	// The answer comes right under the question, so the most of it shows; the judgements follow it
	// (the list row shows both verdicts at a glance).
	const shared = tool.answeredWith.length > 1 ? ` (one answer to questions ${tool.answeredWith.join(', ')})` : '';
	add([{text: '── Answer', token: 'heading'}, {text: shared, token: 'muted'}]);
	const answerStart = lines.length;
	// An ask's evidence that is also a flag's (the yes or no heard) is marked once.
	const flagEvidence = allEvidence(reviewed);
	const askEvidence = tool.asks.flatMap(ask => ask.evidence).filter(hit => !flagEvidence.some(other => other.start === hit.start && other.end === hit.end));
	const answer = tool.answer === null
		? {segments: [{text: '(the letter gives no answer to this question)', token: 'muted' as const}], legend: []}
		: highlightSpans(tool.answer, [...flagEvidence, ...askEvidence], 'plain', question.legend.length + 1);
	add(answer.segments);

	if (cut) {
		lines.push(blank);
		add([{text: '── The whole question', token: 'heading'}]);
		lines.push(...wholeQuestion);
	}

	lines.push(blank);
	add([{text: 'Tool: ', token: 'heading'}, {text: toolSummary(reviewed), token: 'plain'}], '      ');
	add([{text: 'You:  ', token: 'heading'}, {text: reviewerSummary(reviewed), token: 'reviewer'}], '      ');

	const legend = [...question.legend, ...answer.legend];
	if (legend.length > 0) {
		lines.push(blank);
		add([{text: 'Evidence', token: 'heading'}, {text: ' (why the tool decided as it did)', token: 'muted'}]);
		for (const {label, evidence} of legend) {
			add([
				{text: `${evidenceLabel(label)} `, token: 'label'},
				{text: evidence.rule, token: `evidence-${evidenceKind(evidence.rule)}`},
				{text: ` “${evidence.text}”`, token: 'muted'},
			], '    ');
		}
	}

	if (footnotes.length > 0) {
		lines.push(blank);
		add([{text: 'Footnotes', token: 'heading'}]);
		for (const footnote of footnotes) {
			add([{text: `${footnote.id} `, token: 'label'}, {text: footnote.text, token: 'plain'}], '    ');
		}
	}

	return {lines, answerStart, questionLines: wholeQuestion.length};
}

/** Every line of the detail pane for one answer at a given width. */
export function detailLines(reviewed: ReviewedAnswer, footnotes: readonly Footnote[], width: number): Line[] {
	return detailLayout(reviewed, footnotes, width).lines;
}

/** All evidence on the answer text, from every flag. */
export function allEvidence(reviewed: ReviewedAnswer): Evidence[] {
	const {flags} = reviewed.tool;
	return flagNames.flatMap(flag => flags[flag].evidence);
}
