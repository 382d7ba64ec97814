export type {Footnote, Letter, LetterKind, LetterLayout, LetterMeta, Member, Question} from './model.js';
export {decodeLetterBytes, sniffBinary} from './decode.js';
export {normaliseText} from './normalise.js';
export {parseLetter, detectLayout} from './parse.js';
export {readLetterFile, listLetterFiles, LetterReadError, letterExtensions, largestLetterBytes, describeFsError} from './read-file.js';
