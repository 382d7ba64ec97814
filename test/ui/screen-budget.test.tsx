// Reading the screen without the help page: column header, marks legend, the asks line, and room for the answer.
import {stripVTControlCharacters} from 'node:util';
import {render} from 'ink-testing-library';
import {beforeAll, describe, expect, it} from 'vitest';
import {seedLetterPath} from '../../source/commands/review.js';
import {readLetterFile} from '../../source/letter/index.js';
import type {Letter} from '../../source/letter/model.js';
import {scoreLetter, type Scorecard} from '../../source/scoring/index.js';
import type {AnswerScore, Ask} from '../../source/scoring/model.js';
import {ReviewerApp} from '../../source/ui/components/app.js';
import {asksLine, detailLayout} from '../../source/ui/detail.js';
import {mergeAnswer} from '../../source/store/merge.js';
import {answerLinesWanted} from '../../source/ui/layout.js';
import {createTheme} from '../../source/ui/theme.js';
import {press, waitForFrame} from './ink-helpers.js';
import {resize} from './render-app.js';

const plain = (frame: string) => stripVTControlCharacters(frame);
const text = (line: ReturnType<typeof asksLine>) => (line ?? []).map(segment => segment.text).join('');

let letter: Letter;
let scorecard: Scorecard;
beforeAll(async () => {
	letter = await readLetterFile(seedLetterPath);
	scorecard = scoreLetter(letter);
});

/** The seed's scorecard with three asks on every answer, as the judging work will fill them in. */
function withAsks(card: Scorecard): Scorecard {
	const ask = (kind: Ask['kind'], addressed: boolean | null, answer: string | null): Ask => ({
		text: 'wanneer', start: 0, end: 7, kind, addressed,
		evidence: addressed === true && answer !== null ? [{rule: 'asks.when', text: answer.slice(0, 3), start: 0, end: 3}] : [],
	});
	const answers: AnswerScore[] = card.answers.map(answer => ({...answer, asks: [ask('when', true, answer.answer), ask('which', false, answer.answer), ask('what', null, answer.answer)]}));
	return {...card, answers};
}

function renderOn(card: Scorecard, columns: number, rows: number) {
	const instance = render(
		<ReviewerApp letter={letter} scorecard={card} annotations={{}} sidecar="test.review.json" save={async () => undefined} theme={createTheme({noColor: true})} now={() => '2026-07-01T10:00:00.000Z'}/>,
	);
	resize(instance.stdout, columns, rows);
	return instance;
}

/** Lines of answer text visible: from the "── Answer" heading to the status row, or to the footer's legend. */
function answerLinesShown(frame: string): number {
	const lines = plain(frame).split('\n');
	const heading = lines.findIndex(line => line.startsWith('── Answer'));
	const end = lines.findIndex((line, index) => index > heading && /^(?:review kept in|saved in|saving to) /u.test(line));
	return heading === -1 || end === -1 ? 0 : lines.slice(heading + 1, end).filter(line => line.trim() !== '' && !/^(?:Tool|You): /u.test(line)).length;
}

describe('the asks line', () => {
	it('marks each ask ✓ addressed, ✗ not, ? cannot tell, on one line', () => {
		const asks = withAsks(scorecard).answers[0]!.asks;
		expect(text(asksLine(asks, 80))).toBe('asks:  ✓ when  ✗ which  ? what');
		expect(asksLine([], 80)).toBeUndefined();
		const many = Array.from({length: 12}, () => asks[1]!);
		expect(text(asksLine(many, 40)).length).toBeLessThanOrEqual(40);
		expect(text(asksLine(many, 40))).toMatch(/…$/u);
	});

	it('shows under the question only when there are asks', async () => {
		const {lastFrame} = renderOn(withAsks(scorecard), 80, 24);
		const frame = plain(await waitForFrame(lastFrame, current => current.includes('reviewed')));
		const lines = frame.split('\n');
		const asks = lines.findIndex(line => line.startsWith('asks:'));
		expect(asks).toBeGreaterThan(0);
		expect(lines[asks + 1]).toMatch(/^── Answer/u);
		const without = renderOn({...scorecard, answers: scorecard.answers.map(answer => ({...answer, asks: []}))}, 80, 24);
		expect(plain(await waitForFrame(without.lastFrame, current => current.includes('reviewed')))).not.toContain('asks:');
	});
});

