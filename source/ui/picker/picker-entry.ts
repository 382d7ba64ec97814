// What the letter picker shows of a letter, and how typing filters the list. Pure.
import path from 'node:path';
import type {Letter} from '../../letter/model.js';
import type {Scorecard} from '../../scoring/index.js';

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
};

/** The picker row for a letter and its scorecard. */
export function pickerEntry(letter: Letter, scorecard: Scorecard): PickerEntry {
	const answered = scorecard.answers.filter(answer => answer.answer !== null);
	const clear = answered.filter(answer => answer.clarity === 'clear').length;
	return {
		source: letter.source,
		subject: letter.meta.subject ?? path.basename(letter.source),
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
		const haystack = fold(`${entry.subject} ${entry.ministry} ${entry.askedBy} ${entry.date} ${path.basename(entry.source)}`);
		return words.every(word => haystack.includes(word));
	});
}

/** A text progress bar: "██████░░░░" of `width` cells for done/total. */
export function progressBar(done: number, total: number, width: number): string {
	const filled = total === 0 ? width : Math.round((done / total) * width);
	return '█'.repeat(filled) + '░'.repeat(Math.max(0, width - filled));
}
