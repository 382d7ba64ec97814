import type {LetterKind, LetterMeta} from '../../letter/model.js';
import type {Line} from '../wrap.js';
import {safeSegments, textWidth} from '../wrap.js';
import {firstWords} from '../../text/width.js';
import {safeText} from '../../text/safe-text.js';
import {LineBlock} from './styled-line.js';

/** The subject without the "Beantwoording Kamervragen van het lid X (P) over" preamble the second row already says. */
export function shortSubject(subject: string): string {
	const match = /^(?:beantwoording\s+(?:van\s+)?(?:de\s+)?)?(?:schriftelijke\s+)?kamervragen\b.*?\bover\s+(?:het\s+bericht\s+)?(.+)$/isu.exec(subject.trim());
	const rest = match?.[1]?.trim();
	return rest === undefined || rest === '' ? subject : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** `text` cut to `room` columns with an ellipsis and a space after it, or nothing when too little room is left. */
function shortened(text: string, room: number): string {
	return room < 4 ? '' : `${firstWords(text, room)} `;
}

/** A title for a letter without a subject: its Aanhangsel number and case number, as far as known. */
function untitled(meta: LetterMeta): string {
	const parts = [meta.aanhangselNumber === undefined ? undefined : `Aanhangsel ${meta.aanhangselNumber}`, meta.caseNumber].filter(part => part !== undefined);
	return parts.length > 0 ? parts.join(' · ') : '(no subject)';
}

/** What the header says of the review besides the count: answers skipped, and the filter with how many it shows. */
export type ReviewProgress = {
	readonly skipped?: number;
	readonly filter?: {readonly name: string; readonly shown: number};
};

/** The two header rows' content: subject; asker, date, days taken and progress. A postponement notice answers nothing: its days are the days until it postponed. */
export function headerLines(meta: LetterMeta, reviewed: number, total: number, notices: number, width = Number.POSITIVE_INFINITY, kind?: LetterKind, progressOf: ReviewProgress = {}): Line[] {
	const asker = meta.askedBy === undefined ? undefined : `${meta.askedBy}${meta.party ? ` (${meta.party})` : ''}`;
	const date = meta.date ?? meta.received;
	// A letter that names no asker (an Aanhangsel answer from the CSV export) still names who answered.
	const answerer = asker === undefined && meta.answeredBy !== undefined ? `answered by ${meta.answeredBy}` : undefined;
	const skipped = progressOf.skipped === undefined || progressOf.skipped === 0 ? '' : ` · ${progressOf.skipped} skipped`;
	const progress = `${reviewed}/${total} reviewed${skipped}`;
	const filter = progressOf.filter === undefined ? '' : `filter: ${progressOf.filter.name} (${progressOf.filter.shown} of ${total}) · `;
	const notice = notices > 0 ? ` · ${notices} notice${notices === 1 ? '' : 's'} (see help)` : '';
	const days = kind === 'postponement'
		? (meta.daysToNotice === undefined ? 'postponement notice' : `postponed after ${meta.daysToNotice} days`)
		: (meta.daysToAnswer === undefined ? undefined : `${meta.daysToAnswer} days to answer`);
	const later = [date, days]
		.filter((part): part is string => part !== undefined && part !== '')
		.map(part => `${safeText(part)} · `)
		.join('');
	// Who asked (or answered) gives way first, so the progress always fits.
	const who = asker ?? answerer;
	const tail = textWidth(filter) + textWidth(progress) + textWidth(notice);
	const room = width - 1 - textWidth(later) - tail - 3;
	const whoText = who === undefined || room < 12 ? '' : `${firstWords(who, room)} · `;
	// Still too wide (a narrow terminal, a notice): the date and days give way too; the progress stays.
	const fits = textWidth(whoText) + textWidth(later) + tail <= width - 1;
	const before = fits ? `${whoText}${later}` : shortened(`${whoText}${later}`, width - 1 - tail - 1);
	return [
		safeSegments([{text: meta.subject === undefined ? untitled(meta) : shortSubject(meta.subject), token: 'title'}]),
		safeSegments([
			{text: before, token: 'plain'},
			{text: filter, token: 'warning'},
			{text: progress, token: reviewed === total && total > 0 ? 'success' : 'reviewer'},
			{text: notice, token: 'warning'},
		]),
	];
}

/**
 * The letter's header: two rows, or on a short terminal (`height` 1) only the row with the progress,
 * led by `position` ("question 4 (4 of 22)") when the screen has no list and rule to say it.
 */
export function Header(props: {readonly meta: LetterMeta; readonly reviewed: number; readonly total: number; readonly notices: number; readonly width: number; readonly kind?: LetterKind; readonly progress?: ReviewProgress; readonly height?: number; readonly position?: string}) {
	const height = props.height ?? 2;
	const lead = height < 2 && props.position !== undefined ? `${props.position} · ` : '';
	const lines = headerLines(props.meta, props.reviewed, props.total, props.notices, props.width - textWidth(lead), props.kind, props.progress);
	const shown = height >= 2 ? lines : [[...(lead === '' ? [] : [{text: lead, token: 'heading' as const}]), ...lines[1]!]];
	return <LineBlock lines={shown} height={height}/>;
}
