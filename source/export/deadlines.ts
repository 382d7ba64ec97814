// Deadline phrases as written in answers ("later dit jaar", "vóór het zomerreces", "eind 2026") resolved
// to a date. The whole rule set is the table below; README-style notes on each row say how it was chosen.

/** A deadline resolved to a calendar date, with the table row that resolved it. */
export type ResolvedDeadline = {
	/** YYYY-MM-DD: the last day by which the promise is due. */
	readonly date: string;
	/** The name of the row in `deadlineTable` that resolved it. */
	readonly rule: string;
};

/** What a row gets to resolve a phrase: the regex match and the letter date, when known. */
type Context = {
	readonly match: RegExpExecArray;
	/** The letter date (meta.date, else meta.received), YYYY-MM-DD; undefined when unknown. */
	readonly letterDate: string | undefined;
};

/** One row of the table: a phrase pattern and how to turn it into a date (undefined: cannot). */
export type DeadlineRow = {
	readonly name: string;
	/** Readable regular-expression source; a space matches any white space or none (PDF text glues words). */
	readonly phrase: string;
	/** Human description for the docs: what the phrase resolves to. */
	readonly means: string;
	readonly resolve: (context: Context) => string | undefined;
};

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const monthPattern = `(${months.join('|')})`;
const yearPattern = '(20\\d\\d)';
const voor = '(?:vóór|voor)';

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const yearOf = (date: string | undefined) => (date === undefined ? undefined : Number(date.slice(0, 4)));
const monthIndex = (name: string | undefined) => months.indexOf((name ?? '').toLowerCase()) + 1;

/**
 * The start of the Tweede Kamer's summer recess, approximated as the first Friday of July: the recess
 * runs from the Friday after the last sitting week in early July (5 July 2024, 4 July 2025, 3 July 2026).
 */
export function summerRecessStart(year: number): string {
	return iso(year, 7, firstWeekday(year, 7, 5));
}

/** The start of the Christmas recess, approximated as the last Friday before 25 December. */
export function christmasRecessStart(year: number): string {
	const christmas = new Date(Date.UTC(year, 11, 25)).getUTCDay();
	const back = ((christmas - 5 + 7) % 7) || 7;
	return iso(year, 12, 25 - back);
}

/** Prinsjesdag: the third Tuesday of September. */
export function prinsjesdag(year: number): string {
	return iso(year, 9, firstWeekday(year, 9, 2) + 14);
}

function firstWeekday(year: number, month: number, weekday: number): number {
	const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
	return 1 + ((weekday - first + 7) % 7);
}

/** A yearly moment in the letter's year, or next year's when the letter is already past it. */
function nextOccurrence(moment: (year: number) => string) {
	return ({letterDate}: Context) => {
		const year = yearOf(letterDate);
		if (year === undefined || letterDate === undefined) {
			return undefined;
		}

		const thisYear = moment(year);
		return letterDate < thisYear ? thisYear : moment(year + 1);
	};
}

/** A fixed day of a year named in the phrase (group 1), else of the letter's year. */
function dayOfYear(month: number, day: number | 'last') {
	return ({match, letterDate}: Context) => {
		const year = match[1] === undefined ? yearOf(letterDate) : Number(match[1]);
		return year === undefined ? undefined : iso(year, month, day === 'last' ? lastDay(year, month) : day);
	};
}

/** A fixed day of the year after the letter's. */
function dayOfNextYear(month: number, day: number) {
	return ({letterDate}: Context) => {
		const year = yearOf(letterDate);
		return year === undefined ? undefined : iso(year + 1, month, day);
	};
}

/** A day of a month named in group 1, in the year of group 2 or the letter's (next year when the month is past). */
function dayOfMonth(day: (year: number, month: number) => number, shift = 0) {
	return ({match, letterDate}: Context) => {
		let month = monthIndex(match[1]);
		let year = match[2] === undefined ? yearOf(letterDate) : Number(match[2]);
		if (year === undefined || month === 0) {
			return undefined;
		}

		if (match[2] === undefined && letterDate !== undefined && iso(year, month, lastDay(year, month)) < letterDate) {
			year += 1;
		}

		month += shift;
		if (month === 0) {
			month = 12;
			year -= 1;
		}

		return iso(year, month, day(year, month));
	};
}

const seasonEnds = {voorjaar: [6, 20], lente: [6, 20], zomer: [9, 22], najaar: [12, 21], herfst: [12, 21], winter: [3, 20]} as const;
type Season = keyof typeof seasonEnds;
const seasonPattern = `(${Object.keys(seasonEnds).join('|')})`;

