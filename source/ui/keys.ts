// The one key table: matching, the footer and the help screen are all drawn from it. The keys that
// toggle the reviewer's flags come from the flag register.
import {flagRegister, toggleFlags, type FlagRegister, type ToggleFlag} from '../scoring/flags.js';

/** What the screen is doing; keys are routed by mode so they never leak between modes. */
export type Mode = 'browse' | 'note' | 'help' | 'search' | 'prompt' | 'unsaved' | 'draft';

/** Everything a key can ask for. */
export type Command =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'todo-next'
	| 'todo-previous'
	| 'goto'
	| 'follow'
	| 'go-back'
	| 'filter'
	| 'clear-filter'
	| 'skip'
	| 'prompt-submit'
	| 'prompt-cancel'
	| 'page-down'
	| 'page-up'
	| 'verdict-clear'
	| 'verdict-ambivalent'
	| 'verdict-non-reply'
	| 'accept'
	| `toggle-${ToggleFlag}`
	| 'direct-yes'
	| 'direct-no'
	| 'direct-none'
	| 'edit-note'
	| 'confirm-changed'
	| 'save-note'
	| 'cancel-note'
	| 'resume-draft'
	| 'discard-draft'
	| 'undo'
	| 'help'
	| 'close-help'
	| 'help-down'
	| 'help-up'
	| 'search'
	| 'search-next'
	| 'search-previous'
	| 'search-end'
	| 'result-down'
	| 'result-up'
	| 'result-jump'
	| 'search-close'
	| 'export-scorecard'
	| 'back'
	| 'quit'
	| 'retry-save'
	| 'save-elsewhere'
	| 'quit-anyway'
	| 'close-unsaved';

/** The special keys we bind, named as Ink's `Key` names them. */
export type SpecialKey = 'downArrow' | 'upArrow' | 'pageDown' | 'pageUp' | 'escape' | 'return' | 'backspace' | 'delete';

/** One key: a printable character, or a special key. `shown` is how help prints it. */
export type KeySpec = {readonly input: string; readonly shown?: string} | {readonly special: SpecialKey; readonly shown: string};

/**
 * The footer groups with their short labels. The footer lists groups in key-table order. Labels are
 * kept short so the fullest footer (a search active, undo, export) fits two lines at 80 columns;
 * layout tests check every combination.
 */
export const footerGroups = {
	move: 'move',
	todo: 'to do',
	goto: 'jump',
	filter: 'filter',
	'end-filter': 'unfilter',
	skip: 'skip',
	scroll: 'scroll',
	verdict: 'verdict',
	accept: 'accept',
	flags: 'flags',
	note: 'note',
	confirm: 'keep',
	'yes-no': 'yes/no',
	undo: 'undo',
	search: 'search',
	hits: 'hits',
	// The status row spells it out while a search is active ("Esc ends the search").
	'end-search': 'end',
	results: 'results',
	jump: 'jump there',
	export: 'export',
	back: 'back',
	help: 'help',
	close: 'close',
	save: 'save',
	cancel: 'cancel',
	submit: 'ok',
	resume: 'resume it',
	discard: 'discard it',
	retry: 'retry',
	elsewhere: 'write elsewhere',
	abandon: 'quit anyway',
	quit: 'quit',
} as const;

/** A footer group name. */
export type FooterGroup = keyof typeof footerGroups;

/**
 * What a binding may depend on besides the mode: whether a search (Enter on a `/` result) or a filter
 * (`F`) is active. Only Esc depends on them: it closes the innermost thing first (the filter, then the
 * search, then the reviewer back to the picker); no other key means two things.
 */
export type Condition = 'search-active' | 'filter-active' | 'search-not-filter' | 'nothing-active';

/** The facts conditions are checked against. */
export type KeyContext = {readonly searchActive: boolean; readonly filterActive?: boolean};

const idle: KeyContext = {searchActive: false};

