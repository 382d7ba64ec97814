import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import {loadLetters, type LoadProgress} from '../../../source/letter/index.js';
import {scoreLetter} from '../../../source/scoring/index.js';
import {createTheme} from '../../../source/ui/theme.js';
import {PickerApp, type PickerData} from '../../../source/ui/picker/picker-app.js';
import {filterEntries, pickerEntry, type PickerEntry} from '../../../source/ui/picker/picker-entry.js';
import {initialPickerState, type PickerState} from '../../../source/ui/picker/picker-state.js';
import {keys, press, waitFor, waitForFrame} from '../ink-helpers.js';
import {resize} from '../render-app.js';

const theme = createTheme({noColor: true});
const folder = 'test/fixtures/letters';

async function folderData(): Promise<PickerData> {
	const result = await loadLetters([folder]);
	return {entries: result.letters.map(letter => pickerEntry(letter, scoreLetter(letter))), problems: [...result.failures, ...result.skipped]};
}

const data = await folderData();

describe('the letter picker', () => {
	it('shows a progress bar with the count and the current file while loading', async () => {
		let finish!: (loaded: PickerData) => void;
		let report!: (progress: LoadProgress) => void;
		const load = async (onProgress: (progress: LoadProgress) => void) => new Promise<PickerData>(resolve => {
			report = onProgress;
			finish = resolve;
		});
		const {lastFrame, unmount} = render(<PickerApp load={load} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={() => {}}/>);
		await waitFor(() => report !== undefined);
		// Before the folder is listed: an empty bar, not a full one over "0/0".
		const before = await waitForFrame(lastFrame, text => text.includes('Reading letters'));
		expect(before).toMatch(/░{10,} finding letters…/u);
		expect(before).not.toContain('0/0');
		report({done: 120, total: 300, current: 'letters/jenv-2024-hoofddoekjes-boa.docx'});
		const frame = await waitForFrame(lastFrame, text => text.includes('120/300'));
		expect(frame).toContain('Reading letters');
		expect(frame).toMatch(/█+░+ 120\/300/u);
		expect(frame).toContain('jenv-2024-hoofddoekjes-boa.docx');
		// A CSV row is named by its row name, not the CSV's file name.
		report({done: 3, total: 86, current: 'data/kamervragen.csv#Antwoord_op_vragen.pdf'});
		const row = await waitForFrame(lastFrame, text => text.includes('3/86'));
		expect(row).toContain('Antwoord_op_vragen.pdf');
		expect(row).not.toContain('kamervragen.csv');
		finish(data);
		await waitForFrame(lastFrame, text => text.includes(`${data.entries.length} letters`));
		unmount();
	});

	it('shows the first letters read while the rest are read, keeps what is typed, then shows them all', async () => {
		let finish!: (loaded: PickerData) => void;
		let report!: (progress: LoadProgress, sofar?: PickerData) => void;
		const load = async (onProgress: (progress: LoadProgress, sofar?: PickerData) => void) => new Promise<PickerData>(resolve => {
			report = onProgress;
			finish = resolve;
		});
		const {lastFrame, stdin, unmount} = render(<PickerApp load={load} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={() => {}}/>);
		await waitFor(() => report !== undefined);
		const first = data.entries.slice(0, 3);
		report({done: 3, total: data.entries.length, current: 'next.txt'}, {entries: first, problems: []});
		let frame = await waitForFrame(lastFrame, text => text.includes(`3 letters · reading 3/${data.entries.length}…`));
		expect(frame).toContain(first[0]!.subject.slice(0, 20));
		expect(frame).not.toContain('Reading letters');
		// Typing while the folder is read filters what is there and is kept when the rest comes in.
		await press(stdin, lastFrame, 'w', text => text.includes('filter: w'));
		finish(data);
		frame = await waitForFrame(lastFrame, text => text.includes(`${data.entries.length} letters, `));
		expect(frame).toContain('filter: w');
		expect(frame).not.toContain('reading');
		unmount();
	});

	it('leaves at once when nothing could be loaded, instead of showing an empty list', async () => {
		let left: PickerData | undefined;
		const problems = [{source: 'kapot.txt', message: 'kapot.txt: binary data'}] as unknown as PickerData['problems'];
		const {unmount} = render(<PickerApp load={async () => ({entries: [], problems})} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={loaded => {
			left = loaded;
		}}/>);
		await waitFor(() => left !== undefined);
		expect(left?.entries).toEqual([]);
		unmount();
	});

	it('lists every letter with subject, date, who answered, questions and share of clear answers', async () => {
		const {lastFrame, stdout, unmount} = render(<PickerApp data={data} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={() => {}}/>);
		const frame = await waitForFrame(lastFrame, text => text.includes('letters'));
		expect(frame).toMatch(/subject\s+date\s+answered by\s+done\s+D\/NR\s+clear/u);
		expect(data.entries.length).toBeGreaterThan(30);
		expect(stdout.frames.length).toBeGreaterThan(0);
		unmount();
	});

	it('filters as you type, opens the chosen letter on Enter, and Esc clears the filter, then quits', async () => {
		const opened: Array<{entry: PickerEntry; state: PickerState}> = [];
		let quit = false;
		const {lastFrame, stdin, unmount} = render(<PickerApp data={data} initial={initialPickerState} theme={theme} onOpen={(entry, state) => opened.push({entry, state})} onQuit={() => {
			quit = true;
		}}/>);
		await waitForFrame(lastFrame, text => text.includes('filter:'));
		let typed = '';
		for (const char of 'wolvega') {
			typed += char;
			const sofar = typed;
			// eslint-disable-next-line no-await-in-loop
			await press(stdin, lastFrame, char, text => text.includes(`filter: ${sofar}`));
		}

		const filtered = await waitForFrame(lastFrame, text => text.includes('1 shown'));
		expect(filtered.split('\n').filter(line => /wolvega/iu.test(line))).toHaveLength(2); // The filter line and the one letter.
		await press(stdin, lastFrame, keys.enter, () => opened.length > 0);
		expect(opened[0]!.entry.source).toMatch(/politiebureau-wolvega\.docx$/u);
		expect(opened[0]!.state.query).toBe('wolvega');

		await press(stdin, lastFrame, keys.escape, text => !text.includes('shown'));
		expect(quit).toBe(false);
		stdin.write(keys.escape);
		await waitFor(() => quit);
		unmount();
	});

	it('keeps every key of a filter typed faster than the screen, and types on after Esc cleared it', async () => {
		const {lastFrame, stdin, unmount} = render(<PickerApp data={data} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={() => {}}/>);
		await waitForFrame(lastFrame, text => text.includes('filter:'));
		// No frame in between: each key reaches the handler of the frame before.
		for (const char of 'wolvega') {
			stdin.write(char);
		}

		await waitForFrame(lastFrame, text => text.includes('filter: wolvega') && text.includes('1 shown'));
		await press(stdin, lastFrame, keys.escape, text => !text.includes('shown'));
		for (const char of 'argos') {
			stdin.write(char);
		}

		await waitForFrame(lastFrame, text => text.includes('filter: argos') && text.includes('1 shown'));
		unmount();
	});

	it('drops an x erased in the same read, and opens what the filter shows after keys typed ahead of Enter', async () => {
		const opened: PickerEntry[] = [];
		const {lastFrame, stdin, unmount} = render(<PickerApp data={data} initial={initialPickerState} theme={theme} onOpen={entry => opened.push(entry)} onQuit={() => {}}/>);
		await waitForFrame(lastFrame, text => text.includes('filter:'));
		stdin.write('wol');
		stdin.write('x\u007F');
		stdin.write('vega');
		stdin.write(keys.enter);
		await waitFor(() => opened.length > 0);
		expect(opened[0]!.source).toMatch(/politiebureau-wolvega\.docx$/u);
		unmount();
	});

	it('comes back from the reviewer with the filter and selection it had', async () => {
		const matching = filterEntries(data.entries, 'honden');
		expect(matching.length).toBeGreaterThan(1);
		const {lastFrame, stdin, unmount} = render(<PickerApp data={data} initial={{...initialPickerState, query: 'honden', selected: 1}} theme={theme} onOpen={() => {}} onQuit={() => {}}/>);
		const frame = await waitForFrame(lastFrame, text => text.includes('filter: honden'));
		expect(frame).toContain(`${matching.length} shown`);
		const pointed = (text: string) => text.split('\n').findIndex(line => line.startsWith('›'));
		const before = pointed(frame);
		const moved = await press(stdin, lastFrame, keys.up, text => pointed(text) === before - 1);
		expect(moved).toContain('filter: honden');
		unmount();
	});

	it('lists a file that failed to read with its reason while the rest load', async () => {
		const withProblem: PickerData = {...data, problems: [{path: 'scan.pdf', message: 'scan.pdf: the PDF has no text layer (1 page of images, probably a scan); run it through OCR first'}]};
		const {lastFrame, unmount} = render(<PickerApp data={withProblem} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={() => {}}/>);
		const frame = await waitForFrame(lastFrame, text => text.includes('not loaded'));
		expect(frame).toContain('1 not loaded: scan.pdf: the PDF has no text layer');
		unmount();
	});
});

describe('the letter picker in a small terminal', () => {
	it('shows one "terminal too small" line below 60×15, where Esc still quits', async () => {
		let quit = false;
		const {lastFrame, stdin, stdout, unmount} = render(<PickerApp data={data} initial={initialPickerState} theme={theme} onOpen={() => {}} onQuit={() => {
			quit = true;
		}}/>);
		await waitForFrame(lastFrame, text => text.includes('filter:'));
		resize(stdout, 50, 10);
		const frame = await waitForFrame(lastFrame, text => text.includes('terminal too small (50×10)'));
		expect(frame.trim().split('\n')).toHaveLength(1);
		stdin.write(keys.escape);
		await waitFor(() => quit);
		unmount();
	});
});