/** End of the season in group 1: in the year of group 2, else the letter's, or the next when the letter is past it. */
function seasonEnd() {
	return ({match, letterDate}: Context) => {
		const end: readonly [number, number] | undefined = seasonEnds[(match[1] ?? '').toLowerCase() as Season];
		const named = match[2] === undefined ? undefined : Number(match[2]);
		const year = named ?? yearOf(letterDate);
		if (year === undefined || end === undefined) {
			return undefined;
		}

		const [month, day] = end;
		if (month === 0) {
			return undefined;
		}

		const date = iso(year, month, day);
		return named === undefined && letterDate !== undefined && date < letterDate ? iso(year + 1, month, day) : date;
	};
}

/**
 * The deadline table, most specific first; the first row whose phrase occurs in the deadline wins.
 * Rows that resolve to undefined mark phrases that name no date on purpose ("binnenkort").
 */
export const deadlineTable: readonly DeadlineRow[] = [
	{name: 'exact-date', phrase: `(\\d{1,2}) ${monthPattern} ${yearPattern}`, means: 'that day ("per 1 juli 2025", "vóór 1 januari 2027")', resolve({match}) {
		const month = monthIndex(match[2]);
		const day = Number(match[1]);
		const year = Number(match[3]);
		return month > 0 && day <= lastDay(year, month) ? iso(year, month, day) : undefined;
	}},
	{name: 'summer-recess', phrase: `${voor} (?:de zomer|het zomerreces)(?: van)?(?: ${yearPattern})?`, means: 'start of the summer recess (first Friday of July) of the named year, else the next one after the letter date', resolve(context) {
		return context.match[1] === undefined ? nextOccurrence(summerRecessStart)(context) : summerRecessStart(Number(context.match[1]));
	}},
	{name: 'after-summer-recess', phrase: '(?:na|direct na|kort na) (?:de zomer|het zomerreces)', means: '30 September after the next summer recess (the first weeks after it)', resolve: nextOccurrence(year => iso(year, 9, 30))},
	{name: 'after-christmas-recess', phrase: '(?:na|direct na|kort na) (?:de kerst|het kerstreces)', means: '31 January after the next Christmas recess (the first weeks after it)', resolve: nextOccurrence(year => iso(year, 1, 31))},
	{name: 'christmas-recess', phrase: `${voor} (?:de kerst|het kerstreces)`, means: 'start of the Christmas recess (last Friday before 25 December)', resolve: nextOccurrence(christmasRecessStart)},
	{name: 'prinsjesdag', phrase: `${voor} Prinsjesdag`, means: 'Prinsjesdag (third Tuesday of September)', resolve: nextOccurrence(prinsjesdag)},
	{name: 'end-of-this-year', phrase: `(?:later dit jaar|eind(?:e)? dit jaar|aan het eind(?:e)? van dit jaar|${voor} (?:het )?(?:einde|eind) van (?:het|dit) jaar|${voor} de jaarwisseling|dit jaar|nog dit jaar)`, means: '31 December of the letter\'s year', resolve: dayOfYear(12, 'last')},
	{name: 'next-year-begin', phrase: '(?:begin|in het begin van) volgend jaar', means: '31 March of the year after the letter', resolve: dayOfNextYear(3, 31)},
	{name: 'next-year-mid', phrase: '(?:medio|midden) volgend jaar', means: '30 June of the year after the letter', resolve: dayOfNextYear(6, 30)},
	{name: 'next-year', phrase: '(?:(?:eind(?:e)?|in de loop van|in het|in) )?volgend jaar', means: '31 December of the year after the letter', resolve: dayOfNextYear(12, 31)},
	{name: 'this-season', phrase: `(?:later )?dit ${seasonPattern}`, means: 'end of that season in the letter\'s year, or the next when the letter is past it: a promise is never due before it is made (voorjaar 20 June, zomer 22 September, najaar 21 December, winter 20 March)', resolve: seasonEnd()},
	{name: 'season', phrase: `(?:in|vóór|voor|rond) (?:het|de) ${seasonPattern}(?: van)?(?: ${yearPattern})?`, means: 'end of that season, in the named year, else the next one after the letter date', resolve: seasonEnd()},
	{name: 'quarter', phrase: `(?:in )?het (eerste|tweede|derde|vierde) kwartaal(?: van)?(?: ${yearPattern})?`, means: 'last day of that quarter, in the named year, else the letter\'s, or the next year\'s when the letter is past it', resolve({match, letterDate}) {
		const quarter = ['eerste', 'tweede', 'derde', 'vierde'].indexOf((match[1] ?? '').toLowerCase()) + 1;
		let year = match[2] === undefined ? yearOf(letterDate) : Number(match[2]);
		if (year === undefined || quarter === 0) {
			return undefined;
		}

		// A promise is never due before it is made: "in het tweede kwartaal" in a November letter is next year's.
		if (match[2] === undefined && letterDate !== undefined && iso(year, quarter * 3, lastDay(year, quarter * 3)) < letterDate) {
			year += 1;
		}

		return iso(year, quarter * 3, lastDay(year, quarter * 3));
	}},
	{name: 'before-month', phrase: `${voor} ${monthPattern}(?: ${yearPattern})?`, means: 'last day of the month before it ("vóór juli 2026" → 2026-06-30)', resolve: dayOfMonth((year, month) => lastDay(year, month), -1)},
	{name: 'begin-month', phrase: `begin ${monthPattern}(?: ${yearPattern})?`, means: 'the 10th of that month', resolve: dayOfMonth(() => 10)},
	{name: 'mid-month', phrase: `(?:medio|midden) ${monthPattern}(?: ${yearPattern})?`, means: 'the 15th of that month', resolve: dayOfMonth(() => 15)},
	{name: 'month', phrase: `(?:eind(?:e)?|in|uiterlijk|in de loop van) ${monthPattern}(?: ${yearPattern})?`, means: 'last day of that month', resolve: dayOfMonth((year, month) => lastDay(year, month))},
	{name: 'year-begin', phrase: `(?:begin|in het begin van) ${yearPattern}`, means: '31 March of that year (end of the first quarter)', resolve: dayOfYear(3, 31)},
	{name: 'year-mid', phrase: `(?:medio|midden|halverwege) ${yearPattern}`, means: '30 June of that year', resolve: dayOfYear(6, 30)},
	{name: 'before-year', phrase: `${voor} ${yearPattern}`, means: '31 December of the year before ("voor 2035" → 2034-12-31)', resolve: ({match}) => iso(Number(match[1]) - 1, 12, 31)},
	{name: 'from-year', phrase: `(?:vanaf|per) ${yearPattern}`, means: '1 January of that year (when it starts)', resolve: dayOfYear(1, 1)},
	{name: 'year', phrase: `(?:eind(?:e)?|in|uiterlijk|rond|tot) (?:het jaar )?${yearPattern}`, means: '31 December of that year ("eind 2026", "in 2030")', resolve: dayOfYear(12, 'last')},
	{name: 'next-month', phrase: 'volgende maand', means: 'last day of the month after the letter', resolve({letterDate}) {
		if (letterDate === undefined) {
			return undefined;
		}

		const [year, month] = letterDate.split('-').map(Number) as [number, number];
		return month === 12 ? iso(year + 1, 1, 31) : iso(year, month + 1, lastDay(year, month + 1));
	}},
	{name: 'vague', phrase: '(?:binnenkort|op korte termijn|in de (?:nabije )?toekomst|te zijner tijd|zo (?:spoedig|snel) mogelijk|(?:de |het )?komende? \\p{L}+|op (?:de )?(?:middel)?lange(?:re)? termijn|volgende week)', means: 'no date: the phrase names none', resolve: () => undefined},
];