/** One row of the key table. */
export type Binding = {
	readonly command: Command;
	readonly keys: readonly KeySpec[];
	/** What the key does, for the help screen; at most 25 characters so help fits two columns at 80. */
	readonly description: string;
	readonly modes: readonly Mode[];
	/** The footer group it is shown under; its first key stands for it there. */
	readonly footer: FooterGroup;
	/** Only then does the key mean this; absent: always (in its modes). */
	readonly when?: Condition;
	/** False for a key the screen names where it applies instead of in the footer (the help lists it). */
	readonly inFooter?: false;
};

const char = (input: string, shown?: string): KeySpec => (shown === undefined ? {input} : {input, shown});
const special = (key: SpecialKey, shown: string): KeySpec => ({special: key, shown});

/** One row per toggle flag of the register: its key toggles the reviewer's own flag. */
export function flagBindings(register: FlagRegister = flagRegister): readonly Binding[] {
	return toggleFlags(register).flatMap(flag => {
		const {key, label} = register[flag]!;
		return key === undefined ? [] : [{command: toggleCommand(flag), keys: [char(key)], description: `your flag: ${label}`, modes: ['browse'], footer: 'flags'} satisfies Binding];
	});
}

/** The command that toggles a flag. */
export function toggleCommand(flag: ToggleFlag): Command {
	return `toggle-${flag}`;
}

/** The flag a command toggles, or undefined for any other command. */
export function toggledFlag(command: Command): ToggleFlag | undefined {
	return command.startsWith('toggle-') ? command.slice('toggle-'.length) as ToggleFlag : undefined;
}

