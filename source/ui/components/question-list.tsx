import {flagMarks} from '../../text/flag-marks.js';
import {firstWords} from '../../text/width.js';
import type {AnswerScore} from '../../scoring/model.js';
import {flagNames} from '../../scoring/flags.js';
import type {Annotation, Annotations} from '../../store/model.js';
import {listWindow} from '../layout.js';
import type {Line} from '../wrap.js';
import {LineBlock} from './styled-line.js';

/** The answer's flags as the reviewer has them: the tool's, with every flag the reviewer set instead. */
function reviewedFlags(answer: AnswerScore, annotation: Annotation): AnswerScore {
	const flags = Object.fromEntries(flagNames.map(flag => {
		const mine = annotation[flag];
		return [flag, mine === undefined ? answer.flags[flag] : {...answer.flags[flag], value: mine}];
	}));
	return {...answer, flags: flags as AnswerScore['flags']};
}

/** Columns of "your" verdict and flags: narrower on a narrow terminal, where verdicts are shortened. */
export function mineWidth(width: number): number {
	return width >= 79 ? 16 : 11;
}

const shortVerdict: Readonly<Record<string, string>> = {clear: 'clear', ambivalent: 'ambiv', 'non-reply': 'non-r', skipped: 'skip'};

/** The row naming the list's columns, above the first question. */
export function listHeader(width: number): Line {
	const text = `  ${'nr'.padStart(3)} ${'clarity'.padEnd(10)} ${'score'} ${'flags'} ${'yours'.padEnd(mineWidth(width))} question`;
	return [{text: text.slice(0, Math.max(0, width - 1)), token: 'heading'}];
}

/** The legend of the list's marks, for the footer's first line: as long as the width allows. */
export function marksLegend(width: number): Line {
	const forms = [
		'flags: Y/N yes/no given · ? neither · · not a yes/no question (or flag off) · D deflects · C confidential · F future · – no verdict',
		'Y/N yes/no · ? neither · · not yes/no or off · D deflects · C confidential · F future · – no verdict',
		'Y/N yes/no ? neither · open/off D deflects C confidential F future – none',
		'Y/N yes/no ?neither ·open/off D defl. C conf. F future –none',
	];
	const text = forms.find(form => form.length <= width - 1) ?? forms.at(-1)!.slice(0, Math.max(0, width - 1));
	return [{text, token: 'muted'}];
}

/**
 * One list row: marker, number, the tool's clarity, score and flag marks, then yours: your verdict, and
 * your flag marks when you have set any flag otherwise than the tool; then the question's first words.
 */
export function listRow(answer: AnswerScore, annotation: Annotation | undefined, selected: boolean, width: number): Line {
	const marker = selected ? '▸ ' : '  ';
	const clarity = (answer.answer === null ? 'no answer' : answer.clarity).padEnd(10);
	const tool = flagMarks(answer);
	const fixed = `${marker}${String(answer.number).padStart(3)} ${clarity} ${String(answer.score).padStart(5)} ${tool.padEnd(5)} `;
	const verdict = annotation?.verdict ?? (annotation?.skipped === true ? 'skipped' : undefined);
	const yours = annotation === undefined ? tool : flagMarks(reviewedFlags(answer, annotation));
	const columns = mineWidth(width);
	const said = verdict === undefined ? '–' : (columns < 16 ? shortVerdict[verdict] ?? verdict : verdict);
	const mine = `${said}${yours === tool ? '' : ` ${yours}`}`.padEnd(columns);
	const room = Math.max(1, width - fixed.length - mine.length - 1);
	const question = firstWords(answer.question, room);
	if (selected) {
		return [{text: `${fixed}${mine} ${question}`.padEnd(width - 1), token: 'selected'}];
	}

	return [
		{text: fixed, token: 'plain'},
		{text: mine, token: annotation?.verdict === undefined && yours === tool ? 'muted' : 'reviewer'},
		{text: ` ${question}`, token: 'plain'},
	];
}

/** The question list, `height` rows, scrolled to keep the selection in view; `shown` are the answers a filter keeps (all without one). */
export function QuestionList(props: {
	readonly answers: readonly AnswerScore[];
	readonly keys: readonly string[];
	readonly annotations: Annotations;
	readonly selected: number;
	readonly height: number;
	readonly width: number;
	readonly shown?: readonly number[];
	/** Draw the column header row above the list. */
	readonly header?: boolean;
}) {
	const {answers, keys, annotations, selected, height, width} = props;
	const header = props.header === true ? [listHeader(width)] : [];
	if (answers.length === 0) {
		return <LineBlock lines={[...header, [{text: 'This letter has no questions to review.', token: 'muted'}]]} height={height + header.length}/>;
	}

	const shown = props.shown ?? answers.map((_, index) => index);
	const at = Math.max(0, shown.indexOf(selected));
	const start = listWindow(at, shown.length, height);
	const lines = shown.slice(start, start + height).map(index => listRow(answers[index]!, annotations[keys[index] ?? ''], index === selected, width));
	return <LineBlock lines={[...header, ...lines]} height={height + header.length}/>;
}
