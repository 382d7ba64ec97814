// What the letter picker shows of a letter, and how typing filters the list. Pure.
import path from 'node:path';
import type {Letter} from '../../letter/model.js';
import type {Scorecard} from '../../scoring/index.js';
import type {Annotations} from '../../store/model.js';
import {mergeReview} from '../../store/merge.js';

/** One row of the picker. */
export type PickerEntry = {
	/** The letter's file (or "file.csv#name"). */
	readonly source: string;
	/** The subject, or the file name when the letter states none. */
	readonly subject: string;
	/** YYYY-MM-DD, or '' when unknown. */
	readonly date: string;
	/** Who answered (the ministry), or '' when unknown. */
	readonly ministry: string;
	/** The members who asked and their parties, for filtering ("Koekkoek", "PvdD"); '' when unknown. */
	readonly askedBy: string;
	readonly questions: number;
	/** Share of answers the scoring reads as clear, 0–1; 0 for a letter without answers. */
	readonly clearShare: number;
	/** What names the letter when it states no subject: a CSV row's name, else the file name. */
	readonly name: string;
	/** Answers with your verdict. */
	readonly reviewed: number;
	/** Answers you judged deflecting or non-reply. */
	readonly flagged: number;
	/** The tool's mean score, 0–100 (0 without answers). */
	readonly score: number;
};

/** A CSV row's name ("file.csv#name" → "name"), or a file's name. */
export function letterName(source: string): string {
	const hash = source.lastIndexOf('#');
	return hash > 0 && /\.csv$/iu.test(source.slice(0, hash)) ? source.slice(hash + 1) : path.basename(source);
}

/** How far the review of a letter is: answers with a verdict, and those judged deflecting or non-reply. */
export function reviewProgress(scorecard: Scorecard, annotations: Annotations): Pick<PickerEntry, 'reviewed' | 'flagged'> {
	const reviewed = mergeReview(scorecard, annotations).filter(answer => answer.reviewed);
	return {reviewed: reviewed.length, flagged: reviewed.filter(answer => answer.final.deflects || answer.final.clarity === 'non-reply').length};
}

/** The picker row for a letter, its scorecard and your review of it so far. */
export function pickerEntry(letter: Letter, scorecard: Scorecard, annotations: Annotations = {}): PickerEntry {
	const answered = scorecard.answers.filter(answer => answer.answer !== null);
	const clear = answered.filter(answer => answer.clarity === 'clear').length;
	const name = letterName(letter.source);
	return {
		source: letter.source,
		name,
		...reviewProgress(scorecard, annotations),
		score: scorecard.answers.length === 0 ? 0 : Math.round(scorecard.answers.reduce((sum, answer) => sum + answer.score, 0) / scorecard.answers.length),
		subject: letter.meta.subject ?? name,
		date: letter.meta.received ?? letter.meta.date ?? '',
		ministry: letter.meta.answeredBy ?? letter.meta.ministersAsked ?? '',
		askedBy: [letter.meta.askedBy, letter.meta.party].filter(Boolean).join(' '),
		questions: letter.questions.length,
		clearShare: answered.length === 0 ? 0 : clear / answered.length,
	};
}

// Accents and case do not matter when filtering: "financien" finds "Financiën".
const fold = (text: string) => text.normalize('NFD').replaceAll(/\p{M}/gu, '').toLowerCase();

/** The entries whose subject, ministry, members and parties, date or file name contain every typed word. */
export function filterEntries(entries: readonly PickerEntry[], query: string): PickerEntry[] {
	const words = fold(query).split(/\s+/u).filter(Boolean);
	if (words.length === 0) {
		return [...entries];
	}

	return entries.filter(entry => {
		const haystack = fold(`${entry.subject} ${entry.ministry} ${entry.askedBy} ${entry.date} ${entry.name}`);
		return words.every(word => haystack.includes(word));
	});
}

/** How the picker can order its letters. */
export type PickerSort = 'folder' | 'progress' | 'date' | 'score';

/** The orders Tab steps through, in turn. */
export const pickerSorts: readonly PickerSort[] = ['folder', 'progress', 'date', 'score'];

/** The entries in an order: as found, least reviewed first, newest first, or lowest score first. */
export function sortEntries(entries: readonly PickerEntry[], sort: PickerSort): PickerEntry[] {
	const sorted = [...entries];
	switch (sort) {
		case 'folder': {
			return sorted;
		}

		case 'progress': {
			const share = (entry: PickerEntry) => (entry.questions === 0 ? 1 : entry.reviewed / entry.questions);
			return sorted.sort((a, b) => share(a) - share(b));
		}

		case 'date': {
			return sorted.sort((a, b) => b.date.localeCompare(a.date));
		}

		case 'score': {
			return sorted.sort((a, b) => a.score - b.score);
		}
	}
}

/** A text progress bar: "██████░░░░" of `width` cells for done/total. */
export function progressBar(done: number, total: number, width: number): string {
	const filled = total === 0 ? width : Math.round((done / total) * width);
	return '█'.repeat(filled) + '░'.repeat(Math.max(0, width - filled));
}
