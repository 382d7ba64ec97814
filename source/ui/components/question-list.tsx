import {flagMarks, firstWords} from '../../commands/score-format.js';
import type {AnswerScore} from '../../scoring/model.js';
import type {Annotations} from '../../store/model.js';
import {listWindow} from '../layout.js';
import type {Line} from '../wrap.js';
import {LineBlock} from './styled-line.js';

/** One list row: marker, number, tool clarity and score, flag marks, your verdict, the question's first words. */
export function listRow(answer: AnswerScore, verdict: string | undefined, selected: boolean, width: number): Line {
	const marker = selected ? '▸ ' : '  ';
	const clarity = (answer.answer === null ? 'no answer' : answer.clarity).padEnd(10);
	const fixed = `${marker}${String(answer.number).padStart(3)} ${clarity} ${String(answer.score).padStart(3)} ${flagMarks(answer)} `;
	const mine = (verdict ?? '–').padEnd(11);
	const room = Math.max(1, width - fixed.length - mine.length - 1);
	const question = firstWords(answer.question, room);
	if (selected) {
		return [{text: `${fixed}${mine} ${question}`.padEnd(width - 1), token: 'selected'}];
	}

	return [
		{text: fixed, token: 'plain'},
		{text: mine, token: verdict === undefined ? 'muted' : 'reviewer'},
		{text: ` ${question}`, token: 'plain'},
	];
}

/** The question list, `height` rows, scrolled to keep the selection in view. */
export function QuestionList(props: {
	readonly answers: readonly AnswerScore[];
	readonly keys: readonly string[];
	readonly annotations: Annotations;
	readonly selected: number;
	readonly height: number;
	readonly width: number;
}) {
	const {answers, keys, annotations, selected, height, width} = props;
	if (answers.length === 0) {
		return <LineBlock lines={[[{text: 'This letter has no questions to review.', token: 'muted'}]]} height={height}/>;
	}

	const start = listWindow(selected, answers.length, height);
	const lines = answers.slice(start, start + height).map((answer, offset) => {
		const index = start + offset;
		return listRow(answer, annotations[keys[index] ?? '']?.verdict, index === selected, width);
	});
	return <LineBlock lines={lines} height={height}/>;
}
