// Turns a command from the key table into the reducer action it means. Pure.
import {toggledFlag, type Command} from './keys.js';
import type {AppEffect, ReviewAction} from './state.js';

/** What an action needs besides the command: the clock and the detail pane's scroll range. */
export type CommandContext = {
	/** ISO timestamp for changes. */
	readonly now: string;
	/** Lines one page of the detail pane moves. */
	readonly page: number;
	/** The largest useful scroll offset of the detail pane. */
	readonly maxScroll: number;
	/** Lines one page of the help screen moves (default: `page`). */
	readonly helpPage?: number;
	/** The largest useful scroll offset of the help screen (default 0). */
	readonly helpMaxScroll?: number;
};

/** The action for a command, or the effect the app carries out itself. */
export function actionFor(command: Command, {now, page, maxScroll, helpPage = page, helpMaxScroll = 0}: CommandContext): ReviewAction | AppEffect | undefined {
	// One command per toggle flag of the register, all meaning the same action.
	const flag = toggledFlag(command);
	if (flag !== undefined) {
		return {type: 'toggle', flag, now};
	}

	switch (command) {
		case 'next':
		case 'previous':
		case 'first':
		case 'last': {
			return {type: 'move', to: command};
		}

		case 'todo-next': {
			return {type: 'todo', by: 1};
		}

		case 'todo-previous': {
			return {type: 'todo', by: -1};
		}

		case 'goto': {
			return {type: 'prompt-open', kind: 'goto'};
		}

		case 'filter': {
			return {type: 'prompt-open', kind: 'filter'};
		}

		case 'clear-filter': {
			return {type: 'filter-clear'};
		}

		case 'skip': {
			return {type: 'skip', now};
		}

		case 'page-down': {
			return {type: 'scroll', by: page, max: maxScroll};
		}

		case 'page-up': {
			return {type: 'scroll', by: -page, max: maxScroll};
		}

		case 'verdict-clear': {
			return {type: 'verdict', verdict: 'clear', now};
		}

		case 'verdict-ambivalent': {
			return {type: 'verdict', verdict: 'ambivalent', now};
		}

		case 'verdict-non-reply': {
			return {type: 'verdict', verdict: 'non-reply', now};
		}

		case 'accept': {
			return {type: 'accept', now};
		}

		case 'direct-yes': {
			return {type: 'direct', direct: 'yes', now};
		}

		case 'direct-no': {
			return {type: 'direct', direct: 'no', now};
		}

		case 'direct-none': {
			return {type: 'direct', direct: null, now};
		}

		case 'edit-note': {
			return {type: 'open-note'};
		}

		case 'confirm-changed': {
			return {type: 'confirm', now};
		}

		case 'help': {
			return {type: 'help', open: true};
		}

		case 'close-help': {
			return {type: 'help', open: false};
		}

		case 'help-down': {
			return {type: 'help-scroll', by: helpPage, max: helpMaxScroll};
		}

		case 'help-up': {
			return {type: 'help-scroll', by: -helpPage, max: helpMaxScroll};
		}

		case 'search': {
			return {type: 'search-open'};
		}

		case 'search-next': {
			return {type: 'search-step', by: 1};
		}

		case 'search-previous': {
			return {type: 'search-step', by: -1};
		}

		case 'search-end': {
			return {type: 'search-clear'};
		}

		case 'result-down': {
			return {type: 'search-cursor', by: 1};
		}

		case 'result-up': {
			return {type: 'search-cursor', by: -1};
		}

		case 'result-jump': {
			return {type: 'search-jump'};
		}

		// Commands the reducer takes as they are: the action is named like the command.
		case 'follow':
		case 'go-back':
		case 'prompt-submit':
		case 'prompt-cancel':
		case 'undo':
		case 'close-unsaved':
		case 'resume-draft':
		case 'discard-draft':
		case 'search-close': {
			return {type: command};
		}

		case 'quit':
		case 'export-scorecard':
		case 'back':
		case 'retry-save':
		case 'save-elsewhere':
		case 'quit-anyway': {
			return command;
		}

		// Enter and Esc in the note editor are handled by the editor itself.
		case 'save-note':
		case 'cancel-note': {
			return undefined;
		}
	}
}
