import {describe, expect, it} from 'vitest';
import {allAnswers, fixtureLetter, question} from './fixtures.js';

type Case = {
	readonly file: string;
	readonly layout: string;
	readonly count: number;
	readonly firstQuestion: RegExp;
	readonly firstAnswer: RegExp;
	readonly lastAnswerEnd: string;
	readonly groups?: readonly number[][];
	readonly footnotes?: number;
	readonly meta?: Record<string, unknown>;
};

// Read by hand. A grouped question ("Vraag 4 en 5") counts once per number, so 575, 584 and 595
// have 9, 7 and 67 questions where the corpus table counts 8, 5 and 64 printed "Vraag" headings.
const cases: Case[] = [
	{file: 'ah-tk-20242025-594.txt', layout: 'aanhangsel', count: 11, firstQuestion: /^Bent u op de hoogte van bovenstaand bericht/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'productieafhankelijk zijn.', footnotes: 3, meta: {aanhangselNumber: '594', askedBy: 'Daniëlle Jansen', party: 'Nieuw Sociaal Contract', submitted: '2024-10-30', received: '2024-11-19', daysToAnswer: 20}},
	{file: 'ah-tk-20242025-575.txt', layout: 'aanhangsel', count: 9, firstQuestion: /^Deelt u de mening dat het een volstrekt verkeerd besluit/u, firstAnswer: /^De jaarlijkse top op het niveau van regeringsleiders/u, lastAnswerEnd: 'gelijkgezinde landen.', groups: [[4, 5]], footnotes: 2, meta: {askedBy: 'Boswijk', party: 'CDA', submitted: '2024-10-24', received: '2024-11-18', daysToAnswer: 25}},
	{file: 'ah-tk-20242025-573.txt', layout: 'aanhangsel', count: 6, firstQuestion: /^Klopt het dat Faissal Taghi/u, firstAnswer: /^Ik ga niet in op de situatie van individuele gedetineerden\.$/u, lastAnswerEnd: 'zo spoedig mogelijk beantwoord.', meta: {aanhangselNumber: '573', askedBy: 'Ellian', party: 'VVD'}},
	{file: 'ah-tk-20242025-584.txt', layout: 'aanhangsel', count: 7, firstQuestion: /^Bent u bekend met het door de Kamer aangenomen/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'welke-opleidingen-hebben-een-numerus-fixus.', groups: [[2, 3], [5, 6]], footnotes: 2, meta: {askedBy: 'Martens-America', party: 'VVD', submitted: '2024-09-27', received: '2024-11-18'}},
	{file: 'ah-tk-20242025-583.txt', layout: 'aanhangsel', count: 20, firstQuestion: /^Bent u bekend met het artikel «The brutal truth/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'migranten verder te versterken.', footnotes: 8, meta: {askedBy: 'Koekkoek, Van Nispen, Ceder', party: 'Volt, SP, ChristenUnie', submitted: '2024-09-20', received: '2024-11-18', daysToAnswer: 59}},
	{file: 'ah-tk-20242025-571.txt', layout: 'aanhangsel', count: 24, firstQuestion: /^Heeft u kennisgenomen van het onderzoek van House/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'toezicht op paardentransporten intensiveren.', footnotes: 3, meta: {askedBy: 'Kostić', party: 'PvdD', submitted: '2024-06-24', received: '2024-11-18', daysToAnswer: 147}},
	{file: 'ah-tk-20242025-595.txt', layout: 'aanhangsel', count: 67, firstQuestion: /^Bent u bekend met het het advies «Legal consequences/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'van de Palestijnse Gebieden.', groups: [[16, 17, 18, 19]], footnotes: 1, meta: {askedBy: 'Van Baarle', party: 'DENK', submitted: '2024-09-04', received: '2024-11-19'}},
	{file: 'ah-tk-20242025-585.txt', layout: 'aanhangsel', count: 1, firstQuestion: /^Kan de Kamer de correspondentie ontvangen/u, firstAnswer: /^De NCTV heeft op dit moment/u, lastAnswerEnd: 'vanzelfsprekend met uw Kamer gedeeld.', meta: {askedBy: 'Van Houwelingen', party: 'FVD'}},
	{file: 'ah-tk-20242025-597.txt', layout: 'aanhangsel', count: 10, firstQuestion: /^Bent u bekend met het bericht «TikTok schrapt/u, firstAnswer: /^Ja$/u, lastAnswerEnd: 'Ja', footnotes: 4, meta: {askedBy: 'Kathmann', party: 'GroenLinks-PvdA', subject: 'het ontslag van het gehele TikTok moderatieteam in Nederland'}},
	{file: 'ah-tk-20242025-577.txt', layout: 'aanhangsel', count: 9, firstQuestion: /^Bent u bekend met het recente wetenschappelijke/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'nader aandacht aan worden besteed.', footnotes: 5, meta: {askedBy: 'Teunissen', party: 'PvdD', daysToAnswer: 33}},
	{file: 'ah-tk-20242025-561.txt', layout: 'aanhangsel', count: 7, firstQuestion: /^Bent u bekend met dit bericht over een nieuwe/u, firstAnswer: /^Ja\.$/u, lastAnswerEnd: 'binnen de genoemde termijn te beantwoorden.', footnotes: 4, meta: {askedBy: 'Vlottes', party: 'PVV', submitted: '2024-11-01', received: '2024-11-15', daysToAnswer: 14}},
	{file: 'ministry-ah604-vraag-antwoord-op-vraag.txt', layout: 'ministry', count: 8, firstQuestion: /^Hoe is het Landelijk kwaliteitskader/u, firstAnswer: /^In zijn initiatiefnota ‘Opvoeden die handel’/u, lastAnswerEnd: 'structurele gemeentelijke aanpak.', groups: [[3, 4]], meta: {caseNumber: '2024Z18294', aanhangselNumber: '604', received: '2024-11-20'}},
	{file: 'ministry-ah609-numbered-grouped.txt', layout: 'word-text', count: 15, firstQuestion: /^Bent u bekend met het bericht ‘Paniek over veiligheid/u, firstAnswer: /^Ja, hier ben ik mee bekend\.$/u, lastAnswerEnd: 'naar het nieuwe pensioenstelsel te maken.', groups: [[4, 5, 6, 7], [9, 10, 11, 12, 13, 14]], meta: {caseNumber: '2024Z14247'}},
	{file: 'ministry-ah610-bare-numbers.txt', layout: 'ministry', count: 7, firstQuestion: /^Welke mogelijkheden bestaan er/u, firstAnswer: /^Om te borgen dat de waterinjectie/u, lastAnswerEnd: 'bij aan werkgelegenheid.', meta: {caseNumber: '2024Z15078', received: '2024-11-19'}},
	{file: 'ministry-ah616-bare-antwoord.txt', layout: 'ministry', count: 9, firstQuestion: /^Bent u bekend met de toenemende druk/u, firstAnswer: /^Ja, daar ben ik mee bekend\.$/u, lastAnswerEnd: 'op 11 november 2024.', meta: {caseNumber: '2024Z15900'}},
];

