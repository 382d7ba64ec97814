import {describe, expect, it} from 'vitest';
import {createAnnotationFile, noteDraftTexts, withAnnotations, withNoteDrafts} from '../../source/store/apply.js';
import {checkAnnotationFile, parseAnnotationFile, serializeAnnotationFile} from '../../source/store/schema.js';

const fingerprint = 'a'.repeat(64);
const now = '2026-07-01T10:00:00.000Z';
const empty = createAnnotationFile({reviewer: 'anna', fingerprint, letter: 'brief.txt', now});
const file = withAnnotations(empty, {'10': {verdict: 'clear', note: 'ok', updatedAt: now}, '2': {direct: null, updatedAt: now}, '2#2': {deflects: true, updatedAt: now}}, now);

describe('the sidecar format', () => {
	it('round-trips through its text', () => {
		expect(parseAnnotationFile(serializeAnnotationFile(file))).toEqual({ok: true, file});
	});

	it('writes answers in question order and records version, tool, reviewer, fingerprint and times', () => {
		const json = JSON.parse(serializeAnnotationFile(file)) as Record<string, unknown>;
		// JSON objects list integer keys first, in ascending order; repeated numbers ("2#2") follow in order.
		expect(Object.keys(json['annotations'] as object)).toEqual(['2', '10', '2#2']);
		expect(json).toMatchObject({version: 2, tool: 'answer-review', reviewer: 'anna', fingerprint, createdAt: now, updatedAt: now});
	});

	it('calls broken JSON corrupt', () => {
		expect(parseAnnotationFile('{"version": 1,')).toMatchObject({ok: false, problem: 'corrupt'});
		expect(parseAnnotationFile('')).toMatchObject({ok: false, problem: 'corrupt'});
	});

	it('calls a file of the wrong shape corrupt and names the field', () => {
		const bad = serializeAnnotationFile(file).replace('"clear"', '"brilliant"');
		const result = parseAnnotationFile(bad);
		expect(result).toMatchObject({ok: false, problem: 'corrupt'});
		expect(result.ok ? '' : result.reason).toContain('annotations.10.verdict');
	});

	it('recognises a file from a newer version of the tool', () => {
		const newer = serializeAnnotationFile(file).replace('"version": 2', '"version": 3');
		expect(parseAnnotationFile(newer)).toMatchObject({ok: false, problem: 'newer-version'});
	});

	it('refuses a file of another reviewer, and reads a file of format 1', () => {
		expect(checkAnnotationFile(file, {reviewer: 'bram'})).toMatchObject({ok: false, problem: 'other-reviewer'});
		expect(checkAnnotationFile(file, {reviewer: 'anna'})).toEqual({ok: true, file});
		const older = serializeAnnotationFile(file).replace('"version": 2', '"version": 1');
		expect(parseAnnotationFile(older)).toMatchObject({ok: true});
	});
});

describe('note drafts in the sidecar', () => {
	const later = '2026-07-01T11:00:00.000Z';
	const drafted = withNoteDrafts(file, {'3': 'half ty', '2#2': 'ander'}, now);

	it('round-trips, after the annotations and in question order, leaving the notes as they were', () => {
		const text = serializeAnnotationFile(drafted);
		expect(parseAnnotationFile(text)).toEqual({ok: true, file: drafted});
		const json = JSON.parse(text) as Record<string, unknown>;
		expect(Object.keys(json).slice(-2)).toEqual(['annotations', 'noteDrafts']);
		expect(Object.keys(json['noteDrafts'] as object)).toEqual(['3', '2#2']);
		expect(json['noteDrafts']).toEqual({'3': {note: 'half ty', updatedAt: now}, '2#2': {note: 'ander', updatedAt: now}});
		expect((json['annotations'] as Record<string, {note?: string}>)['10']?.note).toBe('ok');
	});

	it('reads a file written before drafts existed as having none, and writes none when there are none', () => {
		expect(serializeAnnotationFile(file)).not.toContain('noteDrafts');
		expect(noteDraftTexts(file)).toEqual({});
		expect(withNoteDrafts(drafted, {}, later)).toEqual(file);
		expect(serializeAnnotationFile(withNoteDrafts(drafted, {}, later))).not.toContain('noteDrafts');
	});

	it('keeps the time of a draft whose text is unchanged, stamps a changed one, and cuts one longer than a note', () => {
		const next = withNoteDrafts(drafted, {'3': 'half typed', '2#2': 'ander', '4': 'y'.repeat(200_000)}, later);
		expect(next.noteDrafts?.['3']).toEqual({note: 'half typed', updatedAt: later});
		expect(next.noteDrafts?.['2#2']).toEqual({note: 'ander', updatedAt: now});
		expect(next.noteDrafts?.['4']?.note).toHaveLength(100_000);
		expect(parseAnnotationFile(serializeAnnotationFile(next)).ok).toBe(true);
	});

	it('keeps the drafts when the annotations change', () => {
		expect(withAnnotations(drafted, {}, later).noteDrafts).toEqual(drafted.noteDrafts);
	});

	it('calls a draft of the wrong shape or size corrupt, naming it', () => {
		const wrong = parseAnnotationFile(serializeAnnotationFile(drafted).replace('"note": "half ty"', '"note": 3'));
		expect(wrong.ok ? '' : wrong.reason).toContain('noteDrafts.3.note');
		const huge = {...drafted, noteDrafts: {'1': {note: 'x'.repeat(100_001), updatedAt: now}}};
		const result = parseAnnotationFile(serializeAnnotationFile(huge));
		expect(result.ok ? '' : result.reason).toContain('noteDrafts.1.note: a note draft of more than 100,000 characters');
	});
});

describe('hostile sizes', () => {
	it('refuses a review file holding a note longer than 100,000 characters, naming it', () => {
		const huge = withAnnotations(empty, {'1': {note: 'x'.repeat(5_000_000), updatedAt: now}}, now);
		const result = parseAnnotationFile(serializeAnnotationFile(huge));
		expect(result).toMatchObject({ok: false, problem: 'corrupt'});
		expect(result.ok ? '' : result.reason).toContain('annotations.1.note: a note of more than 100,000 characters');
	});
});
