import {stripVTControlCharacters} from 'node:util';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {hostile, hostileLetter, longLetter, sampleLetter} from '../fixtures/review/letters.js';
import {keys, press, waitFor, waitForFrame} from './ink-helpers.js';
import {renderApp, resize} from './render-app.js';
import type {Annotations} from '../../source/store/model.js';

afterEach(() => {
	cleanup();
});

const plain = (frame: string) => stripVTControlCharacters(frame);
const selectedRow = (frame: string) => plain(frame).split('\n').find(line => line.startsWith('▸')) ?? '';
const rowCount = (frame: string) => frame.split('\n').length;

async function open(...args: Parameters<typeof renderApp>) {
	const app = renderApp(...args);
	const frame = await waitForFrame(app.lastFrame, current => plain(current).includes('reviewed'));
	return {...app, frame, text: () => plain(app.lastFrame() ?? '')};
}

describe('the reviewer screen', () => {
	it('shows the header, the list, the selected answer and the keys', async () => {
		const {frame} = await open(sampleLetter());
		const text = plain(frame);
		expect(text).toContain('digitale soevereiniteit en DigiD');
		expect(text).toContain('Van den Berg (JA21) · 2026-06-25 · 21 days to answer · 0/6 reviewed');
		expect(selectedRow(frame)).toMatch(/^▸\s+1 \w/u);
		expect(text).toMatch(/1\. Bent u bekend(‹1›)? met het bericht over DigiD\?/u);
		expect(text).toContain('Answer');
		expect(text).toMatch(/Ja(‹\d›)?\. Ik ben bekend met het bericht\./u);
		expect(text).toContain('1/2/3 verdict');
		expect(text).toContain('q quit');
		expect(text).not.toContain('u undo');
	});

	it('highlights evidence and names its rule', async () => {
		const {stdin, lastFrame} = await open(sampleLetter(), {rows: 50});
		const text = plain(await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 2 ')));
		expect(text).toMatch(/Zoals toegelicht[^\n]*‹\d›/u);
		expect(text).toContain('deflects.cross-reference');
		expect(text).toMatch(/\(a\) Kunt u(‹\d›)? toelichten[\s\S]*\(b\) Welke\s+afwegingen/u);
		expect(text).toContain('Kamerstuk 26 643, nr. 1482');
		expect(text).not.toContain('not referenced');
	});

	it('moves with j, k, arrows, g and G', async () => {
		const {stdin, lastFrame} = await open(sampleLetter());
		await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 2 '));
		await press(stdin, lastFrame, keys.down, frame => selectedRow(frame).includes(' 3 '));
		await press(stdin, lastFrame, 'k', frame => selectedRow(frame).includes(' 2 '));
		await press(stdin, lastFrame, keys.up, frame => selectedRow(frame).includes(' 1 '));
		await press(stdin, lastFrame, 'G', frame => selectedRow(frame).includes(' 6 '));
		await press(stdin, lastFrame, 'g', frame => selectedRow(frame).includes(' 1 '));
	});

	it('sets verdicts, moves on, counts progress and saves every change', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		await press(stdin, lastFrame, '2', frame => plain(frame).includes('1/6 reviewed'));
		expect(selectedRow(lastFrame()!)).toContain(' 2 ');
		await press(stdin, lastFrame, 'a', frame => plain(frame).includes('2/6 reviewed'));
		await press(stdin, lastFrame, '3', frame => plain(frame).includes('3/6 reviewed'));
		await waitFor(() => saves.at(-1)?.['3'] !== undefined);
		expect(saves.at(-1)).toMatchObject({'1': {verdict: 'ambivalent'}, '2': {accepted: true}, '3': {verdict: 'non-reply'}});
		await press(stdin, lastFrame, 'k', frame => selectedRow(frame).includes(' 3 '));
		expect(selectedRow(lastFrame()!)).toContain('non-reply');
	});

	it('toggles flags and sets the yes/no reading on the current answer', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		await press(stdin, lastFrame, 'd', frame => plain(frame).includes('deflects: yes'));
		await press(stdin, lastFrame, 'c', frame => plain(frame).includes('confidential: yes'));
		await press(stdin, lastFrame, 'f', frame => plain(frame).includes('future: yes'));
		await press(stdin, lastFrame, 'n', frame => plain(frame).includes('yes/no: no ·'));
		await press(stdin, lastFrame, 'y', frame => /You: .*yes\/no: yes/u.test(plain(frame)));
		await press(stdin, lastFrame, '0', frame => /You: .*yes\/no: none/u.test(plain(frame)));
		await waitFor(() => saves.at(-1)?.['1']?.direct === null);
		expect(saves.at(-1)?.['1']).toMatchObject({deflects: true, confidential: true, future: true, direct: null});
	});

	it('undoes changes one by one', async () => {
		const {stdin, lastFrame} = await open(sampleLetter());
		await press(stdin, lastFrame, '1', frame => plain(frame).includes('1/6 reviewed'));
		await press(stdin, lastFrame, '1', frame => plain(frame).includes('2/6 reviewed'));
		expect(plain(lastFrame()!)).toContain('u undo');
		await press(stdin, lastFrame, 'u', frame => plain(frame).includes('1/6 reviewed'));
		expect(selectedRow(lastFrame()!)).toContain(' 2 ');
		await press(stdin, lastFrame, 'u', frame => plain(frame).includes('0/6 reviewed'));
		await press(stdin, lastFrame, 'u', frame => plain(frame).includes('nothing to undo'));
	});

	it('says "saved" only once a change is written, "saving" until then, and neither before any change', async () => {
		let finish = () => {};
		const {stdin, lastFrame} = await open(sampleLetter(), {whileSaving: async () => new Promise<void>(resolve => {
			finish = resolve;
		})});
		expect(plain(lastFrame()!)).toContain('review kept in test.review.json');
		await press(stdin, lastFrame, '1', frame => plain(frame).includes('saving to test.review.json …'));
		finish();
		await waitForFrame(lastFrame, frame => plain(frame).includes('saved in test.review.json'));
	});

	it('never draws a change as "saved" before its write has finished, not even for one frame', async () => {
		let finish = () => {};
		const {stdin, lastFrame, frames} = await open(sampleLetter(), {whileSaving: async () => new Promise<void>(resolve => {
			finish = resolve;
		})});
		await press(stdin, lastFrame, '1', frame => plain(frame).includes('1/6 reviewed'));
		finish();
		await waitForFrame(lastFrame, frame => plain(frame).includes('saved in test.review.json'));
		// The second verdict's write is held: every frame that shows it must say "saving".
		await press(stdin, lastFrame, '2', frame => plain(frame).includes('2/6 reviewed'));
		const shown = frames.map(frame => plain(frame)).filter(frame => frame.includes('2/6 reviewed'));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.filter(frame => frame.includes('saved in'))).toEqual([]);
		finish();
		await waitForFrame(lastFrame, frame => plain(frame).includes('2/6 reviewed') && plain(frame).includes('saved in test.review.json'));
	});

	it('shows "answer changed since you reviewed it" on a marked answer; Enter keeps the judgement and clears the mark', async () => {
		const annotations = {'1': {verdict: 'clear' as const, answerChanged: true, updatedAt: '2026-06-30T10:00:00.000Z'}, '2': {verdict: 'clear' as const, updatedAt: '2026-06-30T10:00:00.000Z'}};
		const {stdin, lastFrame, saves} = await open(sampleLetter(), {annotations});
		await press(stdin, lastFrame, 'g', frame => selectedRow(frame).includes(' 1 '));
		expect(plain(lastFrame()!)).toContain('answer changed since you reviewed it');
		await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 2 '));
		expect(plain(lastFrame()!)).not.toContain('answer changed since you reviewed it');
		// Enter on an answer without the mark changes nothing.
		stdin.write(keys.enter);
		await press(stdin, lastFrame, 'k', frame => selectedRow(frame).includes(' 1 '));
		expect(saves).toEqual([]);
		await press(stdin, lastFrame, keys.enter, frame => !plain(frame).includes('answer changed since you reviewed it'));
		await waitFor(() => saves.length > 0);
		expect(saves.at(-1)?.['1']).toMatchObject({verdict: 'clear'});
		expect(saves.at(-1)?.['1']?.answerChanged).toBeUndefined();
		await press(stdin, lastFrame, 'u', frame => plain(frame).includes('answer changed since you reviewed it'));
	});

	it('asks before quitting with a change not saved: r retries, w writes it elsewhere, Esc goes back', async () => {
		let failing = true;
		const elsewhere: Annotations[] = [];
		const {stdin, lastFrame, saves} = await open(sampleLetter(), {
			async whileSaving() {
				if (failing) {
					throw new Error('disk full');
				}
			},
			async saveElsewhere(annotations) {
				elsewhere.push(annotations);
				return 'test.review.unsaved.json';
			},
		});
		await press(stdin, lastFrame, '1', frame => plain(frame).includes('not saved: disk full'));
		const asked = plain(await press(stdin, lastFrame, 'q', frame => plain(frame).includes('r retry')));
		expect(asked).toContain('the last change is not saved (disk full): r retry · w write it elsewhere · q quit anyway · Esc back');
		expect(asked).toContain('q quit anyway');
		await press(stdin, lastFrame, 'w', frame => plain(frame).includes('review written to test.review.unsaved.json'));
		expect(elsewhere.at(-1)?.['1']?.verdict).toBe('clear');
		await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('not saved: disk full') && plain(frame).includes('q quit'));
		await press(stdin, lastFrame, 'q', frame => plain(frame).includes('r retry'));
		failing = false;
		const count = saves.length;
		await press(stdin, lastFrame, 'r', frame => plain(frame).includes('saved; q quits'));
		expect(saves.length).toBe(count + 1);
		expect(saves.at(-1)?.['1']?.verdict).toBe('clear');
	});

	it('shows your own flag marks in the list once you set a flag otherwise than the tool', async () => {
		const {stdin, lastFrame} = await open(sampleLetter());
		const yours = /^▸ +1 +\S+ +\d+ ([?YN·][D·][C·][F·]) +– ([?YN·][D·][C·][F·]) /u;
		expect(yours.test(selectedRow(lastFrame()!))).toBe(false);
		const row = selectedRow(await press(stdin, lastFrame, 'd', frame => yours.test(selectedRow(frame))));
		const [, tool = '', mine = ''] = yours.exec(row) ?? [];
		expect(mine[1]).not.toBe(tool[1]);
		expect(mine.slice(2)).toBe(tool.slice(2));
		await press(stdin, lastFrame, 'd', frame => !yours.test(selectedRow(frame)));
	});

	it('wraps a long note in its editor, end and all, without drawing more rows than the terminal has', async () => {
		const {stdin, lastFrame} = await open(sampleLetter());
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		// About 600 characters: more than four rows of 100 columns.
		const note = `${Array.from({length: 70}, (_, index) => `woord${index}`).join(' ')} einde`;
		const frame = await press(stdin, lastFrame, note, current => plain(current).includes('einde'));
		expect(rowCount(frame)).toBeLessThanOrEqual(24);
		expect(plain(frame).split('\n').filter(line => line.includes('woord')).length).toBeGreaterThan(4);
	});

	it('edits a note where q and j are text, saves on Enter and cancels on Esc', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		for (const [index, character] of [...'qj1?'].entries()) {
			// eslint-disable-next-line no-await-in-loop
			await press(stdin, lastFrame, character, frame => plain(frame).includes(`Note: ${'qj1?'.slice(0, index + 1)}`));
		}

		expect(selectedRow(lastFrame()!)).toContain(' 1 ');
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('Note: qj1?') && plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['1']?.note === 'qj1?');
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await press(stdin, lastFrame, 'x', frame => plain(frame).includes('Note: qj1?x'));
		await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('q quit'));
		expect(plain(lastFrame()!)).not.toContain('qj1?x');
		expect(saves.at(-1)?.['1']?.note).toBe('qj1?');
	});

	it('keeps every key of a note typed faster than the screen: text and Enter in one burst, text in several', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		// No frame in between: each write reaches a key handler of the frame before.
		stdin.write('ab');
		stdin.write('c');
		stdin.write('d');
		stdin.write(keys.enter);
		await waitFor(() => saves.at(-1)?.['1']?.note === 'abcd');
		await waitForFrame(lastFrame, frame => plain(frame).includes('q quit'));
		// Text and Enter in one chunk, as tmux send-keys delivers them: saved, with the text after the cursor.
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await press(stdin, lastFrame, keys.left, frame => plain(frame).includes('Note: abcd'));
		stdin.write(`X${keys.enter}`);
		await waitFor(() => saves.at(-1)?.['1']?.note === 'abcXd');
		await waitForFrame(lastFrame, frame => plain(frame).includes('q quit'));
		// A pasted paragraph: its line break is a space, and the note stays open until Enter.
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		stdin.write(' eerste regel\rtweede regel');
		await waitForFrame(lastFrame, frame => plain(frame).includes('eerste regel tweede regel') && plain(frame).includes('Enter save'));
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['1']?.note === 'abcXd eerste regel tweede regel');
	});

	it('applies editing keys arriving in one read in order: abc, x+Backspace, d is "abcd"; Ctrl-W and Ctrl-U edit', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		// No waiting between writes: every key is applied to the note as the keys before it left it.
		stdin.write('e');
		stdin.write('abc');
		stdin.write('x\u007F');
		stdin.write('d');
		stdin.write(keys.enter);
		await waitFor(() => saves.at(-1)?.['1']?.note === 'abcd');
		await waitForFrame(lastFrame, frame => plain(frame).includes('q quit'));
		await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 2 '));
		stdin.write('e');
		stdin.write('eerste woord');
		stdin.write('\u0017');
		stdin.write('regel');
		stdin.write(keys.enter);
		await waitFor(() => saves.at(-1)?.['2']?.note === 'eerste regel');
		await waitForFrame(lastFrame, frame => plain(frame).includes('q quit'));
		await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 3 '));
		stdin.write('eweg ermee\u0015nieuw');
		stdin.write(keys.enter);
		await waitFor(() => saves.at(-1)?.['3']?.note === 'nieuw');
	});

	it('types text that follows e at once into the note, never reading it as commands', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		// "q", "1" and "j" would quit, judge and move if read as commands.
		stdin.write('eq1j');
		await waitForFrame(lastFrame, frame => plain(frame).includes('Note: q1j'));
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['1']?.note === 'q1j');
		expect(saves.at(-1)?.['1']?.verdict).toBeUndefined();
		expect(selectedRow(lastFrame()!)).toContain(' 1 ');
	});

	it('takes a pasted two-line note as one line that stays open until Enter', async () => {
		const {stdin, lastFrame, saves} = await open(sampleLetter());
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		stdin.write('\u001B[200~notitie\rTweede\r\u001B[201~');
		await waitForFrame(lastFrame, frame => plain(frame).includes('Note: notitie Tweede'));
		expect(plain(lastFrame()!)).toContain('Enter save');
		expect(saves).toEqual([]);
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['1']?.note === 'notitie Tweede');
	});

	it('keeps a note being typed when the terminal is made too small for a moment, and stays open', async () => {
		const {stdin, stdout, lastFrame, saves} = await open(sampleLetter());
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await press(stdin, lastFrame, 'x', frame => plain(frame).includes('Note: x'));
		resize(stdout, 58, 10);
		await waitForFrame(lastFrame, frame => plain(frame).includes('terminal too small (58×10)') && plain(frame).includes('note kept'));
		resize(stdout, 80, 24);
		await waitForFrame(lastFrame, frame => plain(frame).includes('Note: x'));
		await press(stdin, lastFrame, 'y', frame => plain(frame).includes('Note: xy'));
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['1']?.note === 'xy');
	});

	it('opens help drawn from the key table and closes it again', async () => {
		const {stdin, lastFrame} = await open(sampleLetter());
		const help = plain(await press(stdin, lastFrame, '?', frame => plain(frame).includes('Keys')));
		expect(help).toContain('accept tool verdict+flags');
		expect(help).toContain('more lines');
		// The help is longer than 24 rows: space scrolls it, the title stays.
		const more = plain(await press(stdin, lastFrame, ' ', frame => plain(frame).includes('Editing a note')));
		expect(more).toContain('Keys');
		const end = plain(await press(stdin, lastFrame, ' ', frame => plain(frame).includes('!word')));
		expect(end).toContain('Keys');
		await press(stdin, lastFrame, 'k', frame => plain(frame).includes('Editing a note'));
		await press(stdin, lastFrame, 'k', frame => plain(frame).includes('accept tool verdict+flags'));
		await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('Answer'));
	});

	it('scrolls a long answer inside its pane', async () => {
		const {stdin, lastFrame} = await open(sampleLetter());
		await press(stdin, lastFrame, 'G', frame => selectedRow(frame).includes(' 6 '));
		await press(stdin, lastFrame, 'k', frame => selectedRow(frame).includes(' 5 '));
		await press(stdin, lastFrame, 'k', frame => selectedRow(frame).includes(' 4 ') && plain(frame).includes('lines 1–'));
		expect(plain(lastFrame()!)).toContain('4. Hoe ziet de normering eruit?');
		await press(stdin, lastFrame, ' ', frame => !plain(frame).includes('lines 1–'));
		expect(plain(lastFrame()!)).not.toContain('4. Hoe ziet de normering eruit?');
		await press(stdin, lastFrame, keys.pageDown, frame => !plain(frame).includes('Alinea 3.'));
		await press(stdin, lastFrame, keys.pageUp, frame => plain(frame).includes('Alinea'));
		await press(stdin, lastFrame, keys.pageUp, frame => plain(frame).includes('lines 1–'));
	});

	it('resumes at the first answer not yet reviewed, with verdicts and notes restored', async () => {
		const {frame} = await open(sampleLetter(), {annotations: {'1': {verdict: 'clear', updatedAt: 'x'}, '2': {verdict: 'non-reply', note: 'ontwijkt', updatedAt: 'x'}}});
		expect(selectedRow(frame)).toContain(' 3 ');
		expect(plain(frame)).toContain('2/6 reviewed');
		expect(plain(frame)).toMatch(/ 2 .*non-reply/u);
	});
});

