import type {LetterMeta, Member} from './model.js';
import {daysBetween, findDate, toIsoDate} from './dates.js';
import {firstQuestionStart, referenceLike} from './shapes.js';

const flat = (text: string) => text.replaceAll(/\s+/gu, ' ').trim();

/**
 * The value printed after a label such as "Datum" or "Onze referentie": on the line after it, or on
 * the same line ("Datum 25 juni 2026", "Ons kenmerk: 5086975"; a PDF joins the letterhead column so).
 * `accept` says which values can be this label's: a line of an answer is not a reference.
 */
function labelledValue(text: string, label: RegExp, accept: (value: string) => boolean = () => true): string | undefined {
	for (const match of text.matchAll(new RegExp(String.raw`^[ \t]*(?:${label.source})(?:[ \t]*:?[ \t]*\n\s*|[ \t]*:?[ \t]+)(\S[^\n]*)`, 'gimu'))) {
		const value = match[1]!.trim();
		if (accept(value)) {
			return value;
		}
	}

	return undefined;
}

/**
 * The "Vragen van het lid X (PARTY) … aan de … over … (ingezonden …)" preamble, which every
 * layout has in some form; flattened to one line.
 */
function preamble(text: string): string | undefined {
	// "VRAGEN van de leden …" in capitals before 1975.
	const match = /(?:Vra(?:ag|gen)|VRA(?:AG|GEN)) (?:gesteld )?van (?:het lid|de leden)\s[\s\S]{0,1500}?(?:ingezonden|Ingezonden)\s*\d{1,2}\s*\p{L}+\s*\d{4}\)?\.?/u.exec(text);
	return match ? flat(match[0]) : undefined;
}

/**
 * Without that preamble, the sentence that says whose questions these are: a ministry's cover letter
 * ("… deel ik u mede dat de vragen van de leden X (P) en Y (Q) over Z worden beantwoord …") or its
 * heading ("Antwoorden … op Kamervragen van het lid X (P) over Z."); flattened, ending after Z.
 */
function questionsClause(text: string): {clause: string; about: string; asked?: {day: string; month: string; year?: string}} | undefined {
	// A postponement notice: "Op 6 november jl. hebben de leden Gabriëls en Bromet (beiden GroenLinks-PvdA)
	// schriftelijke vragen gesteld aan de minister van … over de berichten dat …."; read as the clause
	// "van de leden … aan de … over …".
	const notice = /(?:Op\s+(\d{1,2})\s+(\p{L}+)(?:\s+(\d{4}))?(?:\s+jl\.)?\s*,?\s+)?(?:heeft|hebben)\s+(het lid|de leden)\s+([^\n]{2,300}?)\s+(?:schriftelijke\s+)?(?:Kamer)?vragen\s+gesteld\s+(aan\s+(?:de|het)\s[^\n]{3,300}?)\s+over\s+([^\n]{3,300}?)\.\s*$/imu.exec(text);
	if (notice) {
		const [, day, month, year, who, names, to, about] = notice;
		const asked = day === undefined || month === undefined ? {} : {asked: {day, month, ...(year === undefined ? {} : {year})}};
		return {clause: flat(`van ${who!} ${names!} ${to!} over ${about!}`), about: flat(about!), ...asked};
	}

	const joined = text.replaceAll(/(?<=\S)[ \t]*\n[ \t]*(?=van (?:het lid|de leden)\s)/gu, ' ');
	// The cover letter's sentence first; else a heading or subject line, which has no full stop.
	const clauseOver = String.raw`vragen\s+van\s+(?:het lid|de leden)\s[^\n]{0,600}?\sover\s([^\n]{3,300}?)`;
	const match = new RegExp(String.raw`${clauseOver}(?:\s+(?:worden|wordt|zijn|is)\s+(?:hierbij\s+)?beantwoord|\.\s*$)`, 'imu').exec(joined)
		?? new RegExp(String.raw`${clauseOver}\s*$`, 'imu').exec(joined);
	return match ? {clause: flat(match[0]), about: flat(match[1]!)} : undefined;
}

