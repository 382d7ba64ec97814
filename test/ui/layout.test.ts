import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {scoreLetter} from '../../source/scoring/index.js';
import {mergeReview} from '../../source/store/merge.js';
import {detailLines, highlightSpans} from '../../source/ui/detail.js';
import {footerItems} from '../../source/ui/keys.js';
import {listWindow, packFooter, screenLayout} from '../../source/ui/layout.js';
import {textWidth, wrapSegments} from '../../source/ui/wrap.js';
import {sampleLetter} from '../fixtures/review/letters.js';

const text = (line: ReadonlyArray<{text: string}>) => line.map(segment => segment.text).join('');

describe('screen layout', () => {
	it.each([[80, 24], [120, 40], [60, 15], [200, 60]])('never plans more than rows - 1 rows at %i×%i', (columns, rows) => {
		for (const footer of [1, 2]) {
			const layout = screenLayout(columns, rows, 22, footer);
			expect(layout.tooSmall).toBe(false);
			expect(layout.header + layout.list + layout.rule + layout.detail + layout.status + layout.footer).toBeLessThanOrEqual(rows - 1);
			expect(layout.detail).toBeGreaterThanOrEqual(3);
		}
	});

	it('is too small below 60×15', () => {
		expect(screenLayout(59, 24, 5, 2).tooSmall).toBe(true);
		expect(screenLayout(80, 14, 5, 2).tooSmall).toBe(true);
	});

	it('keeps the selected row in the list window', () => {
		expect(listWindow(0, 22, 5)).toBe(0);
		expect(listWindow(10, 22, 5)).toBe(8);
		expect(listWindow(21, 22, 5)).toBe(17);
		expect(listWindow(3, 4, 5)).toBe(0);
	});

	it('packs the footer into lines that fit', () => {
		const lines = packFooter(footerItems('browse'), 79);
		expect(lines.length).toBe(2);
		for (const line of lines) {
			expect(textWidth(line.map(item => `${item.keys} ${item.label}`).join('  '))).toBeLessThanOrEqual(79);
		}
	});

	it('keeps the verdict keys, ? help, q quit and Esc back at the smallest size, where other keys give way', () => {
		const items = footerItems('browse');
		const lines = packFooter(items, 59);
		const kept = lines.flat().map(item => item.label);
		expect(kept.length).toBeLessThan(items.length);
		expect(kept.slice(-2)).toEqual(['help', 'quit']);
		expect(kept).toContain('verdict');
		expect(kept).toContain('back');
		expect(packFooter(items, 59, 1).flat().map(item => item.label)).toEqual(expect.arrayContaining(['verdict', 'back', 'help', 'quit']));
		for (const line of lines) {
			expect(textWidth(line.map(item => `${item.keys} ${item.label}`).join('  '))).toBeLessThanOrEqual(59);
		}
	});

	// The footer is drawn in `columns - 1`: two lines at most, the keys in table order as far as they
	// fit, then help and quit; the keys that give way are all in the ? help.
	it.each([80, 100])('fits the keys the reviewer offers on two lines at %i columns, moving and judging first, q quit last', columns => {
		const optional = ['undo', 'page-down', 'page-up', 'export-scorecard', 'back'] as const;
		for (let mask = 0; mask < 2 ** optional.length; mask++) {
			const off = new Set<string>(optional.filter((_, bit) => (mask & (1 << bit)) === 0));
			for (const searchActive of [false, true]) {
				const items = footerItems('browse', command => !off.has(command), {searchActive});
				const lines = packFooter(items, columns - 1);
				const label = `${[...off].join(',')} off, search ${searchActive ? 'active' : 'idle'}`;
				expect(lines.length, label).toBeLessThanOrEqual(2);
				const shown = lines.flat();
				expect(shown.every(item => items.includes(item)), label).toBe(true);
				const labels = shown.map(item => item.label);
				expect(labels.slice(0, 2), label).toEqual(['move', 'to do']);
				expect(labels, label).toContain('verdict');
				expect(shown.map(item => item.label), label).toContain('help');
				expect(lines.at(-1)?.at(-1), label).toEqual({keys: 'q', label: 'quit'});
				for (const line of lines) {
					expect(textWidth(line.map(item => `${item.keys} ${item.label}`).join('  ')), label).toBeLessThanOrEqual(columns - 1);
				}
			}
		}
	});
});

