import {Box, Text, useApp} from 'ink';
import {useEffect, useLayoutEffect, useMemo, useReducer, useRef} from 'react';
import type {Letter} from '../../letter/model.js';
import type {Scorecard} from '../../scoring/index.js';
import {countReviewed, countSkipped} from '../../store/apply.js';
import type {Annotations} from '../../store/model.js';
import type {DraftChange} from '../../store/attach.js';
import {detailLayout} from '../detail.js';
import {footerItems, offeredTable, type Command, type KeyContext} from '../keys.js';
import {useKeyEvents} from '../input/use-key-events.js';
import {answerLinesWanted, minimumSize, packFooter, screenLayout} from '../layout.js';
import {draftOffer, draftsToKeep, initialReviewState, saveStatus, selectedAnswer, visibleAnswers} from '../state.js';
import {reviewerReducer} from '../key-routing.js';
import type {Theme} from '../theme.js';
import {DetailPane, ruleLine} from './detail-pane.js';
import {DraftOffer, draftOfferLines, Footer, StatusLine} from './footer.js';
import {Header} from './header.js';
import {resultLines} from '../search/result-lines.js';
import {SearchBox} from '../search/search-box.js';
import {searchStatus} from '../search/search-state.js';
import {HelpScreen, helpLines, helpMaxScroll} from './help-screen.js';
import {NoteEditor, maxNoteRows, noteLabel} from './note-editor.js';
import {wrapSegments} from '../wrap.js';
import {QuestionList, marksLegend} from './question-list.js';
import {PromptLine} from './prompt-line.js';
import {LineBlock, StyledLine} from './styled-line.js';
import {ThemeContext} from './theme-context.js';
import {useTerminalSize} from './use-terminal-size.js';
import {errorLine} from '../../text/error-line.js';

/** What the reviewer screen needs: the letter, its scorecard, the saved annotations and a way to save. */
export type ReviewerAppProps = {
	readonly letter: Letter;
	readonly scorecard: Scorecard;
	readonly annotations: Annotations;
	/** Where the review is saved, shown in the status row. */
	readonly sidecar: string;
	/** Persists the annotations; called after every change. */
	readonly save: (annotations: Annotations) => Promise<void>;
	/** Note drafts the review file holds (texts by answer key): each is offered back. */
	readonly drafts?: Readonly<Record<string, string>>;
	/** Of those drafts, the ones typed when their answer (or question) read differently: the offer says so. */
	readonly draftChanges?: Readonly<Record<string, DraftChange>>;
	/**
	 * Persists the note drafts the file should hold (texts by answer key): the note being typed once
	 * typing pauses, at once when a draft is saved, cancelled or discarded, and when the screen is left
	 * in any way (a signal, Ctrl-C). Without it, a note being typed is not kept.
	 */
	readonly saveDrafts?: (drafts: Readonly<Record<string, string>>) => Promise<void>;
	readonly theme: Theme;
	/** Writes the Markdown scorecard next to the letter, merged with these annotations, and resolves with its path; `x` is offered only when given. */
	readonly exportScorecard?: (annotations: Annotations) => Promise<string>;
	/** Goes back to the folder picker the reviewer was opened from; Esc (no search active) is offered only when given. */
	readonly onBack?: () => void;
	/** Writes the review to another file than `sidecar` (after a failed save) and resolves with its path; `w` is offered only when given. */
	readonly saveElsewhere?: (annotations: Annotations) => Promise<string>;
	/** Called when the reviewer is left with Ctrl-C (after the last change is handed to `save`). */
	readonly onInterrupt?: () => void;
	/** The clock, injectable for tests. */
	readonly now?: () => string;
	/** How long typing pauses before the note being typed is written as a draft (ms); injectable for tests. */
	readonly draftDelay?: number;
};

/**
 * How long typing pauses before the note being typed is written as a draft: a kill -9 loses at most
 * the last second of typing, and a fast typist causes at most one write a second.
 */
export const draftWriteDelayMs = 1000;

