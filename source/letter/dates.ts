const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The Dutch month names as an alternation for a regular expression ("januari|februari|…"). */
export const monthNames = months.join('|');

/** A Dutch date such as "4 juni 2026" (also "4juni2026" from PDF text), as YYYY-MM-DD. */
export const dutchDate = new RegExp(String.raw`(\d{1,2})\s*(${monthNames})\s*(\d{4})`, 'iu');

/** Converts the parts of a `dutchDate` match into YYYY-MM-DD, or undefined when not a real date. */
export function toIsoDate(day: string, month: string, year: string): string | undefined {
	const monthIndex = months.indexOf(month.toLowerCase());
	const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
	if (monthIndex < 0 || date.getUTCDate() !== Number(day)) {
		return undefined;
	}

	return date.toISOString().slice(0, 10);
}

/** The first Dutch date in a text, as YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
	const match = dutchDate.exec(text);
	return match ? toIsoDate(match[1]!, match[2]!, match[3]!) : undefined;
}

/** Calendar days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
