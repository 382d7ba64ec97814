/**
 * A follow-up question that only makes sense after the one before it: "Zo ja, …", "Zo nee, waarom
 * niet?", "Indien niet, …". Read by the letter splitter (a follow-up starts no new question) and by
 * the closed-question reading (a follow-up is never a yes/no question on its own).
 */
export const followUp = /^(?:zo\s*(?:ja|nee|niet|neen)|indien\s+(?:ja|nee|niet)|zoja|zonee|en\s+zo\s+(?:ja|nee)|waarom\s+(?:wel|niet)|als\s+dat\s+(?:zo|niet)|als\s+(?:ja|nee)|wat\s+als)\b/iu;