describe('wrapping', () => {
	it('wraps at words, keeps lines within the width, and cuts long words', () => {
		const lines = wrapSegments([{text: 'een twee drie vier vijf zes zeven acht negen tien elfhonderdduizendmiljoen', token: 'plain'}], 12, '  ');
		for (const line of lines) {
			expect(textWidth(text(line))).toBeLessThanOrEqual(12);
		}

		expect(text(lines[0]!)).toBe('een twee');
		expect(text(lines[1]!)).toBe('  drie vier');
	});

	it('counts wide characters as two columns and never splits a character', () => {
		const note = `${'漢'.repeat(45)} 字 字 字 end 👍🏽👍🏽👍🏽`;
		for (const width of [9, 10, 79]) {
			const lines = wrapSegments([{text: `Note: ${note}`, token: 'plain'}], width, '      ');
			for (const line of lines) {
				// Measured as Ink measures it, not by the function under test.
				expect(stringWidth(text(line)), `${width}: ${text(line)}`).toBeLessThanOrEqual(width);
			}

			expect(lines.map(line => text(line)).join('').replaceAll(' ', '')).toBe(`Note:${note}`.replaceAll(' ', ''));
		}
	});

	it('keeps paragraph breaks and strips escape sequences', () => {
		const lines = wrapSegments([{text: 'a\n\nb\u001B[2Jc\u202E', token: 'plain'}], 20);
		expect(lines.map(line => text(line))).toEqual(['a', '', 'bc']);
		// The Arabic letter mark is a bidi control too; soft hyphens and word joiners are invisible.
		expect(text(wrapSegments([{text: 'x\u061Cy\u00ADz\u2060w', token: 'plain'}], 20)[0]!)).toBe('xyzw');
	});
});

describe('highlighting', () => {
	it('paints each evidence span by its rule and labels it', () => {
		const {segments, legend} = highlightSpans('Zoals toegelicht in vraag 1, ja.', [
			{rule: 'deflects.cross-reference', text: 'Zoals toegelicht', start: 0, end: 16},
			{rule: 'direct.yes', text: 'ja', start: 29, end: 31},
		], 'plain');
		expect(segments).toEqual([
			{text: 'Zoals toegelicht', token: 'evidence-deflects'},
			{text: '‹1›', token: 'label'},
			{text: ' in vraag 1, ', token: 'plain'},
			{text: 'ja', token: 'evidence-direct'},
			{text: '‹2›', token: 'label'},
			{text: '.', token: 'plain'},
		]);
		expect(legend.map(entry => entry.label)).toEqual([1, 2]);
	});

	it('paints overlapping spans once but labels both', () => {
		const {segments} = highlightSpans('abcdef', [
			{rule: 'future.intention', text: 'abcd', start: 0, end: 4},
			{rule: 'future.deadline', text: 'cdef', start: 2, end: 6},
		], 'plain');
		expect(segments.map(segment => segment.text).join('')).toBe('abcd‹1›ef‹2›');
	});
});

describe('the detail pane', () => {
	const letter = sampleLetter();
	const reviewed = mergeReview(scoreLetter(letter), {'2': {verdict: 'non-reply', note: 'verwijst alleen door', updatedAt: 'x'}});

	it('shows the question, both judgements, the answer, the evidence legend and the footnotes', () => {
		const lines = detailLines(reviewed[1]!, [{id: '1', text: 'Kamerstuk 26 643, nr. 1482'}], 80).map(line => text(line));
		const all = lines.join('\n');
		expect(all).toContain('2. (a) Kunt u toelichten');
		expect(all).toContain('(b) Welke afwegingen');
		expect(all).toContain('Tool: ');
		expect(all).toContain('You:  non-reply');
		expect(all).toContain('Note: verwijst alleen door');
		expect(all).toContain('deflects.cross-reference');
		expect(all).toContain('Footnotes');
		expect(all).toContain('1 Kamerstuk 26 643');
		for (const line of lines) {
			expect(textWidth(line)).toBeLessThanOrEqual(80);
		}
	});

	it('says so when the letter gives no answer', () => {
		const lines = detailLines(reviewed[5]!, [], 80).map(line => text(line));
		expect(lines.join('\n')).toContain('gives no answer');
	});
});