/** The reviewer screen. */
export function ReviewerApp({letter, scorecard, annotations, sidecar, save, drafts = noDrafts, draftChanges = noChanges, saveDrafts, theme, exportScorecard, onBack, onInterrupt, saveElsewhere, now = () => new Date().toISOString(), draftDelay = draftWriteDelayMs}: ReviewerAppProps) {
	const {exit} = useApp();
	const [state, dispatch] = useReducer(reviewerReducer, undefined, () => initialReviewState(scorecard.answers, annotations, drafts, draftChanges));
	const {columns, rows} = useTerminalSize();
	const width = columns - 1;
	// The last annotations handed to `save`; what is on disk is in the state (`written`), so the status
	// row is derived from it and never says "saved in" for a change that is not yet written.
	const handed = useRef(state.annotations);
	const persist = (next: Annotations) => {
		if (next === handed.current) {
			return;
		}

		handed.current = next;
		save(next).then(
			() => {
				dispatch({type: 'saved', annotations: next});
			},
			(error: unknown) => {
				dispatch({type: 'save-failed', error: errorLine(error)});
			},
		);
	};

	// The note drafts last handed to `saveDrafts`, compared by content: a draft is written only when it changed.
	const handedDrafts = useRef(drafts);
	const persistDrafts = (next: Readonly<Record<string, string>>) => {
		if (saveDrafts === undefined || sameTexts(next, handedDrafts.current)) {
			return;
		}

		handedDrafts.current = next;
		saveDrafts(next).catch((error: unknown) => {
			dispatch({type: 'save-failed', error: errorLine(error)});
		});
	};

	// The note being typed is written once typing pauses; a draft saved, cancelled or discarded at once.
	const keep = draftsToKeep(state);
	useEffect(() => {
		if (state.mode !== 'note') {
			persistDrafts(keep);
			return;
		}

		const timer = setTimeout(() => {
			persistDrafts(keep);
		}, draftDelay);
		return () => {
			clearTimeout(timer);
		};
	}, [state.mode, state.note?.value, state.drafts, state.selected]);

	// Leaving in any way (q, Ctrl-C, a signal or a closed terminal unmounting the screen): the change on
	// screen and the note being typed are handed over at once, synchronously, before the caller's last flush.
	const latest = useRef({state, persist, persistDrafts});
	latest.current = {state, persist, persistDrafts};
	useLayoutEffect(() => () => {
		const last = latest.current;
		last.persist(last.state.annotations);
		last.persistDrafts(draftsToKeep(last.state));
	}, []);

	// The write happens here, not in the reducer; its outcome comes back as an action for the status row.
	const writeScorecard = (current: Annotations) => {
		exportScorecard?.(current).then(
			path => {
				dispatch({type: 'exported', path});
			},
			(error: unknown) => {
				dispatch({type: 'export-failed', error: errorLine(error)});
			},
		);
	};

	useEffect(() => {
		persist(state.annotations);
	}, [state.annotations]);

	// Quit, back and export run here, after the keys before them are applied, on the state they left.
	useEffect(() => {
		const effect = state.effect?.kind;
		if (effect === 'quit' || effect === 'back' || effect === 'interrupt') {
			persist(state.annotations);
			if (effect === 'interrupt') {
				onInterrupt?.();
				exit();
			} else if (effect === 'back') {
				onBack?.();
			} else {
				exit();
			}
		} else if (effect === 'export-scorecard') {
			writeScorecard(state.annotations);
		} else if (effect === 'retry-save') {
			// Hand the same state to `save` again.
			handed.current = {};
			persist(state.annotations);
		} else if (effect === 'save-elsewhere') {
			saveElsewhere?.(state.annotations).then(
				path => {
					dispatch({type: 'say', message: `review written to ${path}; q quits anyway, Esc goes back`});
				},
				(error: unknown) => {
					dispatch({type: 'say', message: `not written there either: ${errorLine(error)}`});
				},
			);
		} else if (effect === 'quit-anyway') {
			exit();
		}
	}, [state.effect?.serial]);

	const current = selectedAnswer(state);
	const footnotes = useMemo(() => {
		const ids = new Set(letter.questions[state.selected]?.footnoteIds ?? []);
		return letter.footnotes.filter(footnote => ids.has(footnote.id));
	}, [letter, state.selected]);
	const whole = useMemo(() => (current === undefined ? {lines: [], answerStart: 0, questionLines: 0} : detailLayout(current, footnotes, width)), [current?.tool, current?.reviewer, footnotes, width]);
	const {answerStart} = whole;
	const shown = useMemo(() => visibleAnswers(state), [state.answers, state.keys, state.annotations, state.filter]);

	// Whether a filter or a search is active decides what Esc closes (see the key table).
	const context: KeyContext = {searchActive: state.search.active !== undefined, filterActive: state.filter !== undefined};
	// Keys for what this reviewer cannot do (no picker to go back to) are neither matched nor shown.
	const canExport = exportScorecard !== undefined;
	const canGoBack = onBack !== undefined;
	const canSaveElsewhere = saveElsewhere !== undefined;
	const table = useMemo(() => offeredTable(command => (command !== 'export-scorecard' || canExport) && (command !== 'back' || canGoBack) && (command !== 'save-elsewhere' || canSaveElsewhere)), [canExport, canGoBack, canSaveElsewhere]);
	const help = useMemo(() => (state.mode === 'help' ? helpLines(width, letter.notices, context, table) : []), [state.mode, width, letter.notices, context.searchActive, table]);
	const scrollable = (height: number) => whole.lines.length > height;
	const available = (height: number) => (command: Command) => {
		if (command === 'undo') {
			return state.undo.length > 0;
		}

		if (command === 'confirm-changed') {
			return current?.answerChanged === true;
		}

		if (command === 'page-down' || command === 'page-up') {
			return scrollable(height);
		}

		if (command === 'help-down' || command === 'help-up') {
			return helpMaxScroll(help, height) > 0;
		}

		return state.answers.length > 0 || ['help', 'close-help', 'quit', 'export-scorecard', 'back', 'retry-save', 'save-elsewhere', 'quit-anyway', 'close-unsaved'].includes(command);
	};

	// A long note wraps in its editor, up to a few rows taken from the detail pane.
	const noteValue = state.note?.value ?? '';
	const offer = state.mode === 'draft' ? draftOffer(state) : undefined;
	const offerLines = offer === undefined ? undefined : draftOfferLines({number: state.answers[offer.index]?.number ?? 0, text: offer.text, hasNote: state.annotations[offer.key]?.note !== undefined, ...(offer.changed === undefined ? {} : {changed: offer.changed})}, width, maxNoteRows(rows));
	const noteRows = state.mode === 'note' ? Math.min(maxNoteRows(rows), wrapSegments([{text: `${noteValue} `, token: 'plain'}], width - noteLabel.length).length) : (offerLines?.length ?? 1);
	// Two passes: the footer's height depends on which keys work, which depends on the pane's height.
	const roughLayout = screenLayout(columns, rows, shown.length, {footerLines: 2, statusLines: noteRows, detailChrome: answerStart});
	const roughArea = roughLayout.listHeader + roughLayout.list + roughLayout.rule + roughLayout.detail;
	const footer = packFooter(footerItems(state.mode, available(state.mode === 'help' ? roughArea : roughLayout.detail), context, table), width, roughLayout.footer - roughLayout.legend);
	const layout = screenLayout(columns, rows, shown.length, {footerLines: footer.length, statusLines: noteRows, detailChrome: answerStart});
	// A question too long to leave the answer its lines (a small terminal) is cut, and shown whole below the answer.
	const questionRoom = layout.detail - answerLinesWanted(rows) - (answerStart - whole.questionLines);
	const lines = useMemo(() => (current !== undefined && answerStart + answerLinesWanted(rows) > layout.detail && questionRoom >= 1
		? detailLayout(current, footnotes, width, {questionLines: Math.max(2, questionRoom)}).lines
		: whole.lines), [whole, layout.detail, questionRoom]);
	const maxScroll = Math.max(0, lines.length - layout.detail);
	const scroll = Math.min(state.scroll, maxScroll);
	const page = Math.max(1, layout.detail - 2);
	// Help and search results take the rows of the list, the rule and the detail pane.
	const area = layout.listHeader + layout.list + layout.rule + layout.detail;

	// Every key goes through the reducer, in order, read in the mode the keys before it left (key-routing.ts):
	// a key typed ahead of the screen is never lost, and never read in the wrong mode.
	useKeyEvents(events => {
		dispatch({type: 'keys', events, routing: {now: now(), page, maxScroll, helpPage: Math.max(1, area - 3), helpMaxScroll: helpMaxScroll(help, area), table}});
	});

	if (layout.tooSmall) {
		return (
			<ThemeContext.Provider value={theme}>
				<Text wrap="truncate" {...theme.warning}>terminal too small ({columns}×{rows}); need {minimumSize.columns}×{minimumSize.rows} · {state.mode === 'note' ? 'note kept' : 'q quits'}</Text>
			</ThemeContext.Provider>
		);
	}

	const reviewed = countReviewed(state.keys, state.annotations);
	const skipped = countSkipped(state.keys, state.annotations);
	const progress = {skipped, ...(state.filter === undefined ? {} : {filter: {name: state.filter, shown: shown.length}})};
	const position = current === undefined ? 'no questions' : `question ${current.tool.number} (${state.selected + 1} of ${state.answers.length})`;
	return (
		<ThemeContext.Provider value={theme}>
			<Box flexDirection="column">
				<Header meta={letter.meta} reviewed={reviewed} total={state.answers.length} notices={letter.notices.length} width={width} kind={letter.kind} progress={progress} height={layout.header} {...(layout.rule === 0 ? {position} : {})}/>
				{state.mode === 'help' ? <HelpScreen lines={help} height={area} scroll={state.helpScroll}/> : null}
				{state.mode === 'search' && state.search.box !== undefined ? <LineBlock lines={resultLines(state.search.box, state.answers, width, area)} height={area}/> : null}
				{state.mode === 'help' || state.mode === 'search'
					? null
					: (
						<>
							{layout.list > 0 ? <QuestionList header answers={state.answers} keys={state.keys} annotations={state.annotations} selected={state.selected} height={layout.list} width={width} shown={shown}/> : null}
							{layout.rule > 0 ? <StyledLine line={ruleLine(position, scroll, layout.detail, lines.length, width)}/> : null}
							<DetailPane lines={lines} scroll={scroll} height={layout.detail}/>
						</>
					)}
				{state.mode === 'note'
					? (
						<NoteEditor height={noteRows} field={state.note ?? {value: '', cursor: 0}}/>
					)
					: null}
				{state.mode === 'search'
					? (
						<SearchBox field={{value: state.search.box?.query ?? '', cursor: state.search.box?.caret ?? 0}}/>
					)
					: null}
				{state.mode === 'prompt' && state.prompt !== undefined ? <PromptLine prompt={state.prompt} width={width}/> : null}
				{state.mode === 'draft' && offerLines !== undefined ? <DraftOffer lines={offerLines}/> : null}
				{state.mode === 'note' || state.mode === 'search' || state.mode === 'prompt' || state.mode === 'draft'
					? null
					: <StatusLine asking={state.mode === 'unsaved'} saveError={state.saveError} message={state.message ?? (state.search.active === undefined ? undefined : searchStatus(state.search.active))} sidecar={sidecar} status={saveStatus(state)}/>}
				{layout.legend > 0 && state.mode !== 'help' && state.mode !== 'search' ? <StyledLine line={marksLegend(width)}/> : null}
				<Footer lines={footer} height={layout.footer - (layout.legend > 0 && state.mode !== 'help' && state.mode !== 'search' ? 1 : 0)}/>
			</Box>
		</ThemeContext.Provider>
	);
}

const noDrafts: Readonly<Record<string, string>> = {};
const noChanges: Readonly<Record<string, DraftChange>> = {};

function sameTexts(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every(key => a[key] === b[key]);
}
