import {describe, expect, it} from 'vitest';
import {commandFor, footerItems, helpSections, keyTable} from '../../source/ui/keys.js';

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

	it('leaves / N and x free for search and export', () => {
		for (const input of ['/', 'N', 'x']) {
			expect(commandFor('browse', input, {})).toBeUndefined();
		}
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
		expect(all).toEqual(['j/k/g/G move', 'space/PgUp scroll', '1/2/3 verdict', 'a accept', 'd/c/f flags', 'y/n/0 yes/no', 'e note', 'u undo', '? help', 'q quit']);
		const noUndo = footerItems('browse', command => command !== 'undo').map(item => item.label);
		expect(noUndo).not.toContain('undo');
		expect(footerItems('note').map(item => `${item.keys} ${item.label}`)).toEqual(['Enter save', 'Esc cancel']);
	});

	it('lists every binding in the help, once per mode it works in', () => {
		const rows = helpSections().flatMap(section => section.rows);
		expect(rows).toHaveLength(keyTable.reduce((sum, binding) => sum + binding.modes.length, 0));
	});
});

describe('help descriptions', () => {
	it('fit a help column at 80 columns', () => {
		for (const binding of keyTable) {
			expect(binding.description.length, binding.description).toBeLessThanOrEqual(25);
		}
	});
});
