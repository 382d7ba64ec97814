/** The layouts a letter can arrive in; each has its own reader. */
export type LetterLayout =
	| 'word-text' // A ministry's Word letter converted to text (the seed's layout): "1." numbered questions.
	| 'aanhangsel' // The published Aanhangsel van de Handelingen, text from the PDF: "Vraag N" / "Antwoord N".
	| 'ministry' // A ministry's Word letter as text: "Vraag N" … "Antwoord op vraag N".
	| 'ocr'; // Historical scanned Aanhangsel pages: bare numbers "1 Hebben…", answers after "Antwoord".

/** What kind of document a letter is: answers, or a notice that the answers are postponed. */
export type LetterKind = 'answers' | 'postponement' | 'questions-only';

/** One member of parliament who asked the questions. */
export type Member = {
	/** Surname as printed, e.g. "Van den Berg". */
	readonly name: string;
	/** Party abbreviation as printed, e.g. "JA21"; undefined when not given. */
	readonly party?: string;
};

/** Facts about a letter, each present only where the letter states it. Dates are YYYY-MM-DD. */
export type LetterMeta = {
	/** Date of the letter itself (the "Datum" of the cover letter). */
	readonly date?: string;
	/** "Onze referentie" / "Kenmerk". */
	readonly reference?: string;
	/** What the questions are about, from "Betreft" or the "over …" clause. */
	readonly subject?: string;
	/** Names of the members who asked, joined with ", ". */
	readonly askedBy?: string;
	/** Parties of those members, distinct, joined with ", ". */
	readonly party?: string;
	/** Each member with their party. */
	readonly members?: readonly Member[];
	/** The ministers / state secretaries the questions were addressed to, as printed. */
	readonly ministersAsked?: string;
	/** Who answered, as printed (e.g. "Staatssecretaris Coenradie (Justitie en Veiligheid)"). */
	readonly answeredBy?: string;
	/** Date the questions were submitted ("ingezonden"). */
	readonly submitted?: string;
	/** Date the answers were received ("ontvangen"). */
	readonly received?: string;
	/** Tweede Kamer case number, e.g. "2026Z12034". */
	readonly caseNumber?: string;
	/** Number in the Aanhangsel van de Handelingen, e.g. "573". */
	readonly aanhangselNumber?: string;
	/** Calendar days from submitted to received (or to the letter date). */
	readonly daysToAnswer?: number;
	/** In a postponement notice, which answers nothing yet: calendar days from submitted to the notice. */
	readonly daysToNotice?: number;
};

/** A footnote, with its marker as printed and its text. */
export type Footnote = {
	readonly id: string;
	readonly text: string;
};

/** One numbered question and the answer given to it. */
export type Question = {
	/** The number as printed in the letter. */
	readonly number: number;
	/** The question text, normalised, without its number. */
	readonly text: string;
	/** The answer text, or null when the letter gives none. A grouped answer is repeated for each question. */
	readonly answer: string | null;
	/** All question numbers that share this answer ("Antwoord op vragen 2 en 3"); just [number] otherwise. */
	readonly answeredWith: readonly number[];
	/** Ids of the footnotes referenced in the question or the answer. */
	readonly footnoteIds: readonly string[];
};

/** A letter read from any format into one shape. */
export type Letter = {
	/** The path as given by the user. */
	readonly source: string;
	readonly layout: LetterLayout;
	readonly kind: LetterKind;
	readonly meta: LetterMeta;
	/** Questions in number order. */
	readonly questions: readonly Question[];
	readonly footnotes: readonly Footnote[];
	/** Things a reader should know: duplicate numbers, gaps, a postponement. */
	readonly notices: readonly string[];
	/** Hex SHA-256 of the normalised text, so annotations can be tied to this letter. */
	readonly fingerprint: string;
};