/** Every key of the reviewer. Scripts and tests rely on these keys: do not rebind them. */
export const keyTable: readonly Binding[] = [
	{command: 'next', keys: [char('j'), special('downArrow', '↓')], description: 'next answer', modes: ['browse'], footer: 'move'},
	{command: 'previous', keys: [char('k'), special('upArrow', '↑')], description: 'previous answer', modes: ['browse'], footer: 'move'},
	{command: 'first', keys: [char('g')], description: 'first answer', modes: ['browse'], footer: 'move'},
	{command: 'last', keys: [char('G')], description: 'last answer', modes: ['browse'], footer: 'move'},
	{command: 'todo-next', keys: [char(']')], description: 'next without a verdict', modes: ['browse'], footer: 'todo'},
	{command: 'todo-previous', keys: [char('[')], description: 'previous without verdict', modes: ['browse'], footer: 'todo'},
	{command: 'page-down', keys: [char(' ', 'space'), special('pageDown', 'PgDn')], description: 'scroll the answer down', modes: ['browse'], footer: 'scroll'},
	{command: 'page-up', keys: [special('pageUp', 'PgUp')], description: 'scroll the answer up', modes: ['browse'], footer: 'scroll'},
	{command: 'verdict-clear', keys: [char('1')], description: 'verdict: clear, next', modes: ['browse'], footer: 'verdict'},
	{command: 'verdict-ambivalent', keys: [char('2')], description: 'verdict: ambivalent, next', modes: ['browse'], footer: 'verdict'},
	{command: 'verdict-non-reply', keys: [char('3')], description: 'verdict: non-reply, next', modes: ['browse'], footer: 'verdict'},
	{command: 'accept', keys: [char('a')], description: 'accept tool verdict+flags', modes: ['browse'], footer: 'accept'},
	{command: 'skip', keys: [char('s')], description: 'skip: undecided, next', modes: ['browse'], footer: 'skip'},
	...flagBindings(),
	{command: 'edit-note', keys: [char('e')], description: 'edit your note', modes: ['browse'], footer: 'note'},
	// Offered only on an answer whose text changed since the reviewer judged it.
	{command: 'confirm-changed', keys: [special('return', 'Enter')], description: 'keep verdict (changed)', modes: ['browse'], footer: 'confirm', inFooter: false},
	{command: 'direct-yes', keys: [char('y')], description: 'your yes/no: yes', modes: ['browse'], footer: 'yes-no'},
	{command: 'direct-no', keys: [char('n')], description: 'your yes/no: no', modes: ['browse'], footer: 'yes-no'},
	{command: 'direct-none', keys: [char('0')], description: 'your yes/no: neither', modes: ['browse'], footer: 'yes-no'},
	{command: 'save-note', keys: [special('return', 'Enter')], description: 'save the note', modes: ['note'], footer: 'save'},
	{command: 'cancel-note', keys: [special('escape', 'Esc')], description: 'cancel, keep the old note', modes: ['note'], footer: 'cancel'},
	{command: 'undo', keys: [char('u')], description: 'undo (many levels)', modes: ['browse'], footer: 'undo'},
	{command: 'search', keys: [char('/')], description: 'search questions+answers', modes: ['browse'], footer: 'search'},
	{command: 'search-next', keys: [char('>')], description: 'next search hit', modes: ['browse'], footer: 'hits', when: 'search-active'},
	{command: 'search-previous', keys: [char('<')], description: 'previous search hit', modes: ['browse'], footer: 'hits', when: 'search-active'},
	{command: 'goto', keys: [char(':')], description: 'go to question number', modes: ['browse'], footer: 'goto'},
	{command: 'follow', keys: [char('o')], description: 'open the question cited', modes: ['browse'], footer: 'goto'},
	{command: 'go-back', keys: [char('b')], description: 'back after o or :', modes: ['browse'], footer: 'goto'},
	{command: 'filter', keys: [char('F')], description: 'filter the list', modes: ['browse'], footer: 'filter'},
	// Esc closes the innermost thing: the filter, then the search, then (from a folder) the reviewer.
	{command: 'clear-filter', keys: [special('escape', 'Esc')], description: 'clear the filter', modes: ['browse'], footer: 'end-filter', when: 'filter-active'},
	{command: 'search-end', keys: [special('escape', 'Esc')], description: 'end the search', modes: ['browse'], footer: 'end-search', when: 'search-not-filter'},
	{command: 'export-scorecard', keys: [char('x')], description: 'write Markdown scorecard', modes: ['browse'], footer: 'export'},
	// Offered only when the reviewer was opened from the folder picker; the app drops the row otherwise.
	{command: 'back', keys: [special('escape', 'Esc')], description: 'back to the letter list', modes: ['browse'], footer: 'back', when: 'nothing-active'},
	{command: 'result-up', keys: [special('upArrow', '↑')], description: 'previous result', modes: ['search'], footer: 'results'},
	{command: 'result-down', keys: [special('downArrow', '↓')], description: 'next result', modes: ['search'], footer: 'results'},
	{command: 'result-jump', keys: [special('return', 'Enter')], description: 'go to that answer', modes: ['search'], footer: 'jump'},
	{command: 'search-close', keys: [special('escape', 'Esc')], description: 'close, back where I was', modes: ['search'], footer: 'close'},
	{command: 'prompt-submit', keys: [special('return', 'Enter')], description: 'go / apply the filter', modes: ['prompt'], footer: 'submit'},
	{command: 'prompt-cancel', keys: [special('escape', 'Esc')], description: 'close the prompt', modes: ['prompt'], footer: 'cancel'},
	{command: 'help', keys: [char('?')], description: 'this help', modes: ['browse'], footer: 'help'},
	{command: 'help-down', keys: [char(' ', 'space'), char('j'), special('downArrow', '↓')], description: 'scroll this help down', modes: ['help'], footer: 'scroll'},
	{command: 'help-up', keys: [char('k'), special('upArrow', '↑')], description: 'scroll this help up', modes: ['help'], footer: 'scroll'},
	{command: 'close-help', keys: [char('?'), special('escape', 'Esc')], description: 'close this help', modes: ['help'], footer: 'close'},
	// A note typed last time and not saved, offered back when the letter is opened.
	{command: 'resume-draft', keys: [special('return', 'Enter')], description: 'resume typing the note', modes: ['draft'], footer: 'resume'},
	{command: 'discard-draft', keys: [special('escape', 'Esc')], description: 'discard the note draft', modes: ['draft'], footer: 'discard'},
	{command: 'quit', keys: [char('q')], description: 'quit (all is saved)', modes: ['browse', 'help', 'draft'], footer: 'quit'},
	// After q with a change that could not be saved (a failed write, a lost lock).
	{command: 'retry-save', keys: [char('r')], description: 'try to save again', modes: ['unsaved'], footer: 'retry'},
	{command: 'save-elsewhere', keys: [char('w')], description: 'write review elsewhere', modes: ['unsaved'], footer: 'elsewhere'},
	{command: 'close-unsaved', keys: [special('escape', 'Esc')], description: 'back to the review', modes: ['unsaved'], footer: 'back'},
	{command: 'quit-anyway', keys: [char('q')], description: 'quit, change not saved', modes: ['unsaved'], footer: 'abandon'},
];