describe('the list and its marks', () => {
	it('has a header row naming its columns, and a legend of every mark in the footer', async () => {
		const {lastFrame} = renderOn(scorecard, 80, 24);
		const frame = plain(await waitForFrame(lastFrame, current => current.includes('reviewed')));
		const lines = frame.split('\n');
		const header = lines.findIndex(line => /^ +nr +clarity +score +flags +yours/u.test(line));
		expect(header).toBe(2);
		expect(lines[header + 1]).toMatch(/^▸ +1 /u);
		const legend = lines.find(line => line.startsWith('Y/N')) ?? '';
		for (const mark of ['Y/N', '?', '·', 'D deflects', 'C confidential', 'F future', '–']) {
			expect(legend, mark).toContain(mark);
		}

		expect(frame).toContain('0/22 reviewed');
	});
});

describe('room for the answer', () => {
	it.each([[80, 24], [60, 15]])('shows at least the wanted answer lines at %i×%i on every seed question, asks line included', async (columns, rows) => {
		const {stdin, lastFrame} = renderOn(withAsks(scorecard), columns, rows);
		// The first frame may be drawn before the resize reaches the app.
		let frame = await waitForFrame(lastFrame, current => current.includes('reviewed') && plain(current).split('\n').every(line => [...line].length <= columns) && plain(current).split('\n').every(line => !line.endsWith('…') || !line.startsWith('── question')) && (rows < 24 || plain(current).split('\n').some(line => /^── question .*─$/u.test(line))));
		const wanted = answerLinesWanted(rows);
		for (const [index, answer] of scorecard.answers.entries()) {
			if (index > 0) {
				// eslint-disable-next-line no-await-in-loop
				frame = await press(stdin, lastFrame, 'j', current => plain(current).includes(`question ${answer.number} (`));
			}

			const lines = plain(frame).split('\n');
			expect(lines.length, `${answer.number}`).toBeLessThanOrEqual(rows - 1);
			expect(plain(frame), `${answer.number}`).toContain('reviewed');
			// All of a short answer. At 60×15 a question of over 300 characters (3 of the seed's 22, up to
			// 428) is cut to leave the answer its lines, and shown whole below it.
			const laid = detailLayout(mergeAnswer(String(answer.number), withAsks(scorecard).answers[index]!, undefined), [], columns - 1);
			const answerLines = laid.lines.slice(laid.answerStart).findIndex(line => line.length === 0);
			const floor = Math.min(wanted, answerLines);
			expect(answerLinesShown(frame), `question ${answer.number}:\n${plain(frame)}`).toBeGreaterThanOrEqual(floor);
		}
	});
});

describe('a question too long for a small terminal', () => {
	it('is cut to the lines given, with a pointer, and shown whole below the answer', () => {
		const index = scorecard.answers.findIndex(answer => answer.question.length > 300);
		const reviewed = mergeAnswer(String(scorecard.answers[index]!.number), scorecard.answers[index]!, undefined);
		const whole = detailLayout(reviewed, [], 59);
		const cut = detailLayout(reviewed, [], 59, {questionLines: 3});
		const text = (lines: typeof whole.lines) => lines.map(line => line.map(segment => segment.text).join(''));
		expect(whole.questionLines).toBeGreaterThan(3);
		expect(cut.answerStart).toBe(whole.answerStart - whole.questionLines + 3);
		expect(text(cut.lines)[2]).toContain('… the whole question follows the answer');
		const below = text(cut.lines).indexOf('── The whole question');
		expect(below).toBeGreaterThan(cut.answerStart);
		expect(text(cut.lines).slice(below + 1, below + 1 + whole.questionLines)).toEqual(text(whole.lines).slice(0, whole.questionLines));
	});
});
