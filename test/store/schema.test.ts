import {describe, expect, it} from 'vitest';
import {createAnnotationFile, withAnnotations} from '../../source/store/apply.js';
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

describe('hostile sizes', () => {
	it('refuses a review file holding a note longer than 100,000 characters, naming it', () => {
		const huge = withAnnotations(empty, {'1': {note: 'x'.repeat(5_000_000), updatedAt: now}}, now);
		const result = parseAnnotationFile(serializeAnnotationFile(huge));
		expect(result).toMatchObject({ok: false, problem: 'corrupt'});
		expect(result.ok ? '' : result.reason).toContain('annotations.1.note: a note of more than 100,000 characters');
	});
});
