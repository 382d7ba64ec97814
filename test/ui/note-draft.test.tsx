// A note being typed is kept as a draft, and a draft from last time is offered back, never taken for the note.
import {stripVTControlCharacters} from 'node:util';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {sampleLetter} from '../fixtures/review/letters.js';
import {keys, press, waitFor, waitForFrame} from './ink-helpers.js';
import {renderApp} from './render-app.js';

afterEach(() => {
	cleanup();
});

const plain = (frame: string) => stripVTControlCharacters(frame);
const selectedRow = (frame: string) => plain(frame).split('\n').find(line => line.startsWith('▸')) ?? '';
// Longer than any test: a draft written while typing never is, so what is written came from leaving.
const never = 3_600_000;
const saved = {'3': {note: 'oude notitie', updatedAt: '2026-06-30T10:00:00.000Z'}};

async function open(...args: Parameters<typeof renderApp>) {
	const app = renderApp(...args);
	await waitForFrame(app.lastFrame, current => plain(current).includes('reviewed'));
	return app;
}

async function typeNote(stdin: {write: (data: string) => void}, lastFrame: () => string | undefined, text: string, before = '') {
	for (const [index, character] of [...text].entries()) {
		// eslint-disable-next-line no-await-in-loop
		await press(stdin, lastFrame, character, frame => plain(frame).includes(`Note: ${before}${text.slice(0, index + 1)}`));
	}
}

describe('the note being typed', () => {
	it('is written as a draft once typing pauses, and cleared when the note is saved', async () => {
		const {stdin, lastFrame, saves, draftSaves} = await open(sampleLetter(), {draftDelay: 50});
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await typeNote(stdin, lastFrame, 'half');
		await waitFor(() => draftSaves.at(-1)?.['1'] === 'half');
		expect(saves).toEqual([]);
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['1']?.note === 'half');
		await waitFor(() => draftSaves.length > 0 && Object.keys(draftSaves.at(-1)!).length === 0);
	});

	it('is handed over when the screen is left: unmounted (a signal, a closed terminal) or Ctrl-C', async () => {
		const first = await open(sampleLetter(), {draftDelay: never});
		await press(first.stdin, first.lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await typeNote(first.stdin, first.lastFrame, 'abc');
		expect(first.draftSaves).toEqual([]);
		first.unmount();
		expect(first.draftSaves).toEqual([{'1': 'abc'}]);
		cleanup();

		const second = await open(sampleLetter(), {draftDelay: never});
		await press(second.stdin, second.lastFrame, 'e', frame => plain(frame).includes('Enter save'));
		await typeNote(second.stdin, second.lastFrame, 'xyz');
		second.stdin.write('\u0003');
		await waitFor(() => second.draftSaves.at(-1)?.['1'] === 'xyz');
	});

	it('is no draft while it says what the saved note says, and Esc in the editor drops it', async () => {
		const {stdin, lastFrame, draftSaves} = await open(sampleLetter(), {annotations: saved, draftDelay: 50});
		await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 2 '));
		await press(stdin, lastFrame, 'j', frame => selectedRow(frame).includes(' 3 '));
		await press(stdin, lastFrame, 'e', frame => plain(frame).includes('Note: oude notitie') && plain(frame).includes('Enter save'));
		await typeNote(stdin, lastFrame, '!', 'oude notitie');
		await waitFor(() => draftSaves.at(-1)?.['3'] === 'oude notitie!');
		await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('q quit'));
		await waitFor(() => Object.keys(draftSaves.at(-1)!).length === 0);
	});
});

