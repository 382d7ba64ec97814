import {Text} from 'ink';
import {safeText} from '../../text/safe-text.js';
import type {FooterItem} from '../keys.js';
import {useTheme} from './theme-context.js';

/** The key footer: rows of "key label" items drawn from the key table. */
export function Footer({lines, height}: {readonly lines: readonly FooterItem[][]; readonly height: number}) {
	const theme = useTheme();
	return (
		<>
			{lines.slice(0, height).map((items, row) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={row} wrap="truncate">
					{items.map((item, index) => (
						<Text key={item.label}>
							{index > 0 ? '  ' : ''}
							<Text {...theme.key}>{item.keys}</Text>
							<Text {...theme.muted}> {item.label}</Text>
						</Text>
					))}
				</Text>
			))}
			{Array.from({length: Math.max(0, height - lines.length)}, (_, index) => <Text key={`pad-${index}`}> </Text>)}
		</>
	);
}

import type {SaveStatus} from '../state.js';

export type {SaveStatus} from '../state.js';

/** The status row: a save error, a message, or where the review is kept and whether it is written yet. */
export function StatusLine(props: {readonly saveError?: string; readonly message?: string; readonly sidecar: string; readonly status?: SaveStatus; readonly asking?: boolean}) {
	const theme = useTheme();
	if (props.asking === true) {
		return props.message === undefined
			? <Text wrap="truncate" {...theme.error}>the last change is not saved ({safeText(props.saveError ?? 'unknown error')}): r retry · w write it elsewhere · q quit anyway · Esc back</Text>
			: <Text wrap="truncate" {...theme.warning}>{safeText(props.message)}</Text>;
	}

	if (props.saveError !== undefined) {
		return <Text wrap="truncate" {...theme.error}>not saved: {safeText(props.saveError)} (retried on the next change)</Text>;
	}

	if (props.message !== undefined) {
		return <Text wrap="truncate" {...theme.warning}>{safeText(props.message)}</Text>;
	}

	const status = props.status ?? 'saved';
	const said = status === 'saving' ? 'saving to' : (status === 'saved' ? 'saved in' : 'review kept in');
	return <Text wrap="truncate" {...theme.muted}>{said} {safeText(props.sidecar)}{status === 'saving' ? ' …' : ''}</Text>;
}

/** The rows the offer of a note draft takes: what to press, then the draft. */
export const draftOfferRows = 2;

/**
 * The status rows while a note draft from last time is offered back: which question and what to
 * press, then the draft itself (its first line's worth), labelled apart from the saved note.
 */
export function DraftOffer(props: {readonly number: number; readonly text: string; readonly hasNote: boolean}) {
	const theme = useTheme();
	const note = props.hasNote ? '; saving it replaces your note' : '';
	return (
		<>
			<Text wrap="truncate" {...theme.warning}>unsaved note draft on question {props.number}: Enter resumes it, Esc discards it{note}</Text>
			<Text wrap="truncate"><Text {...theme.heading}>Draft:</Text> {safeText(props.text).replaceAll(/\s+/gu, ' ').trim()}</Text>
		</>
	);
}