describe('a letter without questions', () => {
	it('says so instead of showing an empty list', async () => {
		const letter = {...sampleLetter(), kind: 'postponement' as const, questions: [], notices: ['De beantwoording wordt uitgesteld.']};
		const {frame, stdin, lastFrame} = await open(letter);
		expect(plain(frame)).toContain('0/0 reviewed');
		expect(plain(frame)).toContain('This letter has no questions to review.');
		expect(plain(frame)).toContain('1 notice');
		await press(stdin, lastFrame, '?', current => plain(current).includes('De beantwoording wordt uitgesteld.'));
	});
});

describe('the terminal size', () => {
	it.each([[80, 24], [120, 40], [60, 15], [100, 30]])('never draws more rows than the terminal has at %i×%i', async (columns, rows) => {
		const {stdin, lastFrame} = await open(longLetter(30), {columns, rows});
		await waitForFrame(lastFrame, frame => rowCount(frame) <= rows - 1 && plain(frame).includes('0/30'));
		for (const line of plain(lastFrame()!).split('\n')) {
			expect([...line].length).toBeLessThanOrEqual(columns);
		}

		await press(stdin, lastFrame, '?', frame => plain(frame).includes('Keys'));
		expect(rowCount(lastFrame()!)).toBeLessThanOrEqual(rows - 1);
	});

	it('shows one line when the terminal is too small, and recovers on resize', async () => {
		const {stdout, lastFrame} = await open(sampleLetter(), {columns: 80, rows: 24});
		resize(stdout, 50, 12);
		const small = await waitForFrame(lastFrame, frame => plain(frame).includes('terminal too small'));
		expect(rowCount(small)).toBe(1);
		resize(stdout, 80, 24);
		await waitForFrame(lastFrame, frame => plain(frame).includes('reviewed'));
		expect(rowCount(lastFrame()!)).toBeLessThanOrEqual(23);
	});
});

describe('hostile letter text', () => {
	it('renders escape sequences, OSC 52/8 and bidi overrides as harmless text', async () => {
		const {frame, stdin, lastFrame} = await open(hostileLetter());
		for (const attack of [hostile.clear, '\u001B]52', '\u001B]8', '\u0007', '\u202E', '\u202C']) {
			expect(frame).not.toContain(attack);
		}

		const text = plain(frame);
		expect(text).toContain('Wis en klik hier of gnp.exe');
		expect(text).toContain('onderwerp Wis');
		// The footnotes are the pane's last lines, under the asks line, the answer and the evidence: scroll to them.
		const scrolled = await press(stdin, lastFrame, ' ', current => plain(current).includes('voetnoot'));
		expect(plain(scrolled)).toContain('voetnoot Wis');
		expect(scrolled).not.toContain('\u001B]52');
	});
});
