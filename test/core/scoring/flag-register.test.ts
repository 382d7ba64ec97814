// A flag added to the register appears in the key table, the CSV, the schema, the merge and the
// agreement without editing them: each is built here from the real register extended by one flag.
import {describe, expect, it} from 'vitest';
import {flagRegister, type FlagRegister} from '../../../source/scoring/flags.js';
import {scoreLetter, type Scorecard} from '../../../source/scoring/index.js';
import type {AnswerScore} from '../../../source/scoring/model.js';
import {mergeAnswer, type Annotation, type Annotations} from '../../../source/store/index.js';
import {annotationSchema, annotationSchemaFor} from '../../../source/store/schema.js';
import {buildExport} from '../../../source/export/build.js';
import {csvColumns, csvColumnsFor, renderCsv} from '../../../source/export/csv.js';
import {serializeExport} from '../../../source/export/json.js';
import {exportJsonSchema} from '../../../source/export/schema.js';
import {judgedFieldsOf, reviewerVersusTool} from '../../../source/export/agreement.js';
import {flagLegend} from '../../../source/text/flag-marks.js';
import {flagBindings, type Command} from '../../../source/ui/keys.js';
import {actionFor} from '../../../source/ui/command-actions.js';
import {sampleLetter} from '../../fixtures/review/letters.js';
import {parseCsv} from '../export/helpers.js';

const now = '2026-07-01T10:00:00.000Z';

/** The real register and one flag more, as a contributor would add it. */
const extended = {
	...flagRegister,
	hedges: {mark: 'H', label: 'hedges', colour: 'evidence-hedges', weight: -5, key: 'h'},
} satisfies FlagRegister;

/** The sample letter's scorecard with the tool's `hedges` flag set on every odd-numbered answer. */
function scorecardWithHedges(): Scorecard {
	const scorecard = scoreLetter(sampleLetter());
	const answers = scorecard.answers.map(answer => ({
		...answer,
		flags: {...answer.flags, hedges: {value: answer.number % 2 === 1, evidence: []}},
	}) as AnswerScore);
	return {...scorecard, answers};
}

/** The reviewer turns the tool's hedges off on answer 1 (with a verdict) and leaves the rest. */
const annotations = {'1': {verdict: 'clear', hedges: false, updatedAt: now} as Annotation} satisfies Annotations;

// The JSON Schema nodes of the document, by path through `properties` (and `items` for arrays).
function node(schema: unknown, ...path: string[]): Record<string, unknown> {
	let here = schema as Record<string, unknown>;
	for (const name of path) {
		here = (name === '[]' ? here['items'] : (here['properties'] as Record<string, unknown>)[name]) as Record<string, unknown>;
	}

	return here;
}

describe('the real register', () => {
	it('gives the CSV columns it always had, in their order', () => {
		expect(csvColumns.map(([name]) => name)).toEqual([
			'letter', 'subject', 'number', 'key', 'question', 'answer', 'tool_clarity', 'tool_score',
			'tool_direct', 'tool_deflects', 'tool_confidential', 'tool_future', 'future_deadline', 'evidence',
			'reviewed', 'answer_changed', 'reviewer_verdict', 'reviewer_direct', 'reviewer_deflects',
			'reviewer_confidential', 'reviewer_future', 'note', 'reviewer_skipped', 'final_clarity',
			'final_direct', 'final_deflects', 'final_confidential', 'final_future',
		]);
	});
});

