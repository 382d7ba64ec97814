import {readFile} from 'node:fs/promises';
import {describe, expect, it} from 'vitest';
import {buildExport, reviewFromSidecar} from '../../../source/export/build.js';
import {renderMarkdown} from '../../../source/export/markdown.js';
import {withNoteDrafts} from '../../../source/store/apply.js';
import {parseExport, serializeExport} from '../../../source/export/json.js';
import {exportJsonSchema} from '../../../source/export/schema.js';
import {reviewOf, scored, seedLetter, spreadsheetLetter} from './helpers.js';

async function reviewedDocument() {
	const scorecard = await scored(seedLetter);
	const sidecar = await reviewOf(seedLetter, 'anna', [
		['1', {type: 'set-verdict', verdict: 'ambivalent'}],
		['3', {type: 'accept', tool: {verdict: scorecard.answers[2]!.clarity, direct: null, deflects: false, confidential: false, future: true}}],
		['3', {type: 'set-note', note: 'belofte "later dit jaar"'}],
	]);
	return buildExport([{scorecard, review: reviewFromSidecar(sidecar, 'seed.review.json')}, {scorecard: await scored(spreadsheetLetter)}]);
}

describe('the JSON export', () => {
	it('is described by the committed JSON Schema, generated from the zod schema', async () => {
		const committed = JSON.parse(await readFile('source/export/scorecard.schema.json', 'utf8')) as unknown;
		expect(committed).toEqual(exportJsonSchema());
	});

	it('round-trips: export → read → export gives the same file', async () => {
		const first = serializeExport(await reviewedDocument());
		const read = parseExport(first);
		expect(read.ok).toBe(true);
		expect(read.ok && serializeExport(read.document)).toBe(first);
	});

	it('holds everything: metadata, review, tool flags with evidence, reviewer annotation and final values', async () => {
		const document = JSON.parse(serializeExport(await reviewedDocument())) as ReturnType<typeof buildExport>;
		expect(document).toMatchObject({format: 'answer-review-scorecard', version: 1});
		expect(document.letters.map(letter => letter.review.status)).toEqual(['partly reviewed', 'not reviewed']);
		expect(document.letters[0]).toMatchObject({meta: {date: '2026-06-25', caseNumber: '2026Z12034'}, timeliness: {days: 21, limitDays: 21, withinRule: true}, review: {reviewer: 'anna', sidecar: 'seed.review.json', reviewedAnswers: 2}});
		expect(document.answers).toHaveLength(22 + 3);
		const third = document.answers[2]!;
		expect(third).toMatchObject({letter: seedLetter, key: '3', reviewer: {accepted: true, note: 'belofte "later dit jaar"'}, reviewed: true});
		const hit = third.tool.flags.future.evidence[0]!;
		expect(third.answer!.slice(hit.start, hit.end)).toBe(hit.text);
		expect(document.answers[0]).toMatchObject({final: {clarity: 'ambivalent'}, source: {clarity: 'reviewer', deflects: 'tool'}});
	});

	it.each([
		['not JSON', '{', 'not valid JSON'],
		['another file', '{"version": 1}', 'not an answer-review scorecard'],
		['a newer format', '{"format": "answer-review-scorecard", "version": 7}', 'newer answer-review'],
		['a broken answer', JSON.stringify({format: 'answer-review-scorecard', version: 1, letters: [], answers: [{letter: 'x'}]}), 'answers.0'],
	])('refuses %s when read back', (_name, text, reason) => {
		const read = parseExport(text);
		expect(read.ok).toBe(false);
		expect(!read.ok && read.reason).toContain(reason);
	});

	it('escapes characters a terminal would act on, without losing them', async () => {
		const scorecard = await scored(spreadsheetLetter);
		const sidecar = await reviewOf(spreadsheetLetter, 'anna', [['1', {type: 'set-note', note: 'a\u009B31mb \u202Eevil'}]]);
		const text = serializeExport(buildExport([{scorecard, review: reviewFromSidecar(sidecar)}]));
		expect(text).not.toMatch(/[\u009B\u202E]/u);
		const read = parseExport(text);
		expect(read.ok && read.document.answers[0]!.reviewer?.note).toBe('a\u009B31mb \u202Eevil');
	});

	it('lists a note draft apart from the notes, never as a note nor as a touch of its answer', async () => {
		const scorecard = await scored(seedLetter);
		const sidecar = await reviewOf(seedLetter, 'anna', [['1', {type: 'set-note', note: 'opgeslagen'}]]);
		const drafted = withNoteDrafts(sidecar, {'1': 'opgeslagen en meer', '2': 'half'}, '2026-07-02T09:00:00.000Z');
		const document = buildExport([{scorecard, review: reviewFromSidecar(drafted)}]);
		expect(document.letters[0]!.review.noteDrafts).toEqual([
			{key: '1', note: 'opgeslagen en meer', updatedAt: '2026-07-02T09:00:00.000Z'},
			{key: '2', note: 'half', updatedAt: '2026-07-02T09:00:00.000Z'},
		]);
		expect(document.answers[0]!.reviewer?.note).toBe('opgeslagen');
		expect(document.answers[1]!.reviewer).toBeNull();
		const read = parseExport(serializeExport(document));
		expect(read.ok && read.document.letters[0]!.review.noteDrafts).toHaveLength(2);
		expect(renderMarkdown(document)).toContain('- **Unsaved note drafts** (kept in the review file; the reviewer offers them back; not notes): 1 “opgeslagen en meer”, 2 “half”');
		// Without drafts the key is absent, as before.
		expect(buildExport([{scorecard, review: reviewFromSidecar(sidecar)}]).letters[0]!.review).not.toHaveProperty('noteDrafts');
	});
});