/** Members and parties from "het lid Van den Berg (JA21)" or "de leden Koekkoek (Volt), Van Nispen (SP) en Ceder (ChristenUnie)". */
export function parseMembers(clause: string): Member[] {
	const body = /van (?:het lid|de leden)\s+(.*?)(?:\s+\(\d{4}Z\d+\))?\s+(?:aan|over)\s/u.exec(clause)?.[1];
	if (body === undefined) {
		return [];
	}

	const members: Member[] = [];
	const pending: string[] = [];
	for (const part of body.split(/\s*,\s*|\s+en\s+/u)) {
		const withParty = /^(.*?)\s*\(([^)]+)\)$/u.exec(part.trim());
		if (withParty) {
			pending.push(withParty[1]!);
			for (const name of pending.splice(0)) {
				// "Temmink en Van Nispen (beiden SP)": the party is SP.
				members.push({name: name.trim(), party: withParty[2]!.trim().replace(/^(?:beiden|beide|allen|alle\s+\S+)\s+/iu, '')});
			}
		} else if (part.trim()) {
			pending.push(part.trim());
		}
	}

	members.push(...pending.map(name => ({name})));
	return members
		.map(member => ({...member, name: cleanName(member.name)}))
		.filter(member => member.name.length > 0 && member.name.length < 60);
}

