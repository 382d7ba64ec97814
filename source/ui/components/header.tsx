import type {LetterMeta} from '../../letter/model.js';
import type {Line} from '../wrap.js';
import {safeSegments} from '../wrap.js';
import {LineBlock} from './styled-line.js';

/** The subject without the "Beantwoording Kamervragen van het lid X (P) over" preamble the second row already says. */
export function shortSubject(subject: string): string {
	const match = /^(?:beantwoording\s+(?:van\s+)?(?:de\s+)?)?(?:schriftelijke\s+)?kamervragen\b.*?\bover\s+(?:het\s+bericht\s+)?(.+)$/isu.exec(subject.trim());
	const rest = match?.[1]?.trim();
	return rest === undefined || rest === '' ? subject : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The two header rows' content: subject; asker, date, days taken and progress. */
export function headerLines(meta: LetterMeta, reviewed: number, total: number, notices: number): Line[] {
	const asker = meta.askedBy === undefined ? undefined : `${meta.askedBy}${meta.party ? ` (${meta.party})` : ''}`;
	const date = meta.date ?? meta.received;
	const facts = [
		asker,
		date,
		meta.daysToAnswer === undefined ? undefined : `${meta.daysToAnswer} days to answer`,
	].filter((part): part is string => part !== undefined && part !== '');
	return [
		safeSegments([{text: meta.subject === undefined ? (meta.caseNumber ?? '(no subject)') : shortSubject(meta.subject), token: 'title'}]),
		safeSegments([
			{text: facts.length > 0 ? `${facts.join(' · ')} · ` : '', token: 'plain'},
			{text: `${reviewed}/${total} reviewed`, token: reviewed === total && total > 0 ? 'success' : 'reviewer'},
			{text: notices > 0 ? ` · ${notices} notice${notices === 1 ? '' : 's'} (see help)` : '', token: 'warning'},
		]),
	];
}

/** The letter's header: two rows. */
export function Header(props: {readonly meta: LetterMeta; readonly reviewed: number; readonly total: number; readonly notices: number}) {
	return <LineBlock lines={headerLines(props.meta, props.reviewed, props.total, props.notices)} height={2}/>;
}