describe.each(cases)('$file', ({file, layout, count, firstQuestion, firstAnswer, lastAnswerEnd, groups = [], footnotes, meta}) => {
	const letter = fixtureLetter(file);

	it(`has ${count} questions numbered 1–${count}, each answered`, () => {
		expect(letter.layout).toBe(layout);
		expect(letter.kind).toBe('answers');
		expect(letter.questions.map(q => q.number)).toEqual(Array.from({length: count}, (_, index) => index + 1));
		const unanswered = letter.questions.filter(q => q.answer === null).map(q => q.number);
		expect(unanswered).toEqual(file.endsWith('597.txt') ? [7] : []);
	});

	it('attaches the first and last answers to the right questions, dropping nothing', () => {
		expect(letter.questions[0]!.text).toMatch(firstQuestion);
		expect(letter.questions[0]!.answer).toMatch(firstAnswer);
		expect(allAnswers(letter).trimEnd().endsWith(lastAnswerEnd)).toBe(true);
	});

	it('shares grouped answers', () => {
		for (const group of groups) {
			const answers = group.map(number => question(letter, number));
			for (const shared of answers) {
				expect(shared.answeredWith).toEqual(group);
				expect(shared.answer).toBe(answers[0]!.answer);
			}
		}
	});

	it('keeps page furniture and footnotes out of questions and answers', () => {
		if (footnotes !== undefined) {
			expect(letter.footnotes.map(note => note.id)).toEqual(Array.from({length: footnotes}, (_, index) => String(index + 1)));
		}

		for (const {text, answer} of letter.questions) {
			expect(`${text}\n${answer ?? ''}`).not.toMatch(/ah-tk-20242025|ISSN 0921|vergaderjaar 2024–2025, Aanhangsel/u);
		}
	});

	it('reads the metadata', () => {
		expect(letter.meta).toMatchObject(meta ?? {});
	});
});

