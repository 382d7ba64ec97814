import {describe, expect, it} from 'vitest';
import {answerPrints, applyChange, attachAnnotations, createAnnotationFile, noteDraftOffers, orphanedKeys, parseAnnotationFile, reviewOfLetter, serializeAnnotationFile, stampAnnotations, textFingerprint, withNoteDrafts} from '../../source/store/index.js';

const now = '2026-07-01T10:00:00.000Z';
const later = '2026-07-01T11:00:00.000Z';
const letter = [
	{number: 1, text: 'Klopt het?', answer: 'Ja, dat klopt.'},
	{number: 2, text: 'Waarom?', answer: 'Daarom.'},
];

describe('the fingerprint of a question or an answer', () => {
	it('ignores whitespace and line endings, and nothing else', () => {
		expect(textFingerprint('Ja,  dat\nklopt. ')).toBe(textFingerprint('Ja, dat klopt.'));
		expect(textFingerprint('Ja, dat\r\nklopt.')).toBe(textFingerprint('Ja, dat klopt.'));
		expect(textFingerprint('Ja, dit klopt.')).not.toBe(textFingerprint('Ja, dat klopt.'));
		expect(textFingerprint('Ja, dat klopt.')).toMatch(/^[\da-f]{16}$/u);
	});
});

describe('a review re-attached to its letter', () => {
	const prints = answerPrints(letter);
	const made = stampAnnotations({
		'1': {verdict: 'clear', updatedAt: now},
		'2': {verdict: 'non-reply', updatedAt: now},
	}, prints);

	it('records the answer and question each annotation was made on', () => {
		expect(made['1']).toMatchObject({answerFingerprint: textFingerprint('Ja, dat klopt.'), questionFingerprint: textFingerprint('Klopt het?')});
	});

	it('attaches every annotation as it was when the answers are unchanged, whatever else changed', () => {
		expect(attachAnnotations({fingerprint: 'new text', annotations: made}, 'newer text', prints)).toEqual(made);
	});

	it('keeps an annotation on a changed answer and marks it; confirming or judging again clears the mark', () => {
		const edited = answerPrints([letter[0]!, {...letter[1]!, answer: 'Daarom niet.'}]);
		const attached = attachAnnotations({fingerprint: 'old', annotations: made}, 'new', edited);
		expect(attached['1']?.answerChanged).toBeUndefined();
		expect(attached['2']).toMatchObject({verdict: 'non-reply', answerChanged: true});
		// Still marked once written and read again: the fingerprint it was made on is kept.
		const written = stampAnnotations(attached, edited);
		expect(attachAnnotations({fingerprint: 'new', annotations: written}, 'new', edited)['2']?.answerChanged).toBe(true);
		const confirmed = applyChange(attached, '2', {type: 'confirm'}, now);
		expect(confirmed['2']).toMatchObject({verdict: 'non-reply'});
		expect(confirmed['2']?.answerChanged).toBeUndefined();
		expect(stampAnnotations(confirmed, edited)['2']?.answerFingerprint).toBe(textFingerprint('Daarom niet.'));
		expect(applyChange(attached, '2', {type: 'set-verdict', verdict: 'clear'}, now)['2']?.answerChanged).toBeUndefined();
	});

	it('marks nothing while the letter\'s text is the same, though a newer reader reads an answer otherwise', () => {
		// Made when "zalook" was read as written; a newer reader puts the space back ("zal ook").
		const older = stampAnnotations({'1': {verdict: 'clear', updatedAt: now}}, answerPrints([{number: 1, text: 'Klopt het?', answer: 'Ik zalook kijken.'}]));
		const newer = answerPrints([{number: 1, text: 'Klopt het?', answer: 'Ik zal ook kijken.'}]);
		expect(attachAnnotations({fingerprint: 'same', annotations: older}, 'same', newer)['1']?.answerChanged).toBeUndefined();
		// Once the letter's text changed too, the differing answer is marked.
		expect(attachAnnotations({fingerprint: 'same', annotations: older}, 'edited', newer)['1']?.answerChanged).toBe(true);
	});

	it('marks every annotation of a file without fingerprints when the letter\'s text changed, none when it did not', () => {
		const old = {'1': {verdict: 'clear' as const, updatedAt: now}};
		expect(attachAnnotations({fingerprint: 'a', annotations: old}, 'a', prints)).toEqual(old);
		expect(attachAnnotations({fingerprint: 'a', annotations: old}, 'b', prints)['1']?.answerChanged).toBe(true);
	});

	it('keeps an annotation whose question is gone, untouched, as orphaned', () => {
		const gone = answerPrints([letter[0]!]);
		const attached = attachAnnotations({fingerprint: 'old', annotations: made}, 'new', gone);
		expect(attached['2']).toEqual(made['2']);
		expect(orphanedKeys(attached, gone)).toEqual(['2']);
	});

	it('tells a review of this letter, in any text, from one of another letter', () => {
		expect(reviewOfLetter({fingerprint: 'old', annotations: made}, 'new', prints)).toBe(true);
		expect(reviewOfLetter({fingerprint: 'old', annotations: made}, 'new', answerPrints([{number: 1, text: 'Iets anders?', answer: 'Nee.'}]))).toBe(false);
	});
});

