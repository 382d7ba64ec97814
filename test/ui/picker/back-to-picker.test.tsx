// Esc in the reviewer goes back to the folder picker it was opened from, with the picker's filter kept.
import {stripVTControlCharacters} from 'node:util';
import {cleanup, render} from 'ink-testing-library';
import {useState} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {loadLetters, type Letter} from '../../../source/letter/index.js';
import {scoreLetter} from '../../../source/scoring/index.js';
import {ReviewerApp} from '../../../source/ui/components/app.js';
import {PickerApp, type PickerData} from '../../../source/ui/picker/picker-app.js';
import {pickerEntry, type PickerEntry} from '../../../source/ui/picker/picker-entry.js';
import {initialPickerState, type PickerState} from '../../../source/ui/picker/picker-state.js';
import {createTheme} from '../../../source/ui/theme.js';
import {sampleLetter} from '../../fixtures/review/letters.js';
import {keys, press, waitFor, waitForFrame} from '../ink-helpers.js';
import {renderApp} from '../render-app.js';

const theme = createTheme({noColor: true});
const plain = (frame: string) => stripVTControlCharacters(frame);
const loaded = await loadLetters(['test/fixtures/letters']);
const letters = new Map<string, Letter>(loaded.letters.map(letter => [letter.source, letter]));
const data: PickerData = {entries: loaded.letters.map(letter => pickerEntry(letter, scoreLetter(letter))), problems: []};

afterEach(() => {
	cleanup();
});

/**
 * The picker and the reviewer in one tree, handing the picker's state over the way browseFolder does
 * between its renders: Enter opens the reviewer, its `onBack` shows the picker again with that state.
 */
function Browse({onQuit}: {readonly onQuit: () => void}) {
	const [screen, setScreen] = useState<{readonly entry?: PickerEntry; readonly state: PickerState}>({state: initialPickerState});
	if (screen.entry === undefined) {
		return <PickerApp data={data} initial={screen.state} theme={theme} onOpen={(entry, state) => setScreen({entry, state})} onQuit={onQuit}/>;
	}

	const letter = letters.get(screen.entry.source)!;
	return (
		<ReviewerApp
			letter={letter}
			scorecard={scoreLetter(letter)}
			annotations={{}}
			sidecar="test.review.json"
			save={async () => {}}
			theme={theme}
			onBack={() => {
				setScreen({state: screen.state});
			}}
		/>
	);
}

describe('Esc from the reviewer', () => {
	it('goes back to the picker with its filter kept, and only then does Esc clear the filter', async () => {
		let quit = false;
		const {stdin, lastFrame} = render(<Browse onQuit={() => {
			quit = true;
		}}/>);
		await waitForFrame(lastFrame, text => text.includes('filter:'));
		for (const [index, char] of [...'wolvega'].entries()) {
			// eslint-disable-next-line no-await-in-loop
			await press(stdin, lastFrame, char, text => text.includes(`filter: ${'wolvega'.slice(0, index + 1)}`));
		}

		await waitForFrame(lastFrame, text => text.includes('1 shown'));
		const reviewer = plain(await press(stdin, lastFrame, keys.enter, text => plain(text).includes('reviewed')));
		expect(reviewer).toContain('Esc back');
		const picker = await press(stdin, lastFrame, keys.escape, text => text.includes('filter: wolvega'));
		expect(picker).toContain('1 shown');
		expect(picker).toMatch(/^›.*wolvega/imu);
		expect(quit).toBe(false);
		// The same Esc, now in the picker, clears the filter; a second one quits.
		await press(stdin, lastFrame, keys.escape, text => !text.includes('shown'));
		stdin.write(keys.escape);
		await waitFor(() => quit);
	});

	it('ends an active search first; only the next Esc goes back', async () => {
		const {stdin, lastFrame} = render(<Browse onQuit={() => {}}/>);
		await waitForFrame(lastFrame, text => text.includes('filter:'));
		await press(stdin, lastFrame, keys.enter, text => plain(text).includes('reviewed'));
		await press(stdin, lastFrame, '/', text => plain(text).includes('Search: '));
		// "de" is in every letter, so there is a result to jump to.
		await press(stdin, lastFrame, 'd', text => plain(text).includes('Search: d'));
		await press(stdin, lastFrame, 'e', text => plain(text).includes('Search: de'));
		await press(stdin, lastFrame, keys.enter, text => /hit 1\/\d+/u.test(plain(text)));
		const ended = plain(await press(stdin, lastFrame, keys.escape, text => plain(text).includes('search ended')));
		expect(ended).toContain('Esc back');
		await press(stdin, lastFrame, keys.escape, text => text.includes('filter:'));
	});
});

describe('Esc in a reviewer opened directly on a letter', () => {
	it('is neither shown in the footer or the help nor bound', async () => {
		const direct = renderApp(sampleLetter(), {rows: 60});
		const frame = plain(await waitForFrame(direct.lastFrame, text => plain(text).includes('reviewed')));
		expect(frame).not.toContain('Esc');
		direct.stdin.write(keys.escape);
		const help = plain(await press(direct.stdin, direct.lastFrame, '?', text => plain(text).includes('Keys')));
		expect(help).toContain('this help');
		expect(help).not.toContain('back to the letter list');

		const fromPicker = renderApp(sampleLetter(), {rows: 60, onBack() {}});
		await waitForFrame(fromPicker.lastFrame, text => plain(text).includes('Esc back'));
		await press(fromPicker.stdin, fromPicker.lastFrame, '?', text => plain(text).includes('back to the letter list'));
	});
});
