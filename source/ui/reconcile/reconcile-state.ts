// The reconcile screen's state machine: which disagreement is shown, and the reading being made. Pure.
import type {Scorecard} from '../../scoring/index.js';
import type {Annotations} from '../../store/model.js';
import {decide, type AnswerDisagreement, type Side} from '../../reconcile/reconcile.js';
import {pushUndo, popUndo, type UndoStack} from '../../store/apply.js';

/** What the reconcile screen shows and has decided. */
export type ReconcileState = {
	readonly scorecard: Scorecard;
	/** The two readings: A's and B's annotations. */
	readonly a: Annotations;
	readonly b: Annotations;
	readonly disagreements: readonly AnswerDisagreement[];
	/** Index into `disagreements`. */
	readonly index: number;
	/** The reconciled reading so far (saved after every change). */
	readonly reconciled: Annotations;
	readonly undo: UndoStack<Annotations>;
	/** First visible line of the answer. */
	readonly scroll: number;
	readonly message?: string;
};

/** Everything that can happen on the reconcile screen. */
export type ReconcileAction =
	| {readonly type: 'move'; readonly by: 1 | -1}
	| {readonly type: 'decide'; readonly side: Side; readonly now: string}
	| {readonly type: 'undo'}
	| {readonly type: 'scroll'; readonly by: number; readonly max: number};

/** True once the reconciled reading gives the answer a verdict. */
export function isDecided(state: Pick<ReconcileState, 'reconciled'>, key: string): boolean {
	return state.reconciled[key]?.verdict !== undefined;
}

/** The first state: at the first disagreement not yet decided. */
export function initialReconcileState(scorecard: Scorecard, a: Annotations, b: Annotations, disagreements: readonly AnswerDisagreement[], reconciled: Annotations): ReconcileState {
	const open = disagreements.findIndex(each => reconciled[each.key]?.verdict === undefined);
	return {scorecard, a, b, disagreements, index: Math.max(0, open), reconciled, undo: [], scroll: 0};
}

const sideNames: Readonly<Record<Side, string>> = {a: 'A\'s', b: 'B\'s', tool: 'the tool\'s'};

/** The next state. */
export function reconcileReducer(state: ReconcileState, action: ReconcileAction): ReconcileState {
	const {message: _message, ...quiet} = state;
	const count = state.disagreements.length;
	switch (action.type) {
		case 'move': {
			return count === 0 ? quiet : {...quiet, index: (state.index + action.by + count) % count, scroll: 0};
		}

		case 'decide': {
			const current = state.disagreements[state.index];
			if (current === undefined) {
				return quiet;
			}

			const annotation = decide(state.scorecard, current.key, action.side, state.a, state.b, action.now);
			if (annotation === undefined) {
				return {...quiet, message: `${sideNames[action.side]} reading has nothing on question ${current.number}`};
			}

			const reconciled = {...state.reconciled, [current.key]: annotation};
			const decided = {...quiet, reconciled, undo: pushUndo(state.undo, state.reconciled)};
			// On to the next disagreement still open, wrapping; say so when none is left.
			const order = [...state.disagreements.keys()].map(offset => (state.index + 1 + offset) % count);
			const next = order.find(index => reconciled[state.disagreements[index]!.key]?.verdict === undefined);
			if (next === undefined) {
				return {...decided, message: `question ${current.number}: ${sideNames[action.side]} reading · all ${count} disagreements decided; q quits (all is saved)`};
			}

			return {...decided, index: next, scroll: 0, message: `question ${current.number}: ${sideNames[action.side]} reading`};
		}

		case 'undo': {
			const popped = popUndo(state.undo);
			return popped === undefined ? {...quiet, message: 'nothing to undo'} : {...quiet, reconciled: popped.entry, undo: popped.rest, message: 'undone'};
		}

		case 'scroll': {
			return {...quiet, scroll: Math.min(Math.max(0, state.scroll + action.by), Math.max(0, action.max))};
		}
	}
}
