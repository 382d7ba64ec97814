import {describe, expect, it} from 'vitest';
import type {Letter, LoadProgress} from '../../../source/letter/index.js';
import type {PickerData} from '../../../source/ui/picker/picker-app.js';
import type {PickerEntry} from '../../../source/ui/picker/picker-entry.js';
import {startPickerFeed, type FeedReader} from '../../../source/ui/picker/picker-feed.js';

/** A reader the test steps through by hand: `next()` reads one more letter. */
function steppedReader(names: readonly string[]) {
	let hooks: Parameters<FeedReader>[0] | undefined;
	let finish!: () => void;
	let index = 0;
	const read: FeedReader = async given => {
		hooks = given;
		given.onProgress({done: 0, total: names.length, current: names[0] ?? ''});
		return new Promise(resolve => {
			finish = () => {
				resolve({problems: [{path: 'x.pdf', message: 'x.pdf: broken'}]});
			};
		});
	};

	return {
		read,
		next() {
			hooks!.onLetter({source: names[index]} as unknown as Letter);
			index++;
			hooks!.onProgress({done: index, total: names.length, current: names[index] ?? ''});
		},
		finish: () => finish(),
		aborted: () => hooks!.signal.aborted,
	};
}

const entryOf = (letter: Letter) => ({source: letter.source}) as unknown as PickerEntry;

describe('the picker feed: a folder read row by row', () => {
	it('shows the first row at once, then new rows at most every 100 ms, then the whole folder', async () => {
		const reader = steppedReader(['a', 'b', 'c', 'd']);
		let clock = 0;
		const feed = startPickerFeed(reader.read, entryOf, () => clock);
		const told: Array<{progress: LoadProgress; rows?: string[]}> = [];
		const whole = feed.load((progress, sofar) => told.push({progress, ...(sofar === undefined ? {} : {rows: sofar.entries.map(entry => entry.source)})}));
		expect(told).toEqual([{progress: {done: 0, total: 4, current: 'a'}}]);
		reader.next();
		expect(told.at(-1)).toEqual({progress: {done: 1, total: 4, current: 'b'}, rows: ['a']});
		clock = 50;
		reader.next();
		expect(told.at(-1)).toEqual({progress: {done: 2, total: 4, current: 'c'}});
		clock = 120;
		reader.next();
		expect(told.at(-1)).toEqual({progress: {done: 3, total: 4, current: 'd'}, rows: ['a', 'b', 'c']});
		expect(feed.finished()).toBeUndefined();
		reader.next();
		reader.finish();
		const data: PickerData = await whole;
		expect(data.entries.map(entry => entry.source)).toEqual(['a', 'b', 'c', 'd']);
		expect(data.problems).toEqual([{path: 'x.pdf', message: 'x.pdf: broken'}]);
		expect(feed.finished()).toBe(data);
	});

	it('gives a picker shown again the rows read so far at once, and keeps reading meanwhile', async () => {
		const reader = steppedReader(['a', 'b', 'c']);
		let clock = 0;
		const feed = startPickerFeed(reader.read, entryOf, () => clock);
		void feed.load(() => {});
		reader.next();
		// The first picker is gone (a letter is being reviewed); reading goes on.
		clock = 10;
		reader.next();
		const rows: string[][] = [];
		void feed.load((_progress, sofar) => {
			if (sofar !== undefined) {
				rows.push(sofar.entries.map(entry => entry.source));
			}
		});
		expect(rows).toEqual([['a', 'b']]);
	});

	it('stops reading when the user quits', () => {
		const reader = steppedReader(['a', 'b']);
		const feed = startPickerFeed(reader.read, entryOf);
		void feed.load(() => {});
		expect(reader.aborted()).toBe(false);
		feed.stop();
		expect(reader.aborted()).toBe(true);
	});
});
