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
		expect(footerItems('browse', () => true, undefined, direct).map(item => item.label)).not.toContain('back');
		expect(helpSections(undefined, direct).flatMap(section => section.rows).map(row => row.description)).not.toContain('back to the letter list');
		// Esc keeps its meaning in the other modes.
		expect(commandFor('help', '', {escape: true})).toBe('close-help');
		expect(commandFor('note', '', {escape: true})).toBe('cancel-note');
		expect(commandFor('search', '', {escape: true})).toBe('search-close');
	});

	it('opens search with /; n is "no" until a search is active, then n/N step through hits and Esc ends it', () => {
		const active = {searchActive: true};
		expect(commandFor('browse', '/', {})).toBe('search');
		expect(commandFor('browse', 'n', {})).toBe('direct-no');
		expect(commandFor('browse', 'N', {})).toBeUndefined();
		expect(commandFor('browse', 'n', {}, active)).toBe('search-next');
		expect(commandFor('browse', 'N', {}, active)).toBe('search-previous');
		expect(commandFor('browse', '', {escape: true}, active)).toBe('search-end');
		expect(commandFor('browse', 'y', {}, active)).toBe('direct-yes');
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
		expect(all).toEqual(['j/k/g/G move', 'space/PgUp scroll', '1/2/3 verdict', 'a accept', 'd/c/f flags', 'e note', 'y/n/0 yes/no', 'u undo', '/ search', 'x export', 'Esc back', '? help', 'q quit']);
		const searching = footerItems('browse', () => true, {searchActive: true}).map(item => `${item.keys} ${item.label}`);
		expect(searching).toContain('y/0 yes/no');
		expect(searching).toContain('n/N hits');
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

	it('says in the help what n does right now, and what it does otherwise', () => {
		const meaning = (searchActive: boolean) => helpSections({searchActive}).map(section => ({
			title: section.title,
			n: section.rows.filter(row => row.keys === 'n').map(row => row.description),
		}));
		expect(meaning(false)[0]).toEqual({title: 'Reviewing', n: ['your yes/no: no']});
		expect(meaning(false)[1]).toEqual({title: 'Reviewing, after Enter on a search result', n: ['next search hit']});
		expect(meaning(true)[0]).toEqual({title: 'Reviewing', n: ['next search hit']});
		expect(meaning(true)[1]).toEqual({title: 'Reviewing, once Esc ends the search', n: ['your yes/no: no']});
	});
});

describe('help descriptions', () => {
	it('fit a help column at 80 columns', () => {
		for (const binding of keyTable) {
			expect(binding.description.length, binding.description).toBeLessThanOrEqual(25);
		}
	});
});