describe('a note draft from last time', () => {
	it('is offered at its question on opening; Enter resumes it in the editor, Enter saves it over the old note', async () => {
		const {stdin, lastFrame, saves, draftSaves} = await open(sampleLetter(), {annotations: saved, drafts: {'3': 'nieuwe gedachte'}});
		const offered = plain(await waitForFrame(lastFrame, frame => plain(frame).includes('unsaved note draft')));
		expect(offered).toContain('unsaved note draft on question 3: Enter resumes it, Esc discards it; saving it replaces your note');
		expect(offered).toContain('Draft: nieuwe gedachte');
		expect(offered).toContain('Enter resume it');
		expect(offered).toContain('Esc discard it');
		expect(selectedRow(offered)).toContain(' 3 ');
		// The saved note is what the answer shows until the draft is saved.
		expect(offered).toContain('Note: oude notitie');
		// j moves no more than any key other than Enter, Esc and q.
		stdin.write('j');
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('Note: nieuwe gedachte') && plain(frame).includes('Enter save'));
		await typeNote(stdin, lastFrame, '!', 'nieuwe gedachte');
		expect(saves).toEqual([]);
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('q quit'));
		await waitFor(() => saves.at(-1)?.['3']?.note === 'nieuwe gedachte!');
		await waitFor(() => draftSaves.length > 0 && Object.keys(draftSaves.at(-1)!).length === 0);
	});

	it('is discarded with Esc, leaving the saved note as it was', async () => {
		const {stdin, lastFrame, saves, draftSaves} = await open(sampleLetter(), {annotations: saved, drafts: {'3': 'weg ermee'}});
		await waitForFrame(lastFrame, frame => plain(frame).includes('unsaved note draft on question 3'));
		const after = plain(await press(stdin, lastFrame, keys.escape, frame => plain(frame).includes('note draft on question 3 discarded')));
		expect(after).toContain('Note: oude notitie');
		expect(after).toContain('q quit');
		await waitFor(() => draftSaves.length > 0 && Object.keys(draftSaves.at(-1)!).length === 0);
		expect(saves).toEqual([]);
	});

	it('fits the smallest terminal, keys and draft in view', async () => {
		const {lastFrame} = await open(sampleLetter(), {columns: 60, rows: 15, drafts: {'2': 'kort'}});
		const frame = plain(await waitForFrame(lastFrame, current => plain(current).includes('unsaved note draft on question 2')));
		expect(frame.split('\n').length).toBeLessThanOrEqual(15);
		expect(frame).toContain('Draft: kort');
		expect(frame).toContain('Enter resume it');
	});

	it('stays in the file when the reviewer is stopped without answering the offer', async () => {
		const {lastFrame, draftSaves, unmount} = await open(sampleLetter(), {drafts: {'2': 'later'}});
		await waitForFrame(lastFrame, frame => plain(frame).includes('unsaved note draft on question 2'));
		unmount();
		expect(draftSaves).toEqual([]);
	});

	it('typed when its answer read differently (the letter edited since) says so, never silently', async () => {
		const {stdin, lastFrame} = await open(sampleLetter(), {annotations: saved, drafts: {'3': 'nieuwe gedachte'}, draftChanges: {'3': 'answer'}});
		const offered = plain(await waitForFrame(lastFrame, frame => plain(frame).includes('unsaved note draft')));
		expect(offered.replaceAll(/\s+/gu, ' ')).toContain('unsaved note draft on question 3, typed when its answer read differently: Enter resumes it, Esc discards it; saving it replaces your note');
		expect(offered).toContain('Draft: nieuwe gedachte');
		expect(offered.split('\n').length).toBeLessThanOrEqual(24);
		await press(stdin, lastFrame, keys.enter, frame => plain(frame).includes('Note: nieuwe gedachte') && plain(frame).includes('Enter save'));
	});

	it('typed when only its question read differently says that', async () => {
		const {lastFrame} = await open(sampleLetter(), {drafts: {'2': 'kort'}, draftChanges: {'2': 'question'}});
		const offered = plain(await waitForFrame(lastFrame, frame => plain(frame).includes('unsaved note draft')));
		expect(offered.replaceAll(/\s+/gu, ' ')).toContain('unsaved note draft on question 2, typed when its question read differently: Enter resumes it, Esc discards it');
	});

	it('typed when its answer read differently fits the smallest terminal, the warning whole', async () => {
		const {lastFrame} = await open(sampleLetter(), {columns: 60, rows: 15, annotations: saved, drafts: {'3': 'kort'}, draftChanges: {'3': 'answer'}});
		const frame = plain(await waitForFrame(lastFrame, current => plain(current).includes('unsaved note draft on question 3')));
		const rows = frame.split('\n');
		expect(rows.length).toBeLessThanOrEqual(15);
		expect(rows.every(row => row.length <= 60)).toBe(true);
		expect(frame.replaceAll(/\s+/gu, ' ')).toContain('unsaved note draft on question 3, typed when its answer read differently: Enter resumes it, Esc discards it; saving it replaces your note');
		expect(frame).toContain('Draft: kort');
		expect(frame).toContain('Enter resume it');
		// The list gives way to the answer on so small a terminal: the header names the question.
		expect(frame).toContain('question 3 (3 of 6)');
	});

	it('is not offered when it holds only whitespace, and is dropped from the file', async () => {
		const {lastFrame, draftSaves} = await open(sampleLetter(), {drafts: {'2': ' \n\t '}});
		const frame = plain(await waitForFrame(lastFrame, current => plain(current).includes('q quit')));
		expect(frame).not.toContain('unsaved note draft');
		await waitFor(() => draftSaves.length > 0 && Object.keys(draftSaves.at(-1)!).length === 0);
	});
});
