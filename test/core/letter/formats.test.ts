import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseLetter, readLetterFile, type Letter} from '../../../source/letter/index.js';
import {docxToText} from '../../../source/letter/read-docx.js';
import {fixtureLetter, fixturePath, question} from './fixtures.js';

type Expected = {
	readonly file: string;
	readonly count: number;
	/** Questions the letter leaves without an answer. */
	readonly unanswered?: readonly number[];
	/** Answers shared by several questions, as printed ("Antwoord op vragen 3 en 4"). */
	readonly groups?: readonly (readonly number[])[];
	readonly footnotes?: number;
	/** The start of one answer, to show it is attached to the right number. */
	readonly answer: readonly [number, RegExp];
};

// Counted by reading each letter. Word letters: "Vraag N" / "Antwoord op vraag N" after a cover letter.
const wordLetters: Expected[] = [
	{file: 'jenv-2024Z11859-politiebureau-wolvega.docx', count: 8, groups: [[3, 8]], answer: [8, /^Het hoofdlijnenakkoord zal in de komende periode/u]},
	{file: 'jenv-2024-hoofddoekjes-boa.docx', count: 9, groups: [[4, 5, 6, 7]], footnotes: 4, answer: [9, /^Nee, ik deel deze mening niet\./u]},
	{file: 'jenv-2023Z19677-niet-noodnummer-brandweer.docx', count: 10, groups: [[2, 3], [4, 5], [7, 8, 9]], footnotes: 3, answer: [7, /^Zoals gemeld in het antwoord op vragen 4 en 5/u]},
	{file: 'jenv-2024-me-er-arnhem-religie.docx', count: 3, footnotes: 3, answer: [3, /^Hierover zijn geen cijfers bekend\./u]},
	{file: 'jenv-lvvn-2024Z11889-politiehonden.docx', count: 22, groups: [[11, 12, 13]], footnotes: 5, answer: [22, /^Politiehonden leveren een onvervangbare bijdrage/u]},
	{file: 'lnv-jenv-2023Z14759-bijtincidenten-honden.docx', count: 14, footnotes: 5, answer: [14, /^Helaas is het niet gelukt om deze vragen binnen/u]},
	// The answers to 5 and 6 have no "Antwoord" heading: they follow the question's paragraph.
	{file: 'jenv-2023Z16994-argos-sammy-baker.docx', count: 6, groups: [[3, 4]], footnotes: 4, answer: [6, /^Ik ben bekend met dit rapport\./u]},
	// One answer is given to questions 3, 4, 5, 9 and 10, out of order.
	{file: 'jenv-ienw-2023Z19006-milieudelicten-politie.docx', count: 12, groups: [[3, 4, 5, 9, 10]], footnotes: 5, answer: [12, /^Nee\. Het betreft verschillende zaken\./u]},
];

// Historical OCR pages: inline numbers, answers after "Antwoord van …".
const ocrLetters: Expected[] = [
	// The page ends before the answer to question 6.
	{file: 'sgd-1975-1976-0000193236.txt', count: 6, unanswered: [6], groups: [[4, 5]], answer: [2, /^Ook deze vraag wordt bevestigend beantwoord\./u]},
	// OCR lost the number of question 2; the answers "1 en 2" and "3, 4 en 5" name it.
	{file: 'sgd-1979-1980-0000167392.txt', count: 5, groups: [[1, 2], [3, 4, 5]], answer: [3, /^Op 15 april jl\. zijn met de directeuren/u]},
	{file: 'sgd-1982-1983-0000142096.txt', count: 5, answer: [3, /^Neen\.$/u]},
	{file: 'sgd-1983-1984-0000133258.txt', count: 4, answer: [4, /^Voor wat betreft de provincie Overijssel kwamen 2 projecten/u]},
	{file: 'sgd-1986-1987-0000107672.txt', count: 6, footnotes: 2, answer: [5, /^Het eerste deel van de vraag kan ontkennend/u]},
	// OCR lost answer 4's number: it is the paragraph after answer 3 ("… heb ik besloten tot een
	// steunmaatregel"); "1D e schade" is OCR for "1 De schade".
	{file: 'sgd-1989-1990-0000036072.txt', count: 4, answer: [4, /^Naar aanleiding van de resultaten van de enquête/u]},
	// Questions 1 and 2 are answered together; question 3 lost its number but has answer 3.
	{file: 'sgd-1992-1993-0000011486.txt', count: 3, groups: [[1, 2]], footnotes: 1, answer: [3, /^België en Frankrijk hebben/u]},
];

const words = (text: string) => text.toLowerCase().replaceAll(/[-\u00AD]/gu, '').match(/\p{L}{4,}/gu) ?? [];

/** Words of the source that appear nowhere in the letter's questions, answers and footnotes. */
function dropped(letter: Letter, source: string): string[] {
	const kept = new Set(words([...letter.questions.flatMap(q => [q.text, q.answer ?? '']), ...letter.footnotes.map(note => note.text)].join(' ')));
	return words(source).filter(word => !kept.has(word) && !['vraag', 'vragen', 'antwoord', 'antwoorden'].includes(word));
}

function checks({count, unanswered = [], groups = [], footnotes, answer: [number, start]}: Expected, letter: Letter): void {
	expect(letter.kind).toBe('answers');
	expect(letter.questions.map(q => q.number)).toEqual(Array.from({length: count}, (_, index) => index + 1));
	expect(letter.questions.filter(q => q.answer === null).map(q => q.number)).toEqual(unanswered);
	for (const group of groups) {
		for (const member of group) {
			expect(question(letter, member).answeredWith).toEqual(group);
		}
	}

	expect(letter.questions.filter(q => q.answeredWith.length > 1).length).toBe(groups.flat().length);
	expect(question(letter, number).answer).toMatch(start);
	if (footnotes !== undefined) {
		expect(letter.footnotes).toHaveLength(footnotes);
	}
}

