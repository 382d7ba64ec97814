import {Text} from 'ink';
import {safeText} from '../../text/safe-text.js';
import type {FooterItem} from '../keys.js';
import {useTheme} from './theme-context.js';
import type {DraftChange} from '../../store/attach.js';
import {wrapSegments, type Line} from '../wrap.js';
import {LineBlock} from './styled-line.js';

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

/** What the offer of a note draft says: which question, what read differently when it was typed, whether a note is saved. */
export type DraftOfferText = {readonly number: number; readonly text: string; readonly hasNote: boolean; readonly changed?: DraftChange};

/**
 * The status rows while a note draft from last time is offered back: which question and what to
 * press, then the draft itself (its first line's worth), labelled apart from the saved note. A draft
 * typed when its answer (or question) read differently says so, wrapped over up to `maxRows - 1`
 * rows so a narrow terminal shows it whole; otherwise the offer is one row and the draft the next.
 */
export function draftOfferLines(offer: DraftOfferText, width: number, maxRows: number): Line[] {
	const note = offer.hasNote ? '; saving it replaces your note' : '';
	const draft: Line = [{text: 'Draft:', token: 'heading'}, {text: ` ${offer.text.replaceAll(/\s+/gu, ' ').trim()}`, token: 'plain'}];
	if (offer.changed === undefined) {
		return [[{text: `unsaved note draft on question ${offer.number}: Enter resumes it, Esc discards it${note}`, token: 'warning'}], draft];
	}

	const said = `unsaved note draft on question ${offer.number}, typed when its ${offer.changed} read differently: Enter resumes it, Esc discards it${note}`;
	return [...wrapSegments([{text: said, token: 'warning'}], width).slice(0, Math.max(1, maxRows - 1)), draft];
}

/** The offer of a note draft, one row per line of `draftOfferLines`. */
export function DraftOffer({lines}: {readonly lines: readonly Line[]}) {
	return <LineBlock lines={lines} height={lines.length}/>;
}
