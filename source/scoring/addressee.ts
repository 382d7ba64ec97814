// How a question names whom it asks: "u" today; "de Minister", "de Staatssecretaris", "de Regering"
// in the letters of the 1970s and 1980s ("Is de Minister bereid …?", "Wil de Regering …?").
// And how an answer names who speaks: "ik", "wij", "het kabinet", "ondergetekende".

/** The government as a question's grammatical subject, as a regular-expression source (no groups). */
export const addressee = String.raw`(?:u|jullie|nederland|het\s+kabinet|de\s+(?:regering|minister(?:-president)?|ministers|staatssecretaris|staatssecretarissen|bewindsman|bewindslieden|bewindspersoon|bewindspersonen))`;

/**
 * The government speaking of itself in an answer ("ik", "het kabinet", "ondergetekende"), as phrase
 * source for a PhraseRule (a space stands for any white space; no groups).
 */
export const speaker = '(?:ik|wij|we|het kabinet|de regering|ondergetekende|ondergetekenden)';
