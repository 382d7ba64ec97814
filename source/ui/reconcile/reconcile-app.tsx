import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useReducer, useRef} from 'react';
import {fieldName, judgedFields, toolRating} from '../../export/agreement.js';
import {answerOfKey, reconciledValue} from '../../reconcile/reconcile.js';
import type {Scorecard} from '../../scoring/index.js';
import type {Annotations} from '../../store/model.js';
import {safeText} from '../../text/safe-text.js';
import {cutToWidth, padToWidth} from '../../text/width.js';
import type {AnswerDisagreement} from '../../reconcile/reconcile.js';
import {LineBlock} from '../components/styled-line.js';
import {ThemeContext} from '../components/theme-context.js';
import {useTerminalSize} from '../components/use-terminal-size.js';
import {minimumSize} from '../layout.js';
import type {Theme} from '../theme.js';
import {wrapSegments, type Line} from '../wrap.js';
import {initialReconcileState, isDecided, reconcileReducer, type ReconcileState} from './reconcile-state.js';

/** What the reconcile screen needs: the scorecard, both readings, their disagreements, and where the reconciled reading goes. */
export type ReconcileAppProps = {
	readonly scorecard: Scorecard;
	readonly names: readonly [string, string];
	readonly a: Annotations;
	readonly b: Annotations;
	readonly disagreements: readonly AnswerDisagreement[];
	/** The reconciled reading to start from (the agreed answers, or what an earlier session decided). */
	readonly reconciled: Annotations;
	/** Where it is written, for the header. */
	readonly target: string;
	/** Persists the reconciled reading; called after every change. */
	readonly save: (annotations: Annotations) => Promise<void>;
	readonly theme: Theme;
	readonly now?: () => string;
};

/** The side-by-side table of one disagreement: each field, A, B, the tool, and the reconciled value (fields they differ on marked ≠). */
export function comparisonLines(state: ReconcileState, names: readonly [string, string], width: number): Line[] {
	const current = state.disagreements[state.index];
	if (current === undefined) {
		return [];
	}

	const differing = new Map(current.fields.map(field => [field.field, field]));
	const answer = answerOfKey(state.scorecard, current.key);
	const column = Math.max(8, Math.min(14, Math.floor((width - 16) / 4)));
	const cell = (text: string) => padToWidth(cutToWidth(text, column - 1), column);
	const header: Line = [{text: `  ${'field'.padEnd(13)} ${cell(`A ${names[0]}`)}${cell(`B ${names[1]}`)}${cell('tool')}${cell('reconciled')}`, token: 'heading'}];
	const rows = judgedFields.map((field): Line => {
		const differs = differing.get(field);
		const rating = (value: string | undefined) => value ?? '–';
		const toolValue = differs?.tool ?? (answer === undefined ? '–' : toolRating(field, answer));
		const a = differs?.a ?? reconciledValue(field, state.scorecard, current.key, state.a[current.key]);
		const b = differs?.b ?? reconciledValue(field, state.scorecard, current.key, state.b[current.key]);
		const mine = reconciledValue(field, state.scorecard, current.key, state.reconciled[current.key]);
		return [
			{text: `${differs === undefined ? ' ' : '≠'} ${fieldName(field).padEnd(13)} `, token: differs === undefined ? 'muted' : 'warning'},
			{text: `${cell(rating(a))}${cell(rating(b))}${cell(toolValue)}`, token: differs === undefined ? 'muted' : 'plain'},
			{text: cell(mine), token: 'reviewer'},
		];
	});
	return [header, ...rows];
}

