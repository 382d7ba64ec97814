// How a question names whom it asks: "u" today; "de Minister", "de Staatssecretaris", "de Regering"
// in the letters of the 1970s and 1980s ("Is de Minister bereid …?", "Wil de Regering …?").

/** The government as a question's grammatical subject, as a regular-expression source (no groups). */
export const addressee = String.raw`(?:u|jullie|nederland|het\s+kabinet|de\s+(?:regering|minister(?:-president)?|ministers|staatssecretaris|staatssecretarissen|bewindsman|bewindslieden|bewindspersoon|bewindspersonen))`;