describe('a note draft offered back after its letter was edited', () => {
	const letterFingerprint = 'b'.repeat(64);
	const three = [
		{number: 1, text: 'Klopt het?', answer: 'Ja, dat klopt.'},
		{number: 2, text: 'Waarom?', answer: 'Daarom.'},
		{number: 3, text: 'Wanneer?', answer: 'Volgend jaar.'},
	];
	const typed = withNoteDrafts(createAnnotationFile({reviewer: 'anna', fingerprint: letterFingerprint, letter: 'brief.txt', now}), {'3': 'half ty'}, now, answerPrints(three));
	// Question 2 is removed: the old question 3 is now question 2, and question 3 is a new one.
	const renumbered = answerPrints([three[0]!, three[2]!, {number: 3, text: 'Hoeveel?', answer: 'Drie.'}].map((question, index) => ({...question, number: index + 1})));

	it('records the answer and question the draft was typed on, and keeps them while its text stays', () => {
		expect(typed.noteDrafts?.['3']).toEqual({note: 'half ty', updatedAt: now, answerFingerprint: textFingerprint('Volgend jaar.'), questionFingerprint: textFingerprint('Wanneer?')});
		const parsed = parseAnnotationFile(serializeAnnotationFile(typed));
		expect(parsed).toEqual({ok: true, file: typed});
		// Written again on the edited letter with the same text: still the draft typed on the old answer.
		expect(withNoteDrafts(typed, {'3': 'half ty'}, later, renumbered).noteDrafts?.['3']).toEqual(typed.noteDrafts?.['3']);
		// Typed on further: it now belongs to the answer it is typed on.
		expect(withNoteDrafts(typed, {'3': 'half typed'}, later, renumbered).noteDrafts?.['3']).toMatchObject({answerFingerprint: textFingerprint('Drie.'), questionFingerprint: textFingerprint('Hoeveel?')});
	});

	it('is marked when its answer read differently, and not while the letter is the one the file records', () => {
		expect(noteDraftOffers(typed, 'c'.repeat(64), renumbered)).toEqual({texts: {'3': 'half ty'}, changed: {'3': 'answer'}});
		expect(noteDraftOffers(typed, 'c'.repeat(64), answerPrints(three))).toEqual({texts: {'3': 'half ty'}, changed: {}});
		// The same letter text cannot hold a changed answer (a newer reader's prints differ, not the letter).
		expect(noteDraftOffers(typed, letterFingerprint, renumbered).changed).toEqual({});
	});

	it('is marked when only its question read differently (two unanswered questions renumbered)', () => {
		const edited = answerPrints([three[0]!, three[1]!, {...three[2]!, text: 'Hoeveel?'}]);
		expect(noteDraftOffers(typed, 'c'.repeat(64), edited).changed).toEqual({'3': 'question'});
	});

	it('without fingerprints (written before they were recorded) is marked once the letter changed at all', () => {
		const older = {fingerprint: letterFingerprint, noteDrafts: {'3': {note: 'oud', updatedAt: now}}};
		expect(noteDraftOffers(older, letterFingerprint, renumbered).changed).toEqual({});
		expect(noteDraftOffers(older, 'c'.repeat(64), answerPrints(three)).changed).toEqual({'3': 'answer'});
	});

	it('is never offered, nor kept, when it holds only whitespace', () => {
		const blank = {fingerprint: letterFingerprint, noteDrafts: {'1': {note: ' \n\t', updatedAt: now}, '2': {note: 'echt', updatedAt: now}}};
		expect(noteDraftOffers(blank, letterFingerprint, renumbered).texts).toEqual({'2': 'echt'});
		expect(withNoteDrafts(typed, {'1': '   ', '3': 'half ty'}, later, renumbered).noteDrafts).toEqual(typed.noteDrafts);
		expect(withNoteDrafts(typed, {'3': '  '}, later, renumbered).noteDrafts).toBeUndefined();
	});
});