describe('the header subject', () => {
	it('drops the "Beantwoording Kamervragen … over" preamble', async () => {
		const {shortSubject} = await import('../../source/ui/components/header.js');
		expect(shortSubject('Beantwoording Kamervragen van het lid Van den Berg (JA21) over digitale soevereiniteit en DigiD.')).toBe('Digitale soevereiniteit en DigiD.');
		expect(shortSubject('Kamervragen over het bericht dat de NVWA faalt')).toBe('Dat de NVWA faalt');
		expect(shortSubject('Uitstel beantwoording')).toBe('Uitstel beantwoording');
	});

	it('names a letter without subject or asker by its numbers and who answered', async () => {
		const {headerLines} = await import('../../source/ui/components/header.js');
		const lines = headerLines({caseNumber: '2024Z14247', aanhangselNumber: '609', answeredBy: 'minister Van Hijum (Sociale Zaken en Werkgelegenheid)', received: '2024-11-19'}, 0, 15, 0).map(line => line.map(segment => segment.text).join(''));
		expect(lines[0]).toBe('Aanhangsel 609 · 2024Z14247');
		expect(lines[1]).toBe('answered by minister Van Hijum (Sociale Zaken en Werkgelegenheid) · 2024-11-19 · 0/15 reviewed');
		expect(headerLines({}, 0, 1, 0)[0]!.map(segment => segment.text).join('')).toBe('(no subject)');
		// At 80 columns the answerer gives way, and the progress stays.
		const narrow = headerLines({caseNumber: '2024Z14247', answeredBy: 'minister Van Hijum (Sociale Zaken en Werkgelegenheid)', received: '2024-11-19'}, 3, 15, 0, 79)[1]!.map(segment => segment.text).join('');
		expect(narrow.endsWith('2024-11-19 · 3/15 reviewed')).toBe(true);
		expect(narrow.length).toBeLessThanOrEqual(78);
		expect(narrow).toContain('answered by minister Van Hijum');
		// Narrower still, with notices: the date and days give way too, and the row fits.
		expect(headerLines({received: '2024-11-19', daysToNotice: 21}, 0, 3, 1, 100, 'postponement')[1]!.map(segment => segment.text).join('')).toBe('2024-11-19 · postponed after 21 days · 0/3 reviewed · 1 notice (see help)');
		const tight = headerLines({answeredBy: 'minister Van Hijum (Sociale Zaken en Werkgelegenheid)', received: '2024-11-19', daysToAnswer: 37}, 0, 3, 2, 59)[1]!.map(segment => segment.text).join('');
		expect(tight.length).toBeLessThanOrEqual(58);
		expect(tight).toContain('0/3 reviewed');
		// An emoji is never cut in half.
		const emoji = headerLines({answeredBy: `minister Ab${'😀'.repeat(38)}`, received: '2024-11-19'}, 0, 3, 0, 60)[1]!.map(segment => segment.text).join('');
		expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
	});
});

describe('sub-questions', () => {
	it('are lettered inside the question, and listed apart only when not found in it', async () => {
		const {subQuestionInserts, highlightSpans} = await import('../../source/ui/detail.js');
		const question = 'Kent u het bericht? Wat vindt u ervan?';
		const {inserts, unplaced} = subQuestionInserts(question, ['Kent u het bericht?', 'Wat vindt u ervan?', 'Elders?']);
		expect(unplaced).toEqual(['(c) Elders?']);
		const {segments} = highlightSpans(question, [{rule: 'closed.verb-first', text: 'Kent u', start: 0, end: 6}], 'question', 1, inserts);
		expect(segments.map(segment => segment.text).join('')).toBe('(a) Kent u‹1› het bericht? (b) Wat vindt u ervan?');
	});
});

describe('wrapping one unbroken token', () => {
	// Linear work: measured again for every line it fills, 500,000 characters would not wrap within the test's ceiling.
	it('cuts a 500,000-character token into full lines, every character kept', () => {
		const token = 'https://example.org/'.padEnd(500_000, 'abcdefghij');
		const lines = wrapSegments([{text: `zie ${token} einde`, token: 'plain'}], 99, '  ');
		const body = lines.map(line => text(line)).join('\n');
		expect(body.replaceAll(/\n {2}/gu, '')).toBe(`zie\n${token} einde`.replace('\n', ''));
		expect(lines.every(line => textWidth(text(line)) <= 99)).toBe(true);
	});
});