/** Repairs PDF damage to a name: a detached accent ("Kostic ´" → "Kostić") and a lost space ("DaniëlleJansen"). */
function cleanName(name: string): string {
	return name
		.replaceAll(/(\p{L}) ?\u00B4/gu, '$1\u0301')
		.normalize('NFC')
		.replaceAll(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2')
		.trim();
}

/** Reads what metadata the letter states; every field is optional. */
export function readMeta(text: string): LetterMeta {
	const head = text.slice(0, 12_000);
	const clause = preamble(head);
	const meta: Record<string, unknown> = {};

	// The letter's own facts stand before its first question; a date, case number or "ingezonden" date
	// after it belongs to an answer or to other questions the letter cites ("eerdere vragen …, ingezonden
	// 2 oktober 2024 (2024Z14814)").
	const firstQuestion = head.search(new RegExp(firstQuestionStart, 'mu'));
	const front = firstQuestion >= 0 ? head.slice(0, firstQuestion) : head;
	const dateLine = labelledValue(front, /Datum/u, value => findDate(value) !== undefined);
	// Older letters and some templates date the letter "Den Haag, 25 juni 2026".
	meta.date = dateLine ? findDate(dateLine) : findDate(/^[ \t]*(?:Den Haag|'s-Gravenhage|s-Gravenhage),?[ \t]+([^\n]{6,30})$/mu.exec(front)?.[1] ?? '');
	// A blank "Ons kenmerk" is printed as "-".
	meta.reference = labelledValue(front, /Onze referentie|Ons kenmerk|Kenmerk/u, referenceLike)?.replace(/^[-–—]$/u, '');
	const betreft = labelledValue(head, /Betreft|Onderwerp/u);
	meta.caseNumber = /\b(\d{4}Z\d{4,6})\b/u.exec(front)?.[1];
	meta.aanhangselNumber = /Aanhangsel van de Handelingen[^\n]*\n(?:[^\n]*\n){0,3}?\s*(\d{1,4})\s*\n/u.exec(head)?.[1] ?? /^AH\s+(\d{1,4})\b/mu.exec(head)?.[1];

	// Without the preamble, the cover letter's sentence about the questions, read only before the first
	// question: an answer may well mention "de vragen van het lid X over Y".
	const stated = clause === undefined ? questionsClause(front) : undefined;
	const members = parseMembers(clause ?? stated?.clause ?? '');
	if (members.length > 0) {
		meta.members = members;
		meta.askedBy = members.map(member => member.name).join(', ');
		const parties = [...new Set(members.map(member => member.party).filter(Boolean))];
		meta.party = parties.length > 0 ? parties.join(', ') : undefined;
	}

	// A postponement notice names the case after the questions: "De vragen van de leden Van den Hil (VVD)
	// en Bikker (ChristenUnie) over … (2024Z16988) kunnen … niet … worden beantwoord". Only a sentence
	// about this letter's own askers counts.
	meta.caseNumber ??= members.length > 0 ? ownCaseNumber(head.slice(front.length), members) : undefined;

	const asked = clause ?? stated?.clause;
	if (asked) {
		meta.ministersAsked = /\saan (?:de|het|den) (.+?)\s+over\s/u.exec(asked)?.[1];
	}

	const about = clause ? /\sover (.+?)\s*(?:\([Ii]ngezonden|\.\s*Ingezonden|\(\d{4}Z\d+\))/u.exec(clause)?.[1] : stated?.about;
	meta.subject = betreft ?? about?.replace(/[.:;,\s]+$/u, '');
	const submitted = /ingezonden\s*(\d{1,2})\s*(\p{L}+)\s*(\d{4})/iu.exec(clause ?? front);
	meta.submitted = submitted ? toIsoDate(submitted[1]!, submitted[2]!, submitted[3]!) : forwardedOn(front);

	const answer = /(?:Antwoord|Mededeling|ANTWOORD|MEDEDELING) (?:van|namens) ((?:de )?(?:minister|staatssecretaris|Minister|Staatssecretaris|minister-president|Minister-President)[\s\S]{0,200}?)\s{0,3}\(?\s{0,3}\(?(?:ontvangen|Ontvangen)\s{0,3}(\d{1,2})\s{0,3}(\p{L}+)\s{0,3}(\d{4})/u.exec(head);
	if (answer) {
		meta.answeredBy = flat(answer[1]!).replace(/[\s.(]+$/u, '');
		meta.received = toIsoDate(answer[2]!, answer[3]!, answer[4]!);
	} else {
		// The heading of a ministry's answers names all who answer: "Antwoorden van de minister van Landbouw,
		// Natuur en Voedselkwaliteit mede namens de minister van Justitie en Veiligheid op Kamervragen …";
		// else the signature, "De minister van Justitie en Veiligheid,".
		const answeredBy = /^Antwoord(?:en)? van (?:de )?((?:minister|staatssecretaris|Minister|Staatssecretaris)[^\n]{3,250}?)\s+op\s+(?:de\s+)?(?:Kamer)?vragen/mu.exec(head)?.[1]
			?? /^(?:Antwoord(?:en)? van (?:de )?|De )((?:minister|staatssecretaris|Minister|Staatssecretaris)[^\n,]{3,120})/mu.exec(head)?.[1];
		meta.answeredBy = answeredBy ? flat(answeredBy).replace(/[\s.,]+$/u, '') : undefined;
	}

	if (typeof meta.subject === 'string') {
		// "Beantwoording Kamervragen van het lid X (P) over digitale soevereiniteit…": keep what it is about.
		meta.subject = flat(meta.subject.replace(/^(?:(?:Beantwoording|Antwoorden?)(?:\s+(?:van|op))?\s+(?:de\s+)?)?(?:Kamer)?vragen\s+(?:van\s+(?:het lid|de leden)\s+)?[^]*?\sover\s+/iu, '')).replace(/\.$/u, '');
	}

	const end = (meta.received ?? meta.date) as string | undefined;
	if (meta.submitted === undefined && stated?.asked !== undefined) {
		// "Op 6 november jl.": this year's, or last year's when that date is after the notice.
		const {day, month, year} = stated.asked;
		const thisYear = year ?? end?.slice(0, 4);
		const date = thisYear === undefined ? undefined : toIsoDate(day, month, thisYear);
		meta.submitted = year === undefined && date !== undefined && end !== undefined && date > end ? toIsoDate(day, month, String(Number(thisYear) - 1)) : date;
	}

	if (typeof meta.submitted === 'string' && end !== undefined && end >= meta.submitted) {
		meta.daysToAnswer = daysBetween(meta.submitted, end);
	}

	return Object.fromEntries(Object.entries(meta).filter(([, value]) => value !== undefined && value !== '')) as LetterMeta;
}

/**
 * The date of the Kamer's letter that sent the questions, which a ministry's Word letter answers
 * without an "ingezonden" date: "In antwoord op uw brief van 5 juli 2024", "Naar aanleiding van uw
 * brief van …", or its letterhead's "Uw brief" (van) with a date.
 */
function forwardedOn(front: string): string | undefined {
	const sentence = /\b(?:antwoord op|aanleiding van|beantwoording van|reactie op)\s+uw\s+brief\s+van\s+(\d{1,2}\s*\p{L}+\s*\d{4})/iu.exec(front)?.[1];
	const letterhead = labelledValue(front, /Uw brief(?: van)?/u, value => value.length <= 40 && findDate(value) !== undefined);
	return findDate(sentence ?? letterhead ?? '');
}

/** A case number after the questions, in a sentence about "de vragen van" this letter's own members. */
function ownCaseNumber(text: string, members: readonly Member[]): string | undefined {
	for (const match of text.matchAll(/vragen van (?:het lid|de leden)\s([^.?!]{0,400}?)\((\d{4}Z\d{4,6})\)/giu)) {
		if (!/eerdere|aanvulling/iu.test(text.slice(Math.max(0, match.index - 60), match.index)) && members.every(member => match[1]!.includes(member.name))) {
			return match[2];
		}
	}

	return undefined;
}