describe('a flag added to the register', () => {
	it('gets its tool, reviewer and final CSV columns after the real flags, the others in place', () => {
		const names = csvColumnsFor(extended).map(([name]) => name);
		expect(names.filter(name => name.endsWith('_hedges'))).toEqual(['tool_hedges', 'reviewer_hedges', 'final_hedges']);
		expect(names.indexOf('tool_hedges')).toBe(names.indexOf('tool_future') + 1);
		expect(names.indexOf('reviewer_hedges')).toBe(names.indexOf('reviewer_future') + 1);
		expect(names.at(-1)).toBe('final_hedges');
		expect(names.filter(name => !name.endsWith('_hedges'))).toEqual(csvColumns.map(([name]) => name));
	});

	it('has its field in every part of the export schema that lists flags', () => {
		const schema = exportJsonSchema(extended);
		const answer = node(schema, 'answers', '[]');
		const letter = node(schema, 'letters', '[]');
		const parts = {
			'tool flags': node(answer, 'tool', 'flags'),
			reviewer: (node(answer, 'reviewer')['anyOf'] as unknown[])[0],
			final: node(answer, 'final'),
			source: node(answer, 'source'),
			agreement: node(letter, 'review', 'agreementWithTool'),
			summary: node(letter, 'summary'),
			'tool summary': node(letter, 'summary', 'tool'),
		};
		for (const [name, part] of Object.entries(parts)) {
			expect(Object.keys(node(part)['properties'] as object), name).toContain('hedges');
		}

		expect(JSON.stringify(exportJsonSchema())).not.toContain('hedges');
	});

	it('is merged: the reviewer’s value wins, the tool’s counts where they said nothing', () => {
		const [first, second] = scorecardWithHedges().answers;
		const mine = mergeAnswer('1', first!, annotations['1'], extended);
		expect(mine.final).toMatchObject({hedges: false});
		expect(mine.source).toMatchObject({hedges: 'reviewer'});
		const tools = mergeAnswer('2', second!, undefined, extended);
		expect(tools.final).toMatchObject({hedges: false});
		expect(tools.source).toMatchObject({hedges: 'tool'});
		expect(Object.keys(tools.final)).toEqual(['clarity', 'direct', 'deflects', 'confidential', 'future', 'hedges']);
	});

	it('is kept by the review file schema built from the register', () => {
		const stored = {hedges: true, updatedAt: now};
		expect(annotationSchemaFor(extended).parse(stored)).toEqual(stored);
		expect(annotationSchema.parse(stored)).toEqual({updatedAt: now});
	});

	it('is measured for agreement, as a field of its own', () => {
		expect(judgedFieldsOf(extended)).toEqual(['clarity', 'direct', 'deflects', 'confidential', 'future', 'hedges']);
		// Answer 1 is the only one judged: the tool said hedges, the reviewer said not.
		expect((reviewerVersusTool(scorecardWithHedges(), annotations, extended) as Record<string, unknown>)['hedges']).toMatchObject({n: 1, agreed: 0, percent: 0});
	});

	it('reaches the exported JSON and CSV with the tool’s, the reviewer’s and the final values', () => {
		const document = buildExport([{scorecard: scorecardWithHedges(), review: {annotations}}], extended);
		const json = JSON.parse(serializeExport(document, extended)) as {
			answers: Array<{tool: {flags: Record<string, {value: boolean}>}; final: Record<string, unknown>}>;
			letters: Array<{summary: Record<string, unknown> & {tool: Record<string, unknown>}}>;
		};
		expect(json.answers.map(row => row.tool.flags['hedges']?.value)).toEqual([true, false, true, false, true, false]);
		expect(json.answers.map(row => row.final['hedges'])).toEqual([false, false, true, false, true, false]);
		expect(json.letters[0]!.summary).toMatchObject({hedges: 2, tool: {hedges: 3}});

		const [header, first, third] = parseCsv(renderCsv(document, extended)).filter((_row, index) => index !== 2);
		const cell = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];
		expect([cell(first, 'tool_hedges'), cell(first, 'reviewer_hedges'), cell(first, 'final_hedges')]).toEqual(['true', 'false', 'false']);
		expect([cell(third, 'tool_hedges'), cell(third, 'reviewer_hedges'), cell(third, 'final_hedges')]).toEqual(['true', '', 'true']);
	});

	it('gets its key in the key table, its toggle action, and its mark in the legend', () => {
		const binding = flagBindings(extended).find(row => row.command === 'toggle-hedges' as Command);
		expect(binding).toMatchObject({keys: [{input: 'h'}], description: 'your flag: hedges', footer: 'flags'});
		expect(actionFor(binding!.command, {now, page: 10, maxScroll: 0})).toEqual({type: 'toggle', flag: 'hedges', now});
		expect(flagLegend('label', extended)).toBe('Y/N yes or no given (? none) · D deflects · C confidential · F future promise · H hedges');
	});
});