/** Steps through the disagreements of two readings; a, b or t decides each, and the reconciled reading is saved after every change. */
export function ReconcileApp({scorecard, names, a, b, disagreements, reconciled, target, save, theme, now = () => new Date().toISOString()}: ReconcileAppProps) {
	const {exit} = useApp();
	const [state, dispatch] = useReducer(reconcileReducer, undefined, () => initialReconcileState(scorecard, a, b, disagreements, reconciled));
	const {columns, rows} = useTerminalSize();
	const width = columns - 1;
	const saved = useRef(state.reconciled);
	useEffect(() => {
		if (state.reconciled !== saved.current) {
			saved.current = state.reconciled;
			save(state.reconciled).catch(() => undefined);
		}
	}, [state.reconciled]);

	const current = state.disagreements[state.index];
	const answer = current === undefined ? undefined : answerOfKey(scorecard, current.key);
	const table = comparisonLines(state, names, width);
	const question = answer === undefined ? [] : wrapSegments([{text: `${answer.number}. ${answer.question}`, token: 'question'}], width, '   ').slice(0, 4);
	const answerLines = answer === undefined ? [] : wrapSegments([{text: answer.answer ?? '(no answer)', token: 'plain'}], width);
	// title, status, question, rule, answer, table, message, footer
	const room = Math.max(1, rows - 1 - 2 - question.length - 1 - table.length - 2);
	const maxScroll = Math.max(0, answerLines.length - room);

	useInput((input, key) => {
		if (input === 'q') {
			exit();
		} else if (input === 'a' || input === 'b' || input === 't') {
			dispatch({type: 'decide', side: input === 't' ? 'tool' : input, now: now()});
		} else if (input === 'j' || key.downArrow || input === ']') {
			dispatch({type: 'move', by: 1});
		} else if (input === 'k' || key.upArrow || input === '[') {
			dispatch({type: 'move', by: -1});
		} else if (input === 'u') {
			dispatch({type: 'undo'});
		} else if (input === ' ' || key.pageDown) {
			dispatch({type: 'scroll', by: Math.max(1, room - 1), max: maxScroll});
		} else if (key.pageUp) {
			dispatch({type: 'scroll', by: -Math.max(1, room - 1), max: maxScroll});
		}
	});

	if (columns < minimumSize.columns || rows < minimumSize.rows) {
		return <Text wrap="truncate" {...theme.warning}>terminal too small ({columns}×{rows}); need {minimumSize.columns}×{minimumSize.rows} · q quits</Text>;
	}

	const decided = state.disagreements.filter(each => isDecided(state, each.key)).length;
	const position = current === undefined ? 'no disagreements' : `disagreement ${state.index + 1} of ${state.disagreements.length} (question ${current.number})`;
	return (
		<ThemeContext.Provider value={theme}>
			<Box flexDirection="column">
				<Text wrap="truncate" {...theme.title}>Reconcile: {safeText(names[0])} (A) and {safeText(names[1])} (B) · {decided}/{state.disagreements.length} decided</Text>
				<Text wrap="truncate" {...theme.muted}>{position} · writes {safeText(target)}</Text>
				<LineBlock lines={question} height={question.length}/>
				<Text wrap="truncate" {...theme.heading}>{`── Answer ${'─'.repeat(Math.max(0, width - 10))}`}</Text>
				<LineBlock lines={answerLines.slice(Math.min(state.scroll, maxScroll))} height={room}/>
				<LineBlock lines={table} height={table.length}/>
				<Text wrap="truncate" {...theme.warning}>{safeText(state.message ?? ' ')}</Text>
				<Text wrap="truncate">
					<Text {...theme.key}>a</Text><Text {...theme.muted}> A's reading  </Text>
					<Text {...theme.key}>b</Text><Text {...theme.muted}> B's  </Text>
					<Text {...theme.key}>t</Text><Text {...theme.muted}> the tool's  </Text>
					<Text {...theme.key}>j/k</Text><Text {...theme.muted}> next/previous  </Text>
					<Text {...theme.key}>space</Text><Text {...theme.muted}> scroll  </Text>
					<Text {...theme.key}>u</Text><Text {...theme.muted}> undo  </Text>
					<Text {...theme.key}>q</Text><Text {...theme.muted}> quit (all is saved)</Text>
				</Text>
			</Box>
		</ThemeContext.Provider>
	);
}