const source = (row: DeadlineRow) => `(?<![\\p{L}\\p{N}])${row.phrase.replaceAll(' ', '\\s*')}(?![\\p{L}\\p{N}])`;
const compiled = deadlineTable.map(row => ({row, regex: new RegExp(source(row), 'iu'), sticky: new RegExp(source(row), 'iuy')}));

/**
 * The date a deadline phrase resolves to, from the letter date (meta.date, else meta.received).
 * Undefined when the phrase names no date ("binnenkort") or needs a letter date that is missing.
 */
export function resolveDeadline(phrase: string, letterDate: string | undefined): ResolvedDeadline | undefined {
	const text = phrase.normalize('NFC');
	for (const {row, regex} of compiled) {
		const match = regex.exec(text);
		if (match) {
			const date = row.resolve({match, letterDate});
			return date === undefined ? undefined : {date, rule: row.name};
		}
	}

	return undefined;
}

/**
 * Resolves the deadline that starts at `start` in `text`, reading on past the phrase the scoring found
 * when a row matches more ("in het najaar" + " van 2025"). Returns the phrase as matched, or undefined
 * when no row matches there.
 */
export function resolveDeadlineAt(text: string, start: number, letterDate: string | undefined): (Partial<ResolvedDeadline> & {readonly phrase: string}) | undefined {
	let best: {row: DeadlineRow; match: RegExpExecArray} | undefined;
	for (const {row, sticky} of compiled) {
		sticky.lastIndex = start;
		const match = sticky.exec(text);
		if (match && (best === undefined || match[0].length > best.match[0].length)) {
			best = {row, match};
		}
	}

	if (best === undefined) {
		return undefined;
	}

	const date = best.row.resolve({match: best.match, letterDate});
	return date === undefined ? {phrase: best.match[0]} : {phrase: best.match[0], date, rule: best.row.name};
}

/** The deadline table as a Markdown table, for the docs (source/export/README.md holds a copy, checked by a test). */
export function formatDeadlineTable(): string {
	const escape = (text: string) => text.replaceAll('|', String.raw`\|`);
	return [
		'| Rule | Phrase (regular expression; a space matches any white space or none) | Resolves to |',
		'|---|---|---|',
		...deadlineTable.map(row => `| ${row.name} | \`${escape(row.phrase)}\` | ${escape(row.means)} |`),
	].join('\n');
}