describe('grouped questions and footnotes in published letters', () => {
	it('splits a grouped question block into its questions', () => {
		const letter = fixtureLetter('ah-tk-20242025-575.txt');
		expect(question(letter, 4).text).toMatch(/^Klopt het dat de Secretaris-Generaal.*Zo ja, wat vindt u hiervan\?$/u);
		expect(question(letter, 5).text).toMatch(/^Deelt u de mening dat het een verkeerd signaal is/u);
		const many = fixtureLetter('ah-tk-20242025-595.txt');
		expect(question(many, 17).text).toMatch(/^Wat is uw reactie op paragraaf 129/u);
		expect(question(many, 19).text).toMatch(/^Wat vindt u ervan dat Israël als bezettende macht/u);
		const two = fixtureLetter('ah-tk-20242025-584.txt');
		expect(question(two, 3).text).toMatch(/^Kunt u aangeven hoe de voortgang verloopt/u);
		expect(question(two, 6).text).toMatch(/^Hoe helpt u onderwijsinstellingen/u);
	});

	it('keeps body text that a line starting with a number would otherwise lose to a footnote', () => {
		const letter = fixtureLetter('ah-tk-20242025-583.txt');
		expect(question(letter, 5).answer).toContain('De Commissie werkt');
		expect(letter.footnotes[1]!.text).toMatch(/^2023 Annual report/u);
		const climate = fixtureLetter('ah-tk-20242025-577.txt');
		expect(allAnswers(climate)).not.toContain('Overigens betreft het geen conclusies');
		expect(climate.footnotes[1]!.text).toMatch(/^Overigens betreft het geen conclusies/u);
	});

	it('rejoins words split at line ends and keeps real hyphens', () => {
		const letter = fixtureLetter('ah-tk-20242025-584.txt');
		expect(allAnswers(letter)).toContain('Registratie instellingen');
		expect(allAnswers(letter)).toContain('Martens-America');
	});
});

describe('answers in a ministry letter that are labelled without numbers', () => {
	it('reads the answer under a bare "Antwoord" as the answer to the question above it', () => {
		const letter = fixtureLetter('ministry-ah616-bare-antwoord.txt');
		expect(question(letter, 9).answer).toMatch(/^Helaas heeft de beantwoording van deze vragen vertraging opgelopen/u);
	});

	it('takes the case number and submission date from the letter itself, not from questions it cites', () => {
		// Each of these cites other questions or a Kamerstuk after its own questions.
		expect(fixtureLetter('csv-row-el-abassi.txt').meta.caseNumber).toBeUndefined();
		expect(fixtureLetter('csv-row-erkens.txt').meta.caseNumber).toBeUndefined();
		const crijns = fixtureLetter('csv-row-crijns.txt').meta;
		expect(crijns.caseNumber).toBe('2024Z14815');
		expect(crijns.submitted).toBeUndefined();
		expect(crijns.daysToAnswer).toBeUndefined();
		// A postponement notice names its own case after the questions ("De vragen van de leden … (2024Z16988)").
		expect(fixtureLetter('ah-tk-20242025-562-uitstel.txt').meta.caseNumber).toBe('2024Z16988');
	});

	it('counts a postponement notice\'s days to the notice, not to an answer', () => {
		const {meta} = fixtureLetter('ah-tk-20242025-562-uitstel.txt');
		expect(meta.daysToAnswer).toBeUndefined();
		expect(meta.daysToNotice).toBe(21);
	});

	it('reads a postponement notice without questions as a postponement, not an error', () => {
		const letter = fixtureLetter('ministry-ah615-uitstel.txt');
		expect(letter.kind).toBe('postponement');
		expect(letter.notices[0]).toBe('postponement notice: the answers are postponed');
	});
});