describe.each(wordLetters)('Word letter $file', expected => {
	it(`reads ${expected.count} questions with their answers, footnotes kept apart, nothing dropped`, async () => {
		const letter = await readLetterFile(fixturePath(expected.file));
		expect(letter.layout).toBe('ministry');
		checks(expected, letter);
		for (const note of letter.footnotes) {
			expect(letter.questions.some(q => q.answer?.includes(note.text))).toBe(false);
		}

		const text = await docxToText(new Uint8Array(readFileSync(fixturePath(expected.file))));
		const body = text.slice(text.search(/^Vraag 1$/mu)).replaceAll(/\[footnoteRef:\d+\]/gu, '');
		expect(dropped(letter, body)).toEqual([]);
	});
});

describe.each(ocrLetters)('OCR page $file', expected => {
	it(`reads ${expected.count} questions, answers on the right numbers, nothing dropped`, async () => {
		const letter = await readLetterFile(fixturePath(expected.file));
		expect(letter.layout).toBe('ocr');
		checks(expected, letter);
		const text = readFileSync(fixturePath(expected.file), 'utf8');
		const answers = text.slice(text.search(/\(Ontvangen/u)).replace(/^[^)]*\)/u, '');
		const lost = dropped(letter, answers).filter(word => !/^(?:tweede|kamer|zitting|vergaderjaar|aanhangsel|issn|uitgeverij|gravenhage|sgravenhage|plantijnstraat)$/u.test(word));
		expect(lost).toEqual([]);
	});
});

describe('the Word letter that answers two questions without an "Antwoord" heading', () => {
	it('splits the answer from the question at the paragraph that ends the question', async () => {
		const letter = await readLetterFile(fixturePath('jenv-2023Z16994-argos-sammy-baker.docx'));
		expect(question(letter, 5).text).toMatch(/geweldsaanwendingen door de po.*\?$/u);
		expect(question(letter, 5).answer).toMatch(/^Er wordt middels het Handelingskader primair ingezet op zorg/u);
		expect(question(letter, 6).footnoteIds).toContain('3)');
	});
});

describe('a ministry\'s Word letter without the "Vragen van het lid … (ingezonden …)" preamble', () => {
	it('takes the members, parties and subject from the cover letter\'s sentence about the questions', async () => {
		const letter = await readLetterFile(fixturePath('jenv-2024Z11859-politiebureau-wolvega.docx'));
		expect(letter.meta).toMatchObject({
			askedBy: 'Mutluer, Lahlah, Boswijk, Helder',
			party: 'GroenLinks-PvdA, CDA, BBB',
			subject: 'de sluiting van het politiebureau in Wolvega',
		});
	});

	it('reads who answered from the heading, the ministers asked, and the subject without "Beantwoording van Kamervragen …"', async () => {
		const honden = await readLetterFile(fixturePath('lnv-jenv-2023Z14759-bijtincidenten-honden.docx'));
		expect(honden.meta).toMatchObject({
			answeredBy: 'minister van Landbouw, Natuur en Voedselkwaliteit mede namens de minister van Justitie en Veiligheid',
			ministersAsked: 'ministers van Landbouw, Natuur en Voedselkwaliteit en van Justitie en Veiligheid',
		});
		const argos = await readLetterFile(fixturePath('jenv-2023Z16994-argos-sammy-baker.docx'));
		expect(argos.meta).toMatchObject({subject: 'een uitzending van Argos over de dood van Sammy Baker', party: 'PvdA, GroenLinks'});
		// Its cover sentence is garbled ("de vragen van Beantwoording van Kamervragen van het van het lid …"): the heading names the asker.
		const milieu = await readLetterFile(fixturePath('jenv-ienw-2023Z19006-milieudelicten-politie.docx'));
		expect(milieu.meta).toMatchObject({
			askedBy: 'Beckerman',
			party: 'SP',
			answeredBy: 'Minister van Justitie en Veiligheid mede namens de staatssecretaris van Infrastructuur en Waterstaat',
		});
		expect(milieu.meta.subject).toMatch(/^het artikel 'Agenten willen meer aandacht voor milieu/u);
		// "Ons kenmerk" left blank is printed "-".
		expect((await readLetterFile(fixturePath('jenv-lvvn-2024Z11889-politiehonden.docx'))).meta.reference).toBeUndefined();
	});

	it('reads a postponement notice\'s askers, subject and date from "Op 6 november jl. hebben de leden … vragen gesteld"', () => {
		expect(fixtureLetter('ministry-ah615-uitstel.txt').meta).toMatchObject({
			askedBy: 'Gabriëls, Bromet',
			party: 'GroenLinks-PvdA',
			subject: 'de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen',
			submitted: '2024-11-06',
			daysToNotice: 14,
		});
	});

	it('never takes askers from an answer that mentions other members\' questions', () => {
		const text = 'Vraag 1\nKlopt het bericht?\nAntwoord op vraag 1\nIk verwijs naar de antwoorden op de vragen van het lid Mutluer (GroenLinks-PvdA) over jeugdcriminaliteit in Rotterdam.\n';
		const letter = parseLetter(text, 'brief.txt');
		expect(letter.meta.askedBy).toBeUndefined();
		expect(letter.meta.subject).toBeUndefined();
	});

	it('reads "Temmink en Van Nispen (beiden SP)" as two members of the SP', async () => {
		const letter = await readLetterFile(fixturePath('jenv-2023Z19677-niet-noodnummer-brandweer.docx'));
		expect(letter.meta.members).toEqual([{name: 'Temmink', party: 'SP'}, {name: 'Van Nispen', party: 'SP'}]);
	});
});
