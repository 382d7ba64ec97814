import {describe, expect, it} from 'vitest';
import {commandFor, footerItems, helpSections, keyTable, offeredTable} from '../../source/ui/keys.js';

describe('the key table', () => {
	it.each([
		['j', {}, 'next'], ['k', {}, 'previous'], ['g', {}, 'first'], ['G', {}, 'last'],
		['', {downArrow: true}, 'next'], ['', {upArrow: true}, 'previous'],
		[' ', {}, 'page-down'], ['', {pageDown: true}, 'page-down'], ['', {pageUp: true}, 'page-up'],
		['1', {}, 'verdict-clear'], ['2', {}, 'verdict-ambivalent'], ['3', {}, 'verdict-non-reply'], ['a', {}, 'accept'],
		['d', {}, 'toggle-deflects'], ['c', {}, 'toggle-confidential'], ['f', {}, 'toggle-future'],
		['y', {}, 'direct-yes'], ['n', {}, 'direct-no'], ['0', {}, 'direct-none'],
		['e', {}, 'edit-note'], ['u', {}, 'undo'], ['?', {}, 'help'], ['q', {}, 'quit'],
		[']', {}, 'todo-next'], ['[', {}, 'todo-previous'], [':', {}, 'goto'], ['o', {}, 'follow'], ['b', {}, 'go-back'],
		['F', {}, 'filter'], ['s', {}, 'skip'],
	] as const)('maps %j %j to %s while browsing', (input, key, command) => {
		expect(commandFor('browse', input, key)).toBe(command);
	});

	it('writes the scorecard with x while browsing, also after a search, but not in help, the note editor or the search box', () => {
		expect(commandFor('browse', 'x', {})).toBe('export-scorecard');
		expect(commandFor('browse', 'x', {}, {searchActive: true})).toBe('export-scorecard');
		for (const mode of ['help', 'note', 'search'] as const) {
			expect(commandFor(mode, 'x', {}), mode).toBeUndefined();
		}
	});

	it('goes back to the picker with Esc only when no search is active, and only when the table offers it', () => {
		expect(commandFor('browse', '', {escape: true})).toBe('back');
		expect(commandFor('browse', '', {escape: true}, {searchActive: true})).toBe('search-end');
		const direct = offeredTable(command => command !== 'back');
		expect(commandFor('browse', '', {escape: true}, undefined, direct)).toBeUndefined();
		expect(commandFor('browse', '', {escape: true}, {searchActive: true}, direct)).toBe('search-end');
		expect(footerItems('browse', () => true, undefined, direct).map(item => `${item.keys} ${item.label}`)).not.toContain('Esc back');
		expect(helpSections(undefined, direct).flatMap(section => section.rows).map(row => row.description)).not.toContain('back to the letter list');
		// Esc keeps its meaning in the other modes.
		expect(commandFor('help', '', {escape: true})).toBe('close-help');
		expect(commandFor('note', '', {escape: true})).toBe('cancel-note');
		expect(commandFor('search', '', {escape: true})).toBe('search-close');
	});

	it('opens search with /; y n 0 always mean yes/no/neither, > and < step through hits, and Esc ends it', () => {
		const active = {searchActive: true};
		expect(commandFor('browse', '/', {})).toBe('search');
		expect(commandFor('browse', 'n', {})).toBe('direct-no');
		expect(commandFor('browse', '>', {})).toBeUndefined();
		expect(commandFor('browse', 'n', {}, active)).toBe('direct-no');
		expect(commandFor('browse', 'y', {}, active)).toBe('direct-yes');
		expect(commandFor('browse', '>', {}, active)).toBe('search-next');
		expect(commandFor('browse', '<', {}, active)).toBe('search-previous');
		expect(commandFor('browse', '', {escape: true}, active)).toBe('search-end');
	});

	it('closes the innermost thing with Esc: the filter, then the search, then the reviewer', () => {
		expect(commandFor('browse', '', {escape: true}, {searchActive: true, filterActive: true})).toBe('clear-filter');
		expect(commandFor('browse', '', {escape: true}, {searchActive: false, filterActive: true})).toBe('clear-filter');
		expect(commandFor('browse', '', {escape: true}, {searchActive: true, filterActive: false})).toBe('search-end');
		expect(commandFor('browse', '', {escape: true}, {searchActive: false, filterActive: false})).toBe('back');
		expect(commandFor('prompt', '', {escape: true}, {searchActive: true, filterActive: true})).toBe('prompt-cancel');
		expect(commandFor('prompt', '', {return: true})).toBe('prompt-submit');
		for (const input of [...'qjk1n:F']) {
			expect(commandFor('prompt', input, {}), input).toBeUndefined();
		}
	});

	it('gives every printable key one meaning in the reviewer, whatever is active', () => {
		const contexts = [{searchActive: false}, {searchActive: true}, {searchActive: false, filterActive: true}, {searchActive: true, filterActive: true}];
		for (const input of [...'jkgG]:ob[F123asdcfeyn0u/x?q']) {
			const meanings = new Set(contexts.map(context => commandFor('browse', input, {}, context)));
			expect(meanings.size, input).toBe(1);
		}
	});

	it('binds no printable key in the search box, so typing never fires a shortcut', () => {
		for (const input of [...'qjkgG123adcfyn0euN/? x']) {
			expect(commandFor('search', input, {}), input).toBeUndefined();
			expect(commandFor('search', input, {}, {searchActive: true}), input).toBeUndefined();
		}

		expect(commandFor('search', '', {downArrow: true})).toBe('result-down');
		expect(commandFor('search', '', {upArrow: true})).toBe('result-up');
		expect(commandFor('search', '', {return: true})).toBe('result-jump');
		expect(commandFor('search', '', {escape: true})).toBe('search-close');
	});

	it('lets no key through while a note is edited except Enter and Esc', () => {
		for (const input of ['q', 'j', '1', 'u', '?']) {
			expect(commandFor('note', input, {})).toBeUndefined();
		}

		expect(commandFor('note', '', {escape: true})).toBe('cancel-note');
		expect(commandFor('note', '', {return: true})).toBe('save-note');
	});

	it('ignores Ctrl combinations', () => {
		expect(commandFor('browse', 'q', {ctrl: true})).toBeUndefined();
	});

	it('draws the footer from the table, leaving out what does not work now', () => {
		const all = footerItems('browse').map(item => `${item.keys} ${item.label}`);
		expect(all).toEqual(['j/k/g/G move', ']/[ to do', 'space/PgUp scroll', '1/2/3 verdict', 'a accept', 's skip', 'd/c/f flags', 'e note', 'y/n/0 yes/no', 'u undo', '/ search', ':/o/b jump', 'F filter', 'x export', 'Esc back', '? help', 'q quit']);
		const searching = footerItems('browse', () => true, {searchActive: true}).map(item => `${item.keys} ${item.label}`);
		expect(searching).toContain('y/n/0 yes/no');
		expect(searching).toContain('>/< hits');
		expect(searching).toContain('Esc end');
		expect(searching).not.toContain('Esc back');
		expect(footerItems('search').map(item => `${item.keys} ${item.label}`)).toEqual(['↑/↓ results', 'Enter jump there', 'Esc close']);
		const noUndo = footerItems('browse', command => command !== 'undo').map(item => item.label);
		expect(noUndo).not.toContain('undo');
		expect(footerItems('note').map(item => `${item.keys} ${item.label}`)).toEqual(['Enter save', 'Esc cancel']);
	});

	it('lists every binding in the help, once per mode it works in', () => {
		for (const searchActive of [false, true]) {
			const rows = helpSections({searchActive}).flatMap(section => section.rows);
			expect(rows).toHaveLength(keyTable.reduce((sum, binding) => sum + binding.modes.length, 0));
		}
	});

	it('says in the help what Esc and > do right now, and lists them apart otherwise', () => {
		const meaning = (searchActive: boolean) => helpSections({searchActive}).slice(0, 2).map(section => section.rows.filter(row => row.keys === 'Esc' || row.keys === '>').map(row => row.description));
		expect(meaning(false)[0]).toEqual(['back to the letter list']);
		expect(meaning(false)[1]).toEqual(['next search hit', 'clear the filter', 'end the search']);
		expect(meaning(true)[0]).toEqual(['next search hit', 'end the search']);
		expect(helpSections({searchActive: true})[0]!.rows.filter(row => row.keys === 'n').map(row => row.description)).toEqual(['your yes/no: no']);
	});
});

describe('help descriptions', () => {
	it('fit a help column at 80 columns', () => {
		for (const binding of keyTable) {
			expect(binding.description.length, binding.description).toBeLessThanOrEqual(25);
		}
	});
});
