// The `/` box's results as lines: a summary, then one row per hit with its matched characters painted.
import type {AnswerScore} from '../../scoring/model.js';
import {parseQuery, type MatchRange, type SearchHit} from '../../search/index.js';
import {listWindow} from '../layout.js';
import type {ThemeToken} from '../theme.js';
import type {Line, Segment} from '../wrap.js';
import type {SearchBox} from './search-state.js';

/** The query language in a few lines, for the empty box and the `?` help. */
export const querySyntax: readonly Line[] = [
	[{text: '  words', token: 'key'}, {text: '          in any order, fuzzy; accents and ij/ĳ ignored', token: 'plain'}],
	[{text: '  "exact phrase"', token: 'key'}, {text: ' found as written (accents still ignored)', token: 'plain'}],
	[{text: '  =word', token: 'key'}, {text: '          this word exactly, no typos', token: 'plain'}],
	[{text: '  !word', token: 'key'}, {text: '          leave out questions that have it', token: 'plain'}],
];

/** Rows taken by the summary above the hits. */
const summaryRows = 1;

/** The results area: `height` rows at most, the picked hit kept in view. */
export function resultLines(box: SearchBox, answers: readonly AnswerScore[], width: number, height: number): Line[] {
	const query = box.query.trim();
	const notes = box.notes.map((note): Line => [{text: `  note: ${note}`, token: 'warning'}]);
	if (box.hits.length === 0) {
		const summary: Line = parseQuery(query).terms.every(term => term.exclude)
			? [{text: 'Type to search this letter’s questions and answers (words of two letters or more)', token: 'heading'}]
			: [{text: `No question matches “${query}”`, token: 'warning'}];
		return [summary, ...notes, ...querySyntax].slice(0, height);
	}

	const count = box.hits.length;
	const summary: Line = [
		{text: `${count} question${count === 1 ? '' : 's'} match “${query}”`, token: 'heading'},
		{text: ' (best first)', token: 'muted'},
	];
	const head = [summary, ...notes].slice(0, Math.max(summaryRows, height - 1));
	const rows = Math.max(0, height - head.length);
	const start = listWindow(box.cursor, count, rows);
	const hits = box.hits.slice(start, start + rows).map((hit, offset) => hitRow(hit, answers[hit.entry], start + offset === box.cursor, width));
	return [...head, ...hits];
}

/** One hit: marker, question number, the tool's clarity, and the question (or, if only the answer matched, the answer) around its first match. */
export function hitRow(hit: SearchHit, answer: AnswerScore | undefined, picked: boolean, width: number): Line {
	const clarity = answer === undefined ? '' : (answer.answer === null ? 'no answer' : answer.clarity);
	const fixed = `${picked ? '▸ ' : '  '}${String(hit.number).padStart(3)} ${clarity.padEnd(10)} `;
	const inQuestion = hit.questionMatches.length > 0 || hit.answer === null || hit.answerMatches.length === 0;
	const prefix = inQuestion ? '' : 'answer: ';
	const room = Math.max(1, width - 1 - fixed.length - prefix.length);
	const base: ThemeToken = picked ? 'selected' : 'plain';
	const text = inQuestion
		? windowSegments(hit.question, hit.questionMatches, room, base, picked ? 'selected-match' : 'match')
		: windowSegments(hit.answer ?? '', hit.answerMatches, room, base, picked ? 'selected-match' : 'match');
	const line: Segment[] = [
		{text: fixed, token: base},
		...(prefix === '' ? [] : [{text: prefix, token: picked ? 'selected' as const : 'muted' as const}]),
		...text,
	];
	if (picked) {
		// The picked row is one inverse bar across the width.
		const used = line.reduce((sum, segment) => sum + segment.text.length, 0);
		line.push({text: ' '.repeat(Math.max(0, width - 1 - used)), token: 'selected'});
	}

	return line;
}

/**
 * About `room` characters of `text` on one line, starting a little before the first range so it is
 * in view, with "…" where text was left out and every range inside painted `mark`.
 */
export function windowSegments(text: string, ranges: readonly MatchRange[], room: number, base: ThemeToken, mark: ThemeToken): Segment[] {
	// One character for one: offsets stay valid while line breaks become spaces.
	const flat = text.replaceAll(/\s/gu, ' ');
	let from = 0;
	let to = flat.length;
	if (flat.length > room) {
		const first = ranges[0]?.[0] ?? 0;
		from = Math.max(0, Math.min(first - Math.floor(room / 4), flat.length - room));
		// Start at a word when one begins before the match, so the row does not open on half a word.
		const space = flat.indexOf(' ', from);
		if (from > 0 && space !== -1 && space < first) {
			from = space + 1;
		}

		// The ellipses take a column each.
		to = Math.min(flat.length, from + room - (from > 0 ? 1 : 0));
		if (to < flat.length) {
			to--;
		}
	}

	const segments: Segment[] = from > 0 ? [{text: '…', token: base}] : [];
	let position = from;
	for (const [start, end] of ranges) {
		const clippedStart = Math.max(start, position);
		const clippedEnd = Math.min(end, to);
		if (clippedEnd <= clippedStart) {
			continue;
		}

		if (clippedStart > position) {
			segments.push({text: flat.slice(position, clippedStart), token: base});
		}

		segments.push({text: flat.slice(clippedStart, clippedEnd), token: mark});
		position = clippedEnd;
	}

	if (to > position) {
		segments.push({text: flat.slice(position, to), token: base});
	}

	if (to < flat.length) {
		segments.push({text: '…', token: base});
	}

	return segments.filter(segment => segment.text !== '');
}
