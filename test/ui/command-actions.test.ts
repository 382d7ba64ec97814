import {describe, expect, it} from 'vitest';
import {actionFor} from '../../source/ui/command-actions.js';
import {keyTable} from '../../source/ui/keys.js';

const context = {now: '2026-07-01T10:00:00.000Z', page: 10, maxScroll: 30};

describe('commands to actions', () => {
	it('gives every browsing and help command an action', () => {
		for (const binding of keyTable.filter(entry => !entry.modes.includes('note'))) {
			expect(actionFor(binding.command, context), binding.command).toBeDefined();
		}
	});

	it('scrolls by a page within the pane', () => {
		expect(actionFor('page-down', context)).toEqual({type: 'scroll', by: 10, max: 30});
		expect(actionFor('page-up', context)).toEqual({type: 'scroll', by: -10, max: 30});
	});

	it('maps verdicts, flags and yes/no with the timestamp', () => {
		expect(actionFor('verdict-non-reply', context)).toEqual({type: 'verdict', verdict: 'non-reply', now: context.now});
		expect(actionFor('toggle-confidential', context)).toEqual({type: 'toggle', flag: 'confidential', now: context.now});
		expect(actionFor('direct-none', context)).toEqual({type: 'direct', direct: null, now: context.now});
	});

	it('leaves quitting, writing the scorecard and going back to the app, and the note keys to the editor', () => {
		expect(actionFor('quit', context)).toBe('quit');
		expect(actionFor('export-scorecard', context)).toBe('export-scorecard');
		expect(actionFor('back', context)).toBe('back');
		expect(actionFor('save-note', context)).toBeUndefined();
		expect(actionFor('cancel-note', context)).toBeUndefined();
	});
});
