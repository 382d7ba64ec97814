// The question an answer points to ("Zie het antwoord op vraag 6"), for `o`. Pure.

// "het antwoord op vraag 6", "de antwoorden op de vragen 3 en 4", "zie vraag 6", "(vraag 6)"; the first number counts.
const reference = /\b(?:antwoord(?:en)?\s+op\s+(?:de\s+)?vra(?:ag|gen)|zie\s+(?:ook\s+)?(?:de\s+)?vra(?:ag|gen))\s+(\d{1,3})\b/iu;

/** The number of the question the answer refers the reader to, or undefined when it refers to none. */
export function crossReference(answer: string | null): number | undefined {
	const match = answer === null ? null : reference.exec(answer);
	return match === null ? undefined : Number(match[1]);
}