/** The key table without the rows for commands the app cannot do at all (no picker to go back to, say). */
export function offeredTable(offered: (command: Command) => boolean, table: readonly Binding[] = keyTable): readonly Binding[] {
	return table.filter(binding => offered(binding.command));
}

/** The subset of Ink's `Key` the table needs. */
export type PressedKey = Partial<Readonly<Record<SpecialKey | 'ctrl' | 'meta', boolean>>>;

/** True when a binding's condition holds in `context`. */
export function holds(binding: Binding, context: KeyContext): boolean {
	const filter = context.filterActive === true;
	switch (binding.when) {
		case undefined: {
			return true;
		}

		case 'search-active': {
			return context.searchActive;
		}

		case 'filter-active': {
			return filter;
		}

		case 'search-not-filter': {
			return context.searchActive && !filter;
		}

		case 'nothing-active': {
			return !context.searchActive && !filter;
		}
	}
}

/** The command a key press means in a mode (and context), or undefined. */
export function commandFor(mode: Mode, input: string, key: PressedKey, context: KeyContext = idle, table: readonly Binding[] = keyTable): Command | undefined {
	if (key.ctrl) {
		return undefined;
	}

	const matches = (spec: KeySpec) => ('special' in spec ? key[spec.special] === true : input === spec.input);
	return table.find(binding => binding.modes.includes(mode) && holds(binding, context) && binding.keys.some(spec => matches(spec)))?.command;
}

/** How a key is printed. */
export function keyName(spec: KeySpec): string {
	return spec.shown ?? ('input' in spec ? spec.input : '');
}

/** One footer item: keys and a label, e.g. "j/k" "move". */
export type FooterItem = {readonly keys: string; readonly label: string};

/** The footer for a mode, one item per group, leaving out commands that `available` says do nothing now. */
export function footerItems(mode: Mode, available: (command: Command) => boolean = () => true, context: KeyContext = idle, table: readonly Binding[] = keyTable): FooterItem[] {
	const groups = new Map<FooterGroup, string[]>();
	for (const binding of table) {
		if (!binding.modes.includes(mode) || !holds(binding, context) || !available(binding.command) || binding.inFooter === false) {
			continue;
		}

		const keys = groups.get(binding.footer) ?? [];
		keys.push(keyName(binding.keys[0]!));
		groups.set(binding.footer, keys);
	}

	return [...groups].map(([group, keys]) => ({keys: keys.join('/'), label: footerGroups[group]}));
}

/** One section of the help screen. */
export type HelpSection = {readonly title: string; readonly rows: ReadonlyArray<{readonly keys: string; readonly description: string}>};

/**
 * The help screen's sections: one per mode, each line the keys and what they do. Keys whose meaning
 * depends on a search being active are listed where they hold now, and apart under what they do otherwise.
 */
export function helpSections(context: KeyContext = idle, table: readonly Binding[] = keyTable): HelpSection[] {
	const row = (binding: Binding) => ({keys: binding.keys.map(spec => keyName(spec)).join(' '), description: binding.description});
	const section = (title: string, mode: Mode, now: boolean): HelpSection => ({
		title,
		rows: table.filter(binding => binding.modes.includes(mode) && holds(binding, context) === now).map(binding => row(binding)),
	});
	return [
		section('Reviewing', 'browse', true),
		section('Reviewing, at other times (Esc closes the filter, then the search)', 'browse', false),
		section('Search box (/)', 'search', true),
		section('Go to (:) and filter (F) prompts', 'prompt', true),
		section('Editing a note', 'note', true),
		section('This help', 'help', true),
		section('Quitting with a change not saved', 'unsaved', true),
		section('A note draft from last time', 'draft', true),
	].filter(each => each.rows.length > 0);
}
