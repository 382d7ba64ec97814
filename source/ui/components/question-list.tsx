import {flagMarks, firstWords} from '../../commands/score-format.js';
import type {AnswerScore} from '../../scoring/model.js';
import type {Annotation, Annotations} from '../../store/model.js';
import {listWindow} from '../layout.js';
import type {Line} from '../wrap.js';
import {LineBlock} from './styled-line.js';

/** The answer's flags as the reviewer has them: the tool's, with every flag the reviewer set instead. */
function reviewedFlags(answer: AnswerScore, annotation: Annotation): AnswerScore {
	const flags = answer.flags;
	return {
		...answer,
		flags: {
			direct: annotation.direct === undefined ? flags.direct : {...flags.direct, value: annotation.direct},
			deflects: annotation.deflects === undefined ? flags.deflects : {...flags.deflects, value: annotation.deflects},
			confidential: annotation.confidential === undefined ? flags.confidential : {...flags.confidential, value: annotation.confidential},
			future: annotation.future === undefined ? flags.future : {...flags.future, value: annotation.future},
		},
	};
}

/**
 * One list row: marker, number, the tool's clarity, score and flag marks, then yours: your verdict, and
 * your flag marks when you have set any flag otherwise than the tool; then the question's first words.
 */
export function listRow(answer: AnswerScore, annotation: Annotation | undefined, selected: boolean, width: number): Line {
	const marker = selected ? '▸ ' : '  ';
	const clarity = (answer.answer === null ? 'no answer' : answer.clarity).padEnd(10);
	const tool = flagMarks(answer);
	const fixed = `${marker}${String(answer.number).padStart(3)} ${clarity} ${String(answer.score).padStart(3)} ${tool} `;
	const verdict = annotation?.verdict;
	const yours = annotation === undefined ? tool : flagMarks(reviewedFlags(answer, annotation));
	const mine = `${verdict ?? '–'}${yours === tool ? '' : ` ${yours}`}`.padEnd(16);
	const room = Math.max(1, width - fixed.length - mine.length - 1);
	const question = firstWords(answer.question, room);
	if (selected) {
		return [{text: `${fixed}${mine} ${question}`.padEnd(width - 1), token: 'selected'}];
	}

	return [
		{text: fixed, token: 'plain'},
		{text: mine, token: verdict === undefined && yours === tool ? 'muted' : 'reviewer'},
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
		return listRow(answer, annotations[keys[index] ?? ''], index === selected, width);
	});
	return <LineBlock lines={lines} height={height}/>;
}
