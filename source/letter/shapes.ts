// What a letter's letterhead, its questions and its first question look like; the reader, the
// metadata and the PDF line builder share these, so they agree.
import {findDate} from './dates.js';

/** The letterhead's labels whose value is a date or a code. */
export const letterheadLabel = String.raw`(?:Datum|Onze referentie|Ons kenmerk|Uw kenmerk|Kenmerk|Uw brief)`;

/** A reference is a code ("2026-0000294466", "5086975", "BZ2407724"), or "-" when left blank. */
export const referenceLike = (value: string): boolean => /^(?:[-–—]|[\p{L}\d][\p{L}\d./_-]{0,39}\d[\p{L}\d./_-]*)$/u.test(value);

/** A value a letterhead label can have: a date ("25 juni 2026") or a reference. */
export const letterheadValue = (value: string): boolean => referenceLike(value) || (value.length <= 30 && findDate(value) !== undefined);

/** What follows a question's number: "1. Kunt", "1) Kunt", "1.Kunt" (the space lost), "1<tab>Kunt" (a table as text). */
export const afterNumber = String.raw`(?:[.)][ \t]+(?=\S)|[.)](?=\p{Lu})|\t+(?=\p{Lu}))`;

/** The start of a letter's first question: "Vraag 1", "VRAAG 1", "Vraag nr. 1" or question 1 as above. */
export const firstQuestionStart = String.raw`^[ \t]*(?:\[bookmark:[^\]\n]*\][ \t]*)*(?:(?:Vraag|VRAAG)[ \t]+(?:(?:nr\.?|nummer)[ \t]*)?1\b|1${afterNumber})`;

// A paragraph that asks: it ends in "?", perhaps with a footnote mark ("…bericht? 1)"). Only its last
// characters are looked at, so a long run of spaces costs nothing.
const askingEnd = /\?(?:\s*(?:\d{1,3}\)|\[\d{1,3}\]))?$/u;

/** Whether a paragraph asks (ends in a question mark). */
export const asks = (paragraph: string): boolean => askingEnd.test(paragraph.trimEnd().slice(-12));
